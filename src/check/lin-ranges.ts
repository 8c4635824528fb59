// Range and prefix reads, judged on the keys the checker models.
//
// A get with a range (key + rangeEnd, a prefix, from-key, or the empty key with a prefix:
// the whole keyspace, as clientv3 sends `etcdctl get "" --prefix`) reads every key in it
// at one revision. When its answer is complete (no limit cut it short, no revision filter
// hid keys, it returns kvs and not only a count), it tells for each key in the range
// whether it existed at that revision and with which kv. Projected onto each checked key,
// it is a single-key get answered at the same revision and window: present (that kv) or
// absent. Dropping the atomicity across keys only loosens the check (sound), and each
// projection stays in its key's partition, so ranges never merge partitions.
//
// One thing a range answer shows by itself: every kv it returns lies in the range.

import type { ClientCall } from './lin-history';
import { spanContains, spanOf } from './lin-keys';
import type { Finding } from './lin-revision-order';
import type { GetOp, Kv, OpResult } from './trace-events';

export function isRangeGet(op: ClientCall['op']): op is GetOp {
  return op.type === 'get' && spanOf(op).kind !== 'key';
}

/** Whether an answered range get tells, for every key in its range, what was there. */
export function isCompleteRange(call: ClientCall): boolean {
  const { op, result } = call;
  if (!isRangeGet(op) || call.outcome !== 'ok' || !result?.kvs) return false;
  const filters = [op.minModRevision, op.maxModRevision, op.minCreateRevision, op.maxCreateRevision];
  if (op.countOnly || filters.some((filter) => filter !== undefined)) return false;
  // etcd's count is every key in the range, whatever the limit: equal means nothing was cut.
  return !(op.limit && op.limit > 0) || result.count === result.kvs.length;
}

/** The single-key gets a complete range answer stands for, one per checked key in its range. */
export function projectRange(call: ClientCall, checkedKeys: Iterable<string>): ClientCall[] {
  if (!isCompleteRange(call)) return [];
  const op = call.op as GetOp;
  const result = call.result as OpResult;
  const span = spanOf(op);
  const projected: ClientCall[] = [];
  for (const key of checkedKeys) {
    if (!spanContains(span, key)) continue;
    const kv = result.kvs?.find((shown) => shown.key === key);
    projected.push({ ...call, op: projectedOp(op, key), result: projectedResult(result, kv) });
  }
  return projected;
}

function projectedOp(op: GetOp, key: string): GetOp {
  return {
    type: 'get',
    key,
    ...(op.keysOnly ? { keysOnly: true } : {}),
    ...(op.serializable ? { serializable: true } : {}),
    ...(op.revision !== undefined ? { revision: op.revision } : {}),
  };
}

function projectedResult(result: OpResult, kv: Kv | undefined): OpResult {
  return { header: result.header, kvs: kv ? [kv] : [], count: kv ? 1 : 0 };
}

/** A range answer that returns a key outside its range (or the same key twice) is wrong whatever else happened. */
export function checkRangeAnswers(calls: readonly ClientCall[]): Finding | undefined {
  for (const call of calls) {
    if (!isRangeGet(call.op) || call.outcome !== 'ok') continue;
    const span = spanOf(call.op);
    const keys = (call.result?.kvs ?? []).map((kv) => kv.key);
    const outside = keys.find((key) => !spanContains(span, key));
    const twice = keys.find((key, i) => keys.indexOf(key) !== i);
    const wrong = outside !== undefined ? `key ${JSON.stringify(outside)} outside its range` : twice !== undefined ? `key ${JSON.stringify(twice)} twice` : undefined;
    if (!wrong) continue;
    const events = [call.invokeEvent, call.returnEvent ?? -1].filter((i) => i >= 0);
    return { message: `${call.client}#${call.id} get of a range returned ${wrong}`, events };
  }
  return undefined;
}
