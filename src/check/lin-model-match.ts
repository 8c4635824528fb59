// Matching a client's answer against the model: does the observed kv, count or deleted
// number fit the key the model holds at that point? A match may narrow the revisions the
// model knew only up to a range (the answer shows them exactly).
//
// Fields an answer leaves out are not checked; fields it has must be right (etcd's
// RangeResponse, PutResponse.prev_kv, DeleteRangeResponse.deleted / prev_kvs).

import { narrowKey, withKey, type KeyState, type ModelState } from './lin-model';
import { exactly } from './lin-revision';
import type { GetOp, Kv, OpResult, TxnInnerOp } from './trace-events';

/** The key narrowed to the observed kv, or undefined when they disagree. */
function matchKv(key: KeyState, name: string, observed: Kv, keysOnly = false): KeyState | undefined {
  if (observed.key !== name) return undefined;
  if (!keysOnly && observed.value !== key.value) return undefined;
  // Keys the checker models are never attached to a lease.
  if (typeof observed.lease === 'number' && observed.lease !== 0) return undefined;
  let narrowed: KeyState | undefined = narrowKey(key, 'version', exactly(observed.version));
  if (narrowed && typeof observed.createRevision === 'number') narrowed = narrowKey(narrowed, 'create', exactly(observed.createRevision));
  if (narrowed && typeof observed.modRevision === 'number') narrowed = narrowKey(narrowed, 'mod', exactly(observed.modRevision));
  return narrowed;
}

/** A single-key get's kvs and count against the key (no revision filters: those are not checked). */
function matchGet(state: ModelState, op: GetOp, response: OpResult): ModelState | undefined {
  const key = state.keys[op.key];
  if (typeof response.count === 'number' && response.count !== (key ? 1 : 0)) return undefined;
  const kvs = response.kvs ?? [];
  if (op.countOnly || !key) return kvs.length === 0 ? state : undefined;
  const [kv] = kvs;
  if (kvs.length !== 1 || !kv) return undefined;
  const narrowed = matchKv(key, op.key, kv, op.keysOnly);
  return narrowed && withKey(state, op.key, narrowed);
}

/** What a put answers about the key before it: prevKv, when present. */
function matchPut(state: ModelState, name: string, response: OpResult): ModelState | undefined {
  if (!response.prevKv) return state;
  const key = state.keys[name];
  const narrowed = key && matchKv(key, name, response.prevKv);
  return narrowed && withKey(state, name, narrowed);
}

/** What a single-key delete answers: deleted (0 or 1) and, when present, prevKvs. */
function matchDelete(state: ModelState, name: string, response: OpResult): ModelState | undefined {
  const key = state.keys[name];
  const expected = key ? 1 : 0;
  if (typeof response.deleted === 'number' && response.deleted !== expected) return undefined;
  const previous = response.prevKvs;
  if (!previous) return state;
  if (previous.length !== expected) return undefined;
  const [kv] = previous;
  if (!key || !kv) return state;
  const narrowed = matchKv(key, name, kv);
  return narrowed && withKey(state, name, narrowed);
}

/** Matches the answer of one operation against the state just before it ran. */
export function matchAnswer(state: ModelState, op: TxnInnerOp, response: OpResult): ModelState | undefined {
  switch (op.type) {
    case 'get':
      return matchGet(state, op, response);
    case 'put':
      return matchPut(state, op.key, response);
    case 'delete':
      return matchDelete(state, op.key, response);
    default:
      return undefined;
  }
}
