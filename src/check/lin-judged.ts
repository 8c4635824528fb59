// How much of a history the linearizability check judges, so that "the checks pass" says
// what it covers (the page's pill, the fuzzer's summary). A key-value call (put, get,
// delete, txn) is JUDGED when its outcome is known and the model runs it:
//  - answered, on checked keys (the search, or for serializable and past-revision reads
//    the reads-from check), range reads included when projected (lin-ranges.ts);
//  - a write that did not take effect: refused by the server, or settled from the apply
//    events as applied nowhere or refused at apply time (lin-applied.ts): the checks rely
//    on it changing nothing (a read that shows its value is a violation);
//  - a write settled from its apply: judged at the revision it took.
// The others are UNJUDGED, with the reason:
//  - tainted-key: a key something outside the model writes (lease, election, range
//    delete, an unmodelled txn; lin-scope.ts), or a range covering no checked key;
//  - not-modelled: a shape the model does not run (revision filters, a count-only or
//    limited range, a txn with ranges or nested txns);
//  - unknown-outcome: a write whose effect neither an answer nor an apply tells;
//  - no-answer: a read that never got its answer (it constrains nothing);
//  - refused-read: a read answered with an error (the error itself is not judged).

import type { ClientCall } from './lin-history';
import { isCompleteRange } from './lin-ranges';
import { isKvOp, type ClientOp, type TxnInnerOp } from './trace-events';

export type UnjudgedReason = 'tainted-key' | 'not-modelled' | 'unknown-outcome' | 'no-answer' | 'refused-read';

export interface Judgement {
  /** put / get / delete / txn calls in the history. */
  kvCalls: number;
  judged: number;
  /** Judged calls whose outcome was unknown to their client and was settled from the apply events. */
  settledByApply: number;
  unjudged: Record<UnjudgedReason, number>;
}

export interface JudgementInputs {
  /** Each range get, with the single-key gets it was projected onto (none: not judged). */
  projections: ReadonlyMap<ClientCall, readonly ClientCall[]>;
  modelledShape: (op: ClientOp | TxnInnerOp) => boolean;
  /** A modelled shape on checked keys only. */
  modelled: (call: ClientCall) => boolean;
}

export function judgementOf(calls: readonly ClientCall[], inputs: JudgementInputs): Judgement {
  const judgement: Judgement = {
    kvCalls: 0,
    judged: 0,
    settledByApply: 0,
    unjudged: { 'tainted-key': 0, 'not-modelled': 0, 'unknown-outcome': 0, 'no-answer': 0, 'refused-read': 0 },
  };
  for (const call of calls) {
    if (!isKvOp(call.op)) continue;
    judgement.kvCalls++;
    const reason = unjudgedReason(call, inputs);
    if (reason) judgement.unjudged[reason]++;
    else {
      judgement.judged++;
      if (call.settled) judgement.settledByApply++;
    }
  }
  return judgement;
}

/** Why a key-value call is not judged, or undefined when it is. */
function unjudgedReason(call: ClientCall, { projections, modelledShape, modelled }: JudgementInputs): UnjudgedReason | undefined {
  const isRead = call.op.type === 'get';
  if (isRead && call.outcome === 'unknown') return 'no-answer';
  if (isRead && call.outcome === 'failed') return 'refused-read';
  const projected = projections.get(call);
  if (projected) return projected.length > 0 ? undefined : isCompleteRange(call) ? 'tainted-key' : 'not-modelled';
  // A put with a lease and a range delete are writes the model leaves out: they taint their keys.
  if (call.op.type === 'put' || call.op.type === 'delete') return modelled(call) ? outcomeReason(call) : 'tainted-key';
  if (!modelledShape(call.op)) return 'not-modelled';
  return modelled(call) ? outcomeReason(call) : 'tainted-key';
}

const outcomeReason = (call: ClientCall): UnjudgedReason | undefined => (call.outcome === 'unknown' ? 'unknown-outcome' : undefined);
