// Turns a partition's client calls into the search's input: answered calls must be
// linearized within their windows; unknown-outcome calls are optional. Before that,
// some unknown calls are settled from what the answers show (lin-unseen-puts.ts):
//  - a put (or a txn) of key=value that is the only possible writer of that kv, which an
//    answer shows, took effect before that answer returned: it becomes answered, with the
//    revision the answer shows (and, for a txn, the branch holding the put);
//  - a put whose kv nobody saw becomes an "unseen put" the model may apply before writes;
//  - a txn that writes nothing in either branch changes nothing: it is dropped.
// Writes settled from the apply events (lin-applied.ts) come in answered, with the revision
// they took and nothing else of an answer.

import type { ClientCall } from './lin-history';
import type { Partition } from './lin-scope';
import { wroteStore } from './lin-revision-order';
import { revisionOrder, type SearchCall } from './lin-search';
import { stretchesOf, type KeyStretches } from './lin-stretches';
import type { UnseenPuts } from './lin-unseen-puts';
import type { Kv, KvOp, OpResult, PutOp, TxnInnerOp } from './trace-events';

export interface PreparedPartition {
  calls: SearchCall[];
  /** For each search call: its client call, and for a settled one the call whose answer showed it. */
  origins: { call: ClientCall; shownBy?: ClientCall }[];
  unseen: UnseenPuts;
  stretches: KeyStretches;
}

interface Sighting {
  call: ClientCall;
  kv: Kv;
}

/** What the answers of the whole partition show, for settling unknown calls. */
interface Evidence {
  sightings: Map<string, Sighting[]>;
  writers: Map<string, number>;
  /** Per key, until when (a return event; Infinity: unknown) some operation reads it without its value. */
  readWithoutValueUntil: Map<string, number>;
}

export function preparePartition(partition: Partition): PreparedPartition {
  const evidence: Evidence = {
    sightings: sightingsOf(partition.calls),
    writers: writerCounts(partition.calls),
    readWithoutValueUntil: valuelessReads(partition.calls),
  };
  const calls: SearchCall[] = [];
  const origins: PreparedPartition['origins'] = [];
  const unseen = new Map<string, number[]>();
  for (const call of partition.calls) {
    const op = call.op as KvOp;
    if (call.outcome === 'ok') {
      calls.push(answeredCall(call, op));
      origins.push({ call });
      continue;
    }
    const settled = settleFromSighting(call, op, evidence);
    if (settled) {
      calls.push(settled.search);
      origins.push({ call, shownBy: settled.shownBy });
    } else if (op.type === 'put' && isUnseen(op, call.invokeEvent, evidence)) {
      unseen.set(op.key, [...(unseen.get(op.key) ?? []), call.invokeEvent]);
    } else if (op.type !== 'txn' || puts(op).length > 0 || deletes(op)) {
      calls.push({ call: call.invokeEvent, model: { op } });
      origins.push({ call });
    }
  }
  return { calls, origins, unseen: new Map([...unseen].map(([key, at]) => [key, at.sort((a, b) => a - b)])), stretches: stretchesOf(calls) };
}

/** An answered call; one settled from its apply (lin-applied.ts) has a known revision but no answer to match. */
function answeredCall(call: ClientCall, op: KvOp): SearchCall {
  const revision = call.result?.header?.revision;
  if (call.settled === 'applied' && revision !== undefined) {
    return { call: call.invokeEvent, ret: call.returnEvent, model: { op, applied: revision }, order: revisionOrder(revision, true) };
  }
  const order = revisionOrder(revision, wroteStore(op, call.result));
  return { call: call.invokeEvent, ret: call.returnEvent, model: { op, result: call.result }, order };
}

