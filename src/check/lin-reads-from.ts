// Every read returns some real state, even the reads that need not be linearizable
// (serializable reads are served from one member's local state, which may lag; a read at a
// past revision returns history). So on checked keys (which only modelled operations
// write, see lin-scope.ts) each kv a get returns must come from a put of that value that
// was called before the read returned, and did not fail; when that put's answer tells its
// revision, it is the kv's modRevision. A read at revision r never returns a kv modified
// after r. This is the only check of serializable and past-revision reads; for the others
// it is a quick necessary condition that gives a one-operation witness.

import { describeCall, type ClientCall } from './lin-history';
import type { Finding } from './lin-revision-order';
import type { CheckScope } from './lin-scope';
import type { GetOp, Kv, PutOp, TxnInnerOp } from './trace-events';

interface Writer {
  call: ClientCall;
  put: PutOp;
  /** The revision the put took, when its answer tells it. */
  revision?: number;
}

export function checkReadsFrom(scope: CheckScope): Finding | undefined {
  const writers = writersByKey(scope.calls);
  const searchedReads = scope.partitions.flatMap((partition) => partition.calls);
  for (const read of [...scope.looseReads, ...searchedReads].sort((a, b) => a.invokeEvent - b.invokeEvent)) {
    if (read.op.type !== 'get' || read.outcome !== 'ok') continue;
    for (const kv of read.result?.kvs ?? []) {
      const problem = problemWith(kv, read, read.op, writers.get(kv.key) ?? []);
      if (problem) {
        const events = [read.invokeEvent, read.returnEvent ?? -1].filter((i) => i >= 0);
        return { message: `${describeCall(read)}: ${problem}`, events };
      }
    }
  }
  return undefined;
}

function problemWith(kv: Kv, read: ClientCall, { key, revision: atRevision, keysOnly }: GetOp, writers: readonly Writer[]): string | undefined {
  if (kv.key !== key) return `it returned key ${kv.key}, which it did not ask for`;
  if (atRevision !== undefined && atRevision > 0 && kv.modRevision > atRevision) return `it read at revision ${atRevision} a kv modified at ${kv.modRevision}`;
  if (kv.version < 1 || kv.createRevision > kv.modRevision) return 'its kv has an impossible version or revisions';
  const possible = writers.some(
    (w) =>
      w.call.invokeEvent < (read.returnEvent ?? Infinity) &&
      (keysOnly || w.put.ignoreValue || w.put.value === kv.value) &&
      (w.revision === undefined || w.revision === kv.modRevision),
  );
  return possible ? undefined : `no put of ${key}=${kv.value} at revision ${kv.modRevision} can have produced what it read`;
}

/** Every put that may have taken effect, by key, with its revision when its answer tells it. */
function writersByKey(calls: readonly ClientCall[]): Map<string, Writer[]> {
  const byKey = new Map<string, Writer[]>();
  const add = (call: ClientCall, put: PutOp, revision: number | undefined) => {
    if (!byKey.has(put.key)) byKey.set(put.key, []);
    byKey.get(put.key)?.push({ call, put, revision });
  };
  for (const call of calls) {
    if (call.outcome === 'failed') continue;
    const revision = call.outcome === 'ok' ? call.result?.header?.revision : undefined;
    if (call.op.type === 'put') add(call, call.op, revision);
    if (call.op.type !== 'txn') continue;
    const succeeded = call.outcome === 'ok' ? call.result?.succeeded : undefined;
    const branches: TxnInnerOp[] =
      succeeded === undefined ? [...call.op.success, ...call.op.failure] : succeeded ? call.op.success : call.op.failure;
    for (const inner of branches) if (inner.type === 'put') add(call, inner, succeeded === undefined ? undefined : revision);
  }
  return byKey;
}
