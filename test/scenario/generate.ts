// Seeded generators for the property tests: valid scenarios, garbage, and mutations of one
// into the other. All randomness comes from the simulation's own PRNG.

import type { Rng } from '../../src/sim/prng';
import { BUG_NAMES } from '../../src/sim/scenario-types';

type Json = unknown;

const FIELD_NAMES = ['version', 'name', 'seed', 'cluster', 'nodes', 'steps', 'at', 'do', 'node', 'op', 'type', 'key', 'value', 'groups', 'text', 'en', 'zh-CN', '__proto__', 'constructor', 'toString', 'leader', 'n1'];
const ODD_NUMBERS = [0, -0, 1, -1, 0.5, 2 ** 32, 2 ** 53, -(2 ** 53), Number.NaN, Number.POSITIVE_INFINITY, 1e308, 86_400_001];
const ODD_STRINGS = ['', 'n1', 'N2', 'leader', '__proto__', 'crash', 'put', 'x'.repeat(300), '领导者', '\u0000', 'a\nb', '🙂'];

/** Any value a caller might hand parseScenario, JSON or not. */
export function garbage(rng: Rng, depth = 0): Json {
  const kind = rng.int(0, depth > 3 ? 5 : 8);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return rng.chance(0.5);
    case 3:
      return rng.chance(0.5) ? rng.pick(ODD_NUMBERS) : rng.int(-1000, 100_000);
    case 4:
    case 5:
      return rng.pick(ODD_STRINGS);
    case 6:
      return Array.from({ length: rng.int(0, 4) }, () => garbage(rng, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: rng.int(0, 4) }, () => [rng.pick(FIELD_NAMES), garbage(rng, depth + 1)]));
  }
}

const text = (rng: Rng): Json => (rng.chance(0.5) ? `text ${rng.int(0, 99)}` : { en: `en ${rng.int(0, 9)}`, 'zh-CN': `中文 ${rng.int(0, 9)}` });

function randomOp(rng: Rng, depth = 0): Json {
  const key = rng.pick(['', 'a', 'b/c', 'k'.repeat(256)]);
  // Inside a txn only put, get, delete and (not too deep) txn.
  switch (rng.int(0, depth >= 2 ? 2 : depth === 1 ? 3 : 10)) {
    case 0:
      return rng.chance(0.5) ? { type: 'put', key, value: 'v' } : { type: 'put', key, value: '', lease: rng.int(1, 1e6), prevKv: true };
    case 1:
      return rng.chance(0.5) ? { type: 'get', key, prefix: true, serializable: rng.chance(0.5) } : { type: 'get', key, rangeEnd: 'z', revision: rng.int(-2, 20) };
    case 2:
      return { type: 'delete', key, prefix: rng.chance(0.5) };
    case 3: {
      const compare = [{ key, target: 'value', result: '=', value: 'v' }, { key, target: rng.pick(['create', 'mod', 'version']), result: rng.pick(['!=', '<', '>']), value: rng.int(0, 9) }];
      return { type: 'txn', compare, success: [randomOp(rng, depth + 1)], failure: rng.chance(0.5) ? [] : [randomOp(rng, depth + 1)] };
    }
    case 4:
      return rng.chance(0.5) ? { type: 'lease-grant', ttl: rng.int(-1, 60) } : { type: 'lease-grant', ttl: 10, id: rng.int(1, 99) };
    case 5:
      return { type: rng.pick(['lease-revoke', 'lease-keepalive']), id: rng.int(1, 99) };
    case 6:
      return { type: 'watch', key, prefix: true, startRevision: rng.int(0, 9) };
    case 7:
      return rng.chance(0.5) ? { type: 'campaign', election: 'e', value: 'n1' } : { type: 'campaign', election: 'e', value: 'v', ttl: 5 };
    case 8:
      return { type: 'resign', election: 'e' };
    default:
      return { type: 'compact', revision: rng.int(0, 99) };
  }
}