/** An unknown put or txn that an answer shows took effect, as an answered call. */
function settleFromSighting(call: ClientCall, op: KvOp, evidence: Evidence): { search: SearchCall; shownBy: ClientCall } | undefined {
  for (const put of puts(op)) {
    if (put.ignoreValue || put.ignoreLease || evidence.writers.get(sightingKey(put.key, put.value)) !== 1) continue;
    const seen = evidence.sightings.get(sightingKey(put.key, put.value)) ?? [];
    const shownBy = seen.filter((s) => (s.call.returnEvent ?? -1) > call.invokeEvent).sort(byReturn)[0];
    if (!shownBy) continue;
    const revision = shownBy.kv.modRevision;
    const result: OpResult = { header: { revision } };
    if (op.type === 'txn') {
      const inSuccess = op.success.includes(put);
      const inFailure = op.failure.includes(put);
      if (inSuccess === inFailure) continue; // in both branches, or nested: the branch is not known
      result.succeeded = inSuccess;
    }
    const search = { call: call.invokeEvent, ret: shownBy.call.returnEvent, model: { op, result }, order: revisionOrder(revision, true) };
    return { search, shownBy: shownBy.call };
  }
  return undefined;
}

/**
 * No answer shows the put's kv, and nothing reads its key without the value after the put
 * was called (a read that returned before cannot fall after the put took effect).
 */
function isUnseen(op: PutOp, invokeEvent: number, evidence: Evidence): boolean {
  if (op.ignoreValue || op.ignoreLease || (evidence.readWithoutValueUntil.get(op.key) ?? -1) > invokeEvent) return false;
  return (evidence.sightings.get(sightingKey(op.key, op.value)) ?? []).length === 0;
}

const byReturn = (a: Sighting, b: Sighting) => (a.call.returnEvent ?? 0) - (b.call.returnEvent ?? 0);
const sightingKey = (key: string, value: string) => JSON.stringify([key, value]);

/** The puts of an operation, in both branches of a txn. */
function puts(op: TxnInnerOp): PutOp[] {
  return op.type === 'put' ? [op] : op.type === 'txn' ? [...op.success, ...op.failure].flatMap(puts) : [];
}

function deletes(op: TxnInnerOp): boolean {
  return op.type === 'delete' || (op.type === 'txn' && [...op.success, ...op.failure].some(deletes));
}

/** Every kv an answer shows (kvs, prevKv, prevKvs, and those of txn responses), by key and value. */
function sightingsOf(calls: readonly ClientCall[]): Map<string, Sighting[]> {
  const sightings = new Map<string, Sighting[]>();
  const visit = (call: ClientCall, result: OpResult) => {
    for (const kv of [...(result.kvs ?? []), ...(result.prevKv ? [result.prevKv] : []), ...(result.prevKvs ?? [])]) {
      const key = sightingKey(kv.key, kv.value);
      sightings.set(key, [...(sightings.get(key) ?? []), { call, kv }]);
    }
    for (const response of result.responses ?? []) visit(call, response);
  };
  for (const call of calls) if (call.outcome === 'ok' && call.result) visit(call, call.result);
  return sightings;
}

/** How many puts may have written each key=value; a put that keeps the old value counts for every value. */
function writerCounts(calls: readonly ClientCall[]): Map<string, number> {
  const counts = new Map<string, number>();
  const keysKeepingValue = new Set<string>();
  for (const call of calls) {
    if (call.outcome === 'failed') continue;
    for (const put of puts(call.op as KvOp)) {
      if (put.ignoreValue) keysKeepingValue.add(put.key);
      const key = sightingKey(put.key, put.value);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  for (const [key] of counts) if (keysKeepingValue.has(JSON.parse(key)[0])) counts.set(key, Infinity);
  return counts;
}

/**
 * Keys that answered operations read without seeing the value (txn compares, count-only
 * and keys-only gets), with the last return among them. Unknown txns do not count: the
 * model lets their compares on keys with unseen puts go either way (lin-model-step.ts).
 */
function valuelessReads(calls: readonly ClientCall[]): Map<string, number> {
  const until = new Map<string, number>();
  const visit = (op: TxnInnerOp, end: number) => {
    const mark = (key: string) => until.set(key, Math.max(until.get(key) ?? -1, end));
    if (op.type === 'get' && (op.countOnly || op.keysOnly)) mark(op.key);
    if (op.type !== 'txn') return;
    for (const compare of op.compare) mark(compare.key);
    for (const inner of [...op.success, ...op.failure]) visit(inner, end);
  };
  for (const call of calls) if (call.outcome === 'ok') visit(call.op as KvOp, call.returnEvent ?? Infinity);
  return until;
}
