// The `challenge` extension (README "Challenges"): a goal on the run, checked from the trace
// by src/check/challenge-grade.ts, and limits on the learner's actions. Validated like the
// rest of a scenario: one error line naming the field, unknown fields refused.

import type { ActionLimits, AtomCondition, Challenge, Condition } from '../sim/challenge-types';
import { nodeId } from './config';
import { MAX_LONG_TEXT, MAX_STEPS, MAX_STRING } from './limits';
import { Fields, boolean, fail, fieldPath, integer, isRecord, list, oneOf, presentKeys, quote, string, type Reader } from './read';
import { STEP_KINDS } from './steps';
import { text } from './text';

/** A goal nests at most this deep and names at most this many conditions in one list. */
const MAX_DEPTH = 8;
const MAX_LIST = 16;
/** Every step kind but narration: what a learner can do. */
export const ACTION_KINDS = STEP_KINDS.filter((k) => k !== 'narrate');
const COMBINATORS = ['all', 'any', 'not', 'never'] as const;
const ATOMS = ['leader', 'crashed', 'commitsWhile', 'splitVote', 'entryLost', 'watcherSees', 'elected', 'answered'] as const;
type AtomKey = (typeof ATOMS)[number];

/** Node ids of the goal must be nodes of the cluster: a misspelled id would never be met. */
function knownNode(nodes: readonly string[]): Reader<string> {
  return (value, path) => {
    const node = nodeId(value, path);
    if (!nodes.includes(node)) fail(path, `unknown node ${quote(node)} (the cluster has ${nodes.join(', ')})`);
    return node;
  };
}

const optionalString = (f: Fields, key: string) => f.optional(key, string(MAX_STRING));

function readAtom(key: AtomKey, value: unknown, path: string, nodes: readonly string[]): AtomCondition {
  const node = knownNode(nodes);
  const f = Fields.open(value, path);
  switch (key) {
    case 'leader': {
      f.rejectUnknown(['node', 'termAtLeast', 'termAtMost']);
      const term = integer(1, 1_000_000);
      const leader = compact({ node: f.optional('node', node), termAtLeast: f.optional('termAtLeast', term), termAtMost: f.optional('termAtMost', term) });
      if ((leader.termAtMost ?? Infinity) < (leader.termAtLeast ?? 0)) fail(f.pathOf('termAtMost'), `less than termAtLeast (${leader.termAtLeast}): no term fits`);
      return { leader };
    }
    case 'crashed':
      f.rejectUnknown(['node']);
      return { crashed: compact({ node: f.optional('node', node) }) };
    case 'commitsWhile':
      f.rejectUnknown(['cut']);
      return { commitsWhile: { cut: f.required('cut', nonEmpty(list(9, node, 'a list of node ids'))) } };
    case 'splitVote':
    case 'entryLost':
      f.rejectUnknown([]);
      return key === 'splitVote' ? { splitVote: {} } : { entryLost: {} };
    case 'watcherSees':
      return { watcherSees: readWatcherSees(f) };
    case 'elected':
      f.rejectUnknown(['client', 'election']);
      return { elected: compact({ client: optionalString(f, 'client'), election: optionalString(f, 'election') }) };
    case 'answered':
      f.rejectUnknown(['type', 'key', 'value']);
      return { answered: compact({ type: f.required('type', oneOf(['put', 'get', 'delete', 'txn'] as const)), key: optionalString(f, 'key'), value: optionalString(f, 'value') }) };
  }
}

function readWatcherSees(f: Fields): Extract<AtomCondition, { watcherSees: unknown }>['watcherSees'] {
  f.rejectUnknown(['event', 'key', 'prefix', 'holder']);
  const event = f.required('event', oneOf(['PUT', 'DELETE'] as const));
  const key = optionalString(f, 'key');
  const prefix = optionalString(f, 'prefix');
  const holder = f.optional('holder', boolean);
  if (key !== undefined && prefix !== undefined) fail(f.pathOf('prefix'), 'give key or prefix, not both');
  if (holder && (key !== undefined || prefix !== undefined)) fail(f.pathOf('holder'), 'holder: true names the key itself; leave out key and prefix');
  return compact({ event, key, prefix, holder });
}

function nonEmpty<T>(read: Reader<T[]>): Reader<T[]> {
  return (value, path) => {
    const items = read(value, path);
    if (items.length === 0) fail(path, 'expected at least one item');
    return items;
  };
}

/** The object without its undefined fields, so the canonical JSON has no holes. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** One condition: an object with exactly one field, a combinator or an atom. */
function readCondition(value: unknown, path: string, nodes: readonly string[], depth: number): Condition {
  if (!isRecord(value)) fail(path, `expected a condition: an object with one of ${[...COMBINATORS, ...ATOMS].join(', ')}`);
  const keys = presentKeys(value);
  if (keys.length !== 1) fail(path, keys.length === 0 ? 'expected one condition, found an empty object' : `expected one condition, found ${keys.length}: ${keys.join(', ')} (combine them with all or any)`);
  const key = keys[0] as string;
  const inner = fieldPath(path, key);
  if (depth >= MAX_DEPTH) fail(inner, `conditions nested more than ${MAX_DEPTH} deep`);
  const child: Reader<Condition> = (v, p) => readCondition(v, p, nodes, depth + 1);
  if (key === 'all' || key === 'any') {
    const items = nonEmpty(list(MAX_LIST, child, 'a list of conditions'))(value[key], inner);
    return key === 'all' ? { all: items } : { any: items };
  }
  if (key === 'not' || key === 'never') return key === 'not' ? { not: child(value[key], inner) } : { never: child(value[key], inner) };
  if (!(ATOMS as readonly string[]).includes(key)) fail(inner, `unknown condition ${quote(key)}`);
  return readAtom(key as AtomKey, value[key], inner, nodes);
}

function readLimits(value: unknown, path: string): ActionLimits {
  const f = Fields.open(value, path).rejectUnknown(['allow', 'max']);
  const allow = f.optional('allow', nonEmpty(list(ACTION_KINDS.length, oneOf(ACTION_KINDS, 'action'), 'a list of step kinds')));
  const max = f.optional('max', integer(0, MAX_STEPS));
  return compact({ allow, max });
}

/** Reads `challenge` for a cluster of these nodes; throws ScenarioError naming the field. */
export function readChallenge(value: unknown, path: string, nodes: readonly string[]): Challenge {
  const f = Fields.open(value, path).rejectUnknown(['task', 'goal', 'actions', 'hint']);
  const task = f.required('task', text(MAX_LONG_TEXT));
  const goal = f.required('goal', (v, p) => readCondition(v, p, nodes, 0));
  const actions = f.optional('actions', readLimits);
  const hint = f.optional('hint', text(MAX_LONG_TEXT));
  return compact({ task, goal, actions, hint });
}
