// Checks on the store's global revision across the whole history, beyond what one
// partition's search can see. In etcd every answer carries the store's revision
// (header.revision): a write's is the new revision it took, a read's the current one. The
// revision only grows along the linearization and each write transaction takes its own:
//  - two writes that both changed the store never answer the same revision;
//  - if A returned before B was called, B's revision is at least A's, and greater when B
//    wrote (real-time order, which every linearization respects);
//  - when nothing outside the checked calls writes (a "closed" history), the store starts
//    at revision 1 and only they move it: no answer may show a revision above 1 + the
//    number of writes that may have taken effect.
// Serializable and past-revision reads are left out: their answers may be stale.

import { describeCall, type ClientCall } from './lin-history';
import { isLooseRead, type CheckScope } from './lin-scope';
import { isKvOp, type Kv, type OpResult, type TxnInnerOp } from './trace-events';

export interface Finding {
  message: string;
  events: number[];
}

interface Answered {
  call: ClientCall;
  revision: number;
  /** true: it changed the store; false: it did not; undefined: cannot tell from the answer. */
  wrote: boolean | undefined;
}

export function checkRevisionOrder(scope: CheckScope): Finding | undefined {
  const answered = scope.calls.flatMap((call): Answered[] => {
    const revision = call.result?.header?.revision;
    if (call.outcome !== 'ok' || typeof revision !== 'number' || isStaleRead(call)) return [];
    if (!isKvOp(call.op)) return [];
    return [{ call, revision, wrote: wroteStore(call.op, call.result) }];
  });
  return distinctWriteRevisions(answered) ?? realTimeOrder(answered) ?? (scope.closed ? closedBound(scope) : undefined);
}

const isStaleRead = (call: ClientCall) => isLooseRead(call.op);

/** Whether an answered operation changed the store, as far as its answer tells. */
export function wroteStore(op: TxnInnerOp, result: OpResult | undefined): boolean | undefined {
  switch (op.type) {
    case 'put':
      return true;
    case 'get':
      return false;
    case 'delete':
      return typeof result?.deleted === 'number' ? result.deleted > 0 : undefined;
    case 'txn': {
      if (result?.succeeded === undefined) return undefined;
      const branch = result.succeeded ? op.success : op.failure;
      const wrote = branch.map((inner, i) => wroteStore(inner, result.responses?.[i]));
      return wrote.includes(true) ? true : wrote.includes(undefined) ? undefined : false;
    }
  }
}

function eventsOf(...calls: ClientCall[]): number[] {
  return calls.flatMap((call) => [call.invokeEvent, call.returnEvent ?? -1]).filter((i) => i >= 0);
}

function distinctWriteRevisions(answered: readonly Answered[]): Finding | undefined {
  const byRevision = new Map<number, ClientCall>();
  for (const { call, revision, wrote } of answered) {
    if (wrote !== true) continue;
    const other = byRevision.get(revision);
    if (other) {
      const message = `two writes took revision ${revision}: ${describeCall(other)} and ${describeCall(call)}`;
      return { message, events: eventsOf(other, call) };
    }
    byRevision.set(revision, call);
  }
  return undefined;
}

function realTimeOrder(answered: readonly Answered[]): Finding | undefined {
  const byReturn = [...answered].sort((a, b) => (a.call.returnEvent ?? 0) - (b.call.returnEvent ?? 0));
  const byCall = [...answered].sort((a, b) => a.call.invokeEvent - b.call.invokeEvent);
  let highest: Answered | undefined;
  let next = 0;
  for (const later of byCall) {
    for (; next < byReturn.length && (byReturn[next]?.call.returnEvent ?? 0) < later.call.invokeEvent; next++) {
      const done = byReturn[next] as Answered;
      if (!highest || done.revision > highest.revision) highest = done;
    }
    if (!highest) continue;
    const tooLow = later.wrote === true ? later.revision <= highest.revision : later.revision < highest.revision;
    if (!tooLow) continue;
    const message =
      `${describeCall(later.call)} was called after ${describeCall(highest.call)} returned, ` +
      `yet answered a ${later.wrote ? 'revision not above' : 'lower revision than'} ${highest.revision}`;
    return { message, events: eventsOf(highest.call, later.call) };
  }
  return undefined;
}

function closedBound(scope: CheckScope): Finding | undefined {
  const mayWrite = scope.calls.filter(({ op, outcome, result }) => {
    if (!isKvOp(op) || op.type === 'get') return false;
    return outcome === 'unknown' || (outcome === 'ok' && wroteStore(op, result) !== false);
  }).length;
  const bound = 1 + mayWrite;
  for (const call of scope.calls) {
    if (call.outcome !== 'ok' || !call.result) continue;
    const seen = highestRevision(call.result);
    if (seen <= bound) continue;
    const message =
      `${describeCall(call)} shows revision ${seen}, but only ${mayWrite} writes can have taken effect ` +
      `since the store was empty at revision 1, and nothing else writes in this history`;
    return { message, events: eventsOf(call) };
  }
  return undefined;
}

function highestRevision(result: OpResult): number {
  const kvs: Kv[] = [...(result.kvs ?? []), ...(result.prevKv ? [result.prevKv] : []), ...(result.prevKvs ?? [])];
  const own = [result.header?.revision ?? 0, ...kvs.flatMap((kv) => [kv.modRevision, kv.createRevision])];
  return Math.max(...own, ...(result.responses ?? []).map(highestRevision));
}
