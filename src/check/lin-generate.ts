// Random client histories generated from the model itself, for tests and benchmarks:
// clients call operations, each takes effect at one moment between its call and its
// return, and its answer is what the model's store answers at that moment. Such a
// history is linearizable by construction. Some calls may end in a timeout (the outcome
// unknown), having taken effect or not.

import { applyInner, branchWrites, evaluateCompares } from './lin-model-txn';
import { EMPTY_STORE, writeAt, type KeyState, type ModelState } from './lin-model';
import { exactly } from './lin-revision';
import type { Compare, Kv, KvOp, OpResult, TraceEvent, TxnInnerOp } from './trace-events';

export interface HistoryOptions {
  seed: number;
  operations: number;
  /** 1 gives a sequential history. */
  clients?: number;
  keys?: readonly string[];
  /** Share of calls that end in a timeout; half of those take effect anyway. */
  unknownRate?: number;
  /** Share of calls that are txns (default 0.3); txns join their keys into one partition. */
  txnRate?: number;
  /** Values drawn from this many (default: every put writes a value of its own). */
  distinctValues?: number;
}

/** What randomOp draws from. */
export interface OpMix {
  keys: readonly string[];
  txnRate: number;
  /** A value for a put, or one to compare with. */
  value: (random: Random) => string;
}

/** mulberry32: a small seeded generator, so generated histories are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function kvOf(name: string, key: KeyState): Kv {
  return { key: name, value: key.value, createRevision: key.create.lo, modRevision: key.mod.lo, version: key.version.lo, lease: 0 };
}

/** What the store answers one operation of a branch (before it runs), at header revision `revision`. */
function answerInner(state: ModelState, op: TxnInnerOp, revision: number): OpResult {
  const header = { revision };
  const key = 'key' in op ? state.keys[op.key] : undefined;
  const name = 'key' in op ? op.key : '';
  switch (op.type) {
    case 'get':
      return { header, kvs: key ? [kvOf(name, key)] : [], count: key ? 1 : 0 };
    case 'put':
      return key && op.prevKv ? { header, prevKv: kvOf(name, key) } : { header };
    case 'delete':
      return { header, deleted: key ? 1 : 0 };
    default:
      return { header };
  }
}

/** Runs an operation on an exactly known store: its answer and the store after it. */
export function runOnStore(state: ModelState, op: KvOp): { result: OpResult; state: ModelState } {
  if (op.type !== 'txn') {
    const { results, state: next } = runBranch(state, [op]);
    return { result: results[0] as OpResult, state: next };
  }
  const [outcome] = evaluateCompares(state, op.compare);
  const succeeded = outcome?.succeeded ?? false;
  const { results, state: next } = runBranch(state, succeeded ? op.success : op.failure);
  return { result: { header: { revision: next.floor }, succeeded, responses: results }, state: next };
}

function runBranch(state: ModelState, ops: readonly TxnInnerOp[]): { results: OpResult[]; state: ModelState } {
  const writes = branchWrites(state, ops) === true;
  let current = writes ? (writeAt(state, state.floor + 1)?.state as ModelState) : state;
  const revision = exactly(current.floor);
  const results = ops.map((op) => {
    const result = answerInner(current, op, current.floor);
    current = applyInner(current, op, revision);
    return result;
  });
  return { results, state: current };
}

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function randomCompare(random: Random, mix: OpMix): Compare {
  const key = pick(random, mix.keys);
  const target = pick(random, ['create', 'mod', 'version', 'value'] as const);
  if (target === 'value') return { key, target, result: pick(random, ['=', '!=', '<', '>'] as const), value: mix.value(random) };
  const result = pick(random, ['=', '!=', '<', '>'] as const);
  return { key, target, result, value: target === 'create' && random() < 0.5 ? 0 : Math.floor(random() * 8) };
}

function randomSingleOp(random: Random, key: string, mix: OpMix): Exclude<TxnInnerOp, { type: 'txn' }> {
  const roll = random();
  if (roll < 0.45) return { type: 'put', key, value: mix.value(random), ...(random() < 0.3 ? { prevKv: true } : {}) };
  if (roll < 0.8) return { type: 'get', key };
  return { type: 'delete', key };
}

export function randomOp(random: Random, mix: OpMix): KvOp {
  if (random() >= mix.txnRate) return randomSingleOp(random, pick(random, mix.keys), mix);
  const shuffled = shuffle(random, mix.keys);
  const compares = Array.from({ length: 1 + Math.floor(random() * 2) }, () => randomCompare(random, mix));
  const success = shuffled.slice(0, 1 + Math.floor(random() * 2)).map((key) => randomSingleOp(random, key, mix));
  const failure = random() < 0.5 ? [randomSingleOp(random, pick(random, mix.keys), mix)] : [];
  return { type: 'txn', compare: compares, success, failure };
}

function opMix(options: HistoryOptions): OpMix {
  let written = 0;
  const { distinctValues } = options;
  const value = distinctValues
    ? (random: Random) => `v${Math.floor(random() * distinctValues)}`
    : (random: Random) => (random() < 0.9 ? `v${++written}` : `v${Math.floor(random() * (written + 1))}`);
  return { keys: options.keys ?? ['a', 'b', 'c'], txnRate: options.txnRate ?? 0.3, value };
}

interface PlannedCall {
  client: string;
  id: number;
  op: KvOp;
  invokeAt: number;
  effectAt: number;
  returnAt: number;
  unknown: boolean;
  takesEffect: boolean;
  result?: OpResult;
}

function planCalls(random: Random, options: HistoryOptions): PlannedCall[] {
  const clients = options.clients ?? 1;
  const mix = opMix(options);
  const free = Array.from({ length: clients }, () => 0);
  const calls: PlannedCall[] = [];
  for (let n = 0; n < options.operations; n++) {
    const c = clients === 1 ? 0 : Math.floor(random() * clients);
    const invokeAt = (free[c] ?? 0) + 1 + Math.floor(random() * 10);
    const effectAt = invokeAt + 1 + Math.floor(random() * 20);
    const returnAt = effectAt + 1 + Math.floor(random() * 20);
    free[c] = returnAt;
    const unknown = random() < (options.unknownRate ?? 0);
    calls.push({ client: `c${c + 1}`, id: n + 1, op: randomOp(random, mix), invokeAt, effectAt, returnAt, unknown, takesEffect: !unknown || random() < 0.5 });
  }
  return calls;
}

/** A random history that is linearizable by construction, as trace events. */
export function generateHistory(options: HistoryOptions): TraceEvent[] {
  const random = seededRandom(options.seed);
  const calls = planCalls(random, options);
  let store = EMPTY_STORE;
  for (const call of [...calls].sort((a, b) => a.effectAt - b.effectAt || a.id - b.id)) {
    if (!call.takesEffect) continue;
    const { result, state } = runOnStore(store, call.op);
    call.result = result;
    store = state;
  }
  const points = calls.flatMap((call) => [
    { at: call.invokeAt, order: 0, id: call.id, event: { t: call.invokeAt, ev: 'invoke', client: call.client, id: call.id, op: call.op } as TraceEvent },
    { at: call.returnAt, order: 1, id: call.id, event: returnEvent(call) },
  ]);
  points.sort((a, b) => a.at - b.at || a.order - b.order || a.id - b.id);
  return points.map((point) => point.event);
}

function returnEvent(call: PlannedCall): TraceEvent {
  const base = { t: call.returnAt, ev: 'return' as const, client: call.client, id: call.id };
  return call.unknown ? { ...base, ok: false, error: 'timeout' } : { ...base, ok: true, result: call.result };
}
