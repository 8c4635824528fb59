// Steps (SCENARIO.md, "Steps"). Steps may be written in any order; they come back sorted by
// `at`, keeping the written order for steps at the same time (a stable sort), which is the
// order the simulation runs them in. A step after `until` is valid and never runs.
//
// Node references are checked in that time order against the nodes known at the step's
// moment: the initial nodes, plus those introduced by earlier add-node steps. An add-node
// must introduce a new id, never one the scenario already knows: like an etcd member ID, a
// removed node's id is not reused (a node coming back with an old id and stale state is
// the hazard Raft §6 warns about), and it keeps this check simple and exact.

import type { Step, StepKind } from '../sim/scenario-types';
import { id, lossRate, nodeId } from './config';
import { LEADER, MAX_KNOWN_NODES, MAX_LONG_TEXT, MAX_STEPS, MAX_TIME } from './limits';
import { readClientOp } from './ops';
import { checkEndpointsFor, endpointsReader } from './client-endpoints';
import { Fields, boolean, fail, indexPath, integer, list, oneOf, quote, string, type Reader } from './read';
import { readQuestion } from './question';
import { text } from './text';

const STEP_FIELDS: Record<StepKind, readonly string[]> = {
  crash: ['node'],
  restart: ['node'],
  partition: ['groups'],
  isolate: ['node'],
  heal: [],
  link: ['from', 'to', 'state'],
  loss: ['rate'],
  client: ['client', 'op', 'node', 'endpoints'],
  'client-crash': ['client'],
  transfer: ['to'],
  'add-node': ['node', 'learner'],
  'remove-node': ['node'],
  promote: ['node'],
  narrate: ['text', 'pause', 'question'],
  timeout: ['node'],
  etcdctl: ['client', 'line', 'node', 'interrupt'],
};
export const STEP_KINDS = Object.keys(STEP_FIELDS) as StepKind[];

/** The node ids a step may name at its moment. */
class KnownNodes {
  private readonly ids: string[];

  constructor(initial: readonly string[]) {
    this.ids = [...initial];
  }

  has(node: string): boolean {
    return this.ids.includes(node);
  }

  add(node: string): void {
    this.ids.push(node);
  }

  get count(): number {
    return this.ids.length;
  }

  /** A node id known at this moment, or "leader" when `allowLeader`. */
  reader(allowLeader: boolean, kind: StepKind): Reader<string> {
    return (value, path) => {
      if (value === LEADER) {
        if (allowLeader) return LEADER;
        fail(path, `${kind} needs a node id; "leader" is not allowed here`);
      }
      const node = id(value, path);
      if (!this.has(node)) fail(path, `unknown node ${quote(node)} (nodes are ${this.ids.join(', ')})`);
      return node;
    };
  }

  /** add-node's node: a valid id the scenario has not named before. */
  readonly newNode: Reader<string> = (value, path) => {
    const node = nodeId(value, path);
    if (this.has(node)) fail(path, `${quote(node)} is already a node of this scenario; add-node needs a new id`);
    if (this.count >= MAX_KNOWN_NODES) fail(path, `a scenario may name at most ${MAX_KNOWN_NODES} nodes`);
    return node;
  };
}

/** Partition groups: known node ids, each in at most one group (groups may be empty). */
function groupsReader(known: KnownNodes): Reader<string[][]> {
  const readGroups = list(MAX_KNOWN_NODES, list(MAX_KNOWN_NODES, known.reader(false, 'partition'), 'a list of node ids'), 'a list of node id lists');
  return (value, path) => {
    const groups = readGroups(value, path);
    const groupOf = new Map<string, number>();
    groups.forEach((group, g) =>
      group.forEach((node, i) => {
        const earlier = groupOf.get(node);
        if (earlier !== undefined) fail(indexPath(indexPath(path, g), i), `${quote(node)} is already in groups[${earlier}]`);
        groupOf.set(node, g);
      }),
    );
    return groups;
  };
}

/** What pass one reads of a step, in the written order: its place, time and kind. */
interface StepHead {
  at: number;
  kind: StepKind;
  fields: Fields;
}

function readStepHead(value: unknown, path: string): StepHead {
  const fields = Fields.open(value, path);
  const at = fields.required('at', integer(0, MAX_TIME));
  const kind = fields.required('do', oneOf(STEP_KINDS, 'step'));
  fields.rejectUnknown(['at', 'do', ...STEP_FIELDS[kind]]);
  return { at, kind, fields };
}

function readLink(f: Fields, at: number, known: KnownNodes): Step {
  const from = f.required('from', known.reader(false, 'link'));
  const to = f.required('to', known.reader(false, 'link'));
  if (from === to) fail(f.pathOf('to'), `a link joins two different nodes; from and to are both ${quote(from)}`);
  return { at, do: 'link', from, to, state: f.required('state', oneOf(['up', 'down'] as const)) };
}