function randomStep(rng: Rng, at: number, nodes: string[], fresh: () => string): Json {
  const node = () => rng.pick(nodes);
  const nodeOrLeader = () => (rng.chance(0.3) ? 'leader' : node());
  switch (rng.int(0, 14)) {
    case 0:
      return { at, do: 'crash', node: nodeOrLeader() };
    case 1:
      return { at, do: 'restart', node: node() };
    case 2: {
      const split = rng.int(0, nodes.length);
      return { at, do: 'partition', groups: [nodes.slice(0, split), nodes.slice(split)] };
    }
    case 3:
      return { at, do: 'isolate', node: nodeOrLeader() };
    case 4:
      return { at, do: 'heal' };
    case 5:
      return nodes.length < 2 ? { at, do: 'heal' } : { at, do: 'link', from: nodes[0], to: nodes[1], state: rng.pick(['up', 'down']) };
    case 6:
      return { at, do: 'loss', rate: rng.int(0, 100) / 100 };
    case 7:
    case 8:
      return rng.chance(0.5) ? { at, do: 'client', client: 'c1', op: randomOp(rng) } : { at, do: 'client', client: 'c-2', op: randomOp(rng), node: nodeOrLeader() };
    case 9:
      return { at, do: 'client-crash', client: 'c1' };
    case 10:
      return { at, do: 'transfer', to: node() };
    case 11:
      return nodes.length >= 16 ? { at, do: 'heal' } : { at, do: 'add-node', node: fresh(), learner: rng.chance(0.5) };
    case 12:
      return { at, do: rng.pick(['remove-node', 'promote', 'timeout']), node: node() };
    default:
      return rng.chance(0.5) ? { at, do: 'narrate', text: text(rng) } : { at, do: 'narrate', text: text(rng), pause: true };
  }
}

/** A valid scenario, in canonical form except that steps are written in time order. */
export function validScenario(rng: Rng): Record<string, Json> {
  const nodes = Array.from({ length: rng.int(1, 9) }, (_, i) => `n${i + 1}`);
  const until = rng.int(0, 20_000);
  const steps: Json[] = [];
  let at = 0;
  for (let i = rng.int(0, 30); i > 0; i--) {
    at += rng.pick([0, 0, 1, 50, 700]);
    steps.push(randomStep(rng, at, nodes, () => (nodes.push(`x${nodes.length}`), nodes[nodes.length - 1] as string)));
  }
  const min = rng.int(1, 500);
  return {
    version: 1,
    name: text(rng),
    seed: rng.nextU32(),
    cluster: {
      nodes: nodes.filter((n) => n.startsWith('n')),
      electionTimeout: [min, min + rng.int(0, 500)],
      heartbeatInterval: rng.int(1, 100),
      preVote: rng.chance(0.5),
      checkQuorum: rng.chance(0.5),
      snapshotEntries: rng.int(0, 2000),
      bugs: BUG_NAMES.filter(() => rng.chance(0.2)),
    },
    network: { latency: [0, rng.int(0, 50)], loss: rng.int(0, 10) / 10 },
    until,
    steps,
  };
}

/** The value with one random part replaced, removed, or joined by a stray field. */
export function mutate(rng: Rng, value: Json): Json {
  if (Array.isArray(value)) {
    if (value.length === 0 || rng.chance(0.15)) return rng.chance(0.5) ? garbage(rng) : [...value, garbage(rng)];
    const i = rng.int(0, value.length - 1);
    return value.map((item, j) => (j === i ? mutate(rng, item) : item));
  }
  if (typeof value !== 'object' || value === null || rng.chance(0.15)) return garbage(rng);
  const entries = Object.entries(value);
  if (entries.length === 0 || rng.chance(0.1)) return { ...value, [rng.pick(FIELD_NAMES)]: garbage(rng) };
  const i = rng.int(0, entries.length - 1);
  if (rng.chance(0.1)) return Object.fromEntries(entries.filter((_, j) => j !== i));
  return Object.fromEntries(entries.map(([k, v], j) => [k, j === i ? mutate(rng, v) : v]));
}

/** JSON text with a few characters deleted, inserted or swapped. */
export function mangleText(rng: Rng, text: string): string {
  let out = text;
  for (let n = rng.int(1, 3); n > 0; n--) {
    const at = rng.int(0, out.length);
    const piece = rng.pick(['', '"', ',', '{', ']', ':', 'x', '\\', '\n']);
    out = out.slice(0, at) + piece + out.slice(at + rng.int(0, 2));
  }
  return out;
}