function readClientStep(f: Fields, at: number, known: KnownNodes): Step {
  const client = f.required('client', id);
  const op = f.required('op', readClientOp);
  const node = f.optional('node', known.reader(true, 'client'));
  const endpoints = f.optional('endpoints', endpointsReader(known.reader(false, 'client')));
  if (endpoints) checkEndpointsFor(op, f.pathOf('endpoints'));
  return { at, do: 'client', client, op, ...(node === undefined ? {} : { node }), ...(endpoints ? { endpoints } : {}) };
}

function readAddNode(f: Fields, at: number, known: KnownNodes): Step {
  const node = f.required('node', known.newNode);
  const learner = f.optional('learner', boolean);
  known.add(node);
  return learner === undefined ? { at, do: 'add-node', node } : { at, do: 'add-node', node, learner };
}

function readNarrate(f: Fields, at: number): Step {
  const narration = f.required('text', text(MAX_LONG_TEXT));
  const pause = f.optional('pause', boolean);
  const question = f.optional('question', readQuestion);
  return { at, do: 'narrate', text: narration, ...(pause === undefined ? {} : { pause }), ...(question === undefined ? {} : { question }) };
}

/** The console's own client when a step names none (the page's default too). */
export const ETCDCTL_CLIENT = 'etcdctl';

/** A console line, or Ctrl+C: exactly one of `line` and `interrupt: true`. */
function readEtcdctl(f: Fields, at: number, known: KnownNodes): Step {
  const client = f.optional('client', id) ?? ETCDCTL_CLIENT;
  const interrupt = f.optional('interrupt', boolean);
  const line = f.optional('line', string(MAX_LONG_TEXT));
  if (interrupt === true) {
    if (line !== undefined) fail(f.pathOf('line'), 'an etcdctl step has either a line or interrupt: true, not both');
    if (f.optional('node', known.reader(false, 'etcdctl')) !== undefined) fail(f.pathOf('node'), 'interrupt stops every stream of the console; it takes no node');
    return { at, do: 'etcdctl', client, interrupt: true };
  }
  if (line === undefined) fail(f.pathOf('line'), 'an etcdctl step needs a line (the command typed, without "etcdctl") or interrupt: true');
  const node = f.optional('node', known.reader(false, 'etcdctl'));
  return node === undefined ? { at, do: 'etcdctl', client, line } : { at, do: 'etcdctl', client, line, node };
}

/**
 * Pass two: a step's fields, in time order. "leader" is allowed where the current leader is
 * a sensible target: crash, isolate, remove-node, a client's first contact. Not for restart
 * (a leader is running), timeout (a leader has no election timer), promote (a leader is a
 * voter), transfer (to the leader itself) or links and partitions (which name fixed nodes).
 */
function readStepBody({ at, kind, fields: f }: StepHead, known: KnownNodes): Step {
  switch (kind) {
    case 'crash':
    case 'isolate':
    case 'remove-node':
      return { at, do: kind, node: f.required('node', known.reader(true, kind)) };
    case 'restart':
    case 'promote':
    case 'timeout':
      return { at, do: kind, node: f.required('node', known.reader(false, kind)) };
    case 'partition':
      return { at, do: kind, groups: f.required('groups', groupsReader(known)) };
    case 'heal':
      return { at, do: kind };
    case 'link':
      return readLink(f, at, known);
    case 'loss':
      return { at, do: kind, rate: f.required('rate', lossRate) };
    case 'client':
      return readClientStep(f, at, known);
    case 'client-crash':
      return { at, do: kind, client: f.required('client', id) };
    case 'transfer':
      return { at, do: kind, to: f.required('to', known.reader(false, kind)) };
    case 'add-node':
      return readAddNode(f, at, known);
    case 'narrate':
      return readNarrate(f, at);
    case 'etcdctl':
      return readEtcdctl(f, at, known);
  }
}

/** The `steps` list: each step checked, then all sorted by `at` (stable). */
export function readSteps(value: unknown, path: string, initialNodes: readonly string[]): Step[] {
  if (!Array.isArray(value)) fail(path, 'expected a list of steps');
  if (value.length > MAX_STEPS) fail(path, `more than ${MAX_STEPS} steps`);
  const heads = Array.from(value, (step, index) => readStepHead(step, indexPath(path, index)));
  heads.sort((a, b) => a.at - b.at); // Array.prototype.sort is stable (ES2019)
  const known = new KnownNodes(initialNodes);
  return heads.map((head) => readStepBody(head, known));
}
