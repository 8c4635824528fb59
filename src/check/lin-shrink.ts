// Shrinking a non-linearizable partition to a small witness: a set of answered operations
// that cannot all be linearized, whatever every other operation did.
//
// Relaxing a history only adds linearizations: turning an answered write into one with an
// unknown outcome (it may have taken effect at any time after its call, with any answer,
// or never), dropping an answered read (it changed nothing), or dropping everything called
// after a cut. So if a relaxed history
// still fails, the original fails too, and the answered operations left in it are the
// witness. Both relaxations are monotone, so:
//  1. binary search the earliest cut (a return) at which the history fails;
//  2. relax chunks of the answered operations before it, halving the chunk size down to
//     one (ddmin-like); one pass at size one leaves a witness from which no single
//     operation can be relaxed.
// Each trial is prepared afresh (lin-prepare.ts), so relaxed puts become cheap unseen puts
// where they can. A trial that runs out of steps counts as "does not fail", so the witness
// stays valid; it may then be larger than minimal.

import type { ClientCall } from './lin-history';
import { preparePartition } from './lin-prepare';
import { wroteStore } from './lin-revision-order';
import type { Partition } from './lin-scope';
import { searchLinearization, type StepBudget } from './lin-search';
import type { KvOp } from './trace-events';

/** Steps one trial may take, so that a hard relaxation does not eat the whole budget. */
const TRIAL_STEPS = 3_000;

/** The answered calls of a minimal failing relaxation, with the answers that settled unknown ones. */
export function shrinkWitness(partition: Partition, budget: StepBudget): ClientCall[] {
  const answered = partition.calls
    .filter((call) => call.outcome === 'ok')
    .sort((a, b) => (a.returnEvent ?? 0) - (b.returnEvent ?? 0));
  const trial = (required: readonly ClientCall[], cut: number) => relaxedTrial(partition, new Set(required), cut, budget);
  const cutAt = earliestFailing(answered.length, (k) => trial(answered.slice(0, k + 1), returnOf(answered[k])).fails);
  const last = answered[cutAt] as ClientCall;
  const kept = relaxChunks(answered.slice(0, cutAt), (required) => trial([...required, last], returnOf(last)).fails);
  const witness = [...kept, last];
  return [...new Set([...witness, ...trial(witness, returnOf(last)).shownBy])].sort((a, b) => a.invokeEvent - b.invokeEvent);
}

const returnOf = (call: ClientCall | undefined) => call?.returnEvent ?? Infinity;

/** An answered operation that changed nothing (its answer says so): relaxing it means dropping it. */
function isAnsweredRead(call: ClientCall): boolean {
  return call.outcome === 'ok' && wroteStore(call.op as KvOp, call.result) === false;
}

/** Searches the history with only `required` answered and nothing called after `cut`. */
function relaxedTrial(partition: Partition, required: ReadonlySet<ClientCall>, cut: number, budget: StepBudget) {
  const calls = partition.calls
    .filter((call) => call.invokeEvent <= cut && (required.has(call) || !isAnsweredRead(call)))
    .map((call): ClientCall => (required.has(call) ? call : { ...call, outcome: 'unknown', result: undefined, returnEvent: undefined, settled: undefined }));
  const prepared = preparePartition({ keys: partition.keys, calls });
  const steps = { remaining: Math.min(TRIAL_STEPS, Math.max(budget.remaining, 0)) };
  const before = steps.remaining;
  const verdict = searchLinearization(prepared.calls, steps, prepared);
  budget.remaining -= before - Math.max(steps.remaining, 0);
  const shownBy = prepared.origins.flatMap((origin) => (origin.shownBy ? [origin.shownBy] : []));
  return { fails: verdict === 'not-linearizable', shownBy };
}

/** The smallest k in [0, count) for which failsAt holds, given that it holds at count - 1 and is monotone. */
function earliestFailing(count: number, failsAt: (k: number) => boolean): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (failsAt(mid)) hi = mid;
    else lo = mid + 1;
  }
  return hi;
}

/** Removes chunks of `candidates` while `stillFails` holds; returns what must stay. */
function relaxChunks<T>(candidates: readonly T[], stillFails: (required: readonly T[]) => boolean): T[] {
  let kept = [...candidates];
  for (let size = Math.ceil(kept.length / 2); size >= 1; size = size === 1 ? 0 : Math.ceil(size / 2)) {
    for (let start = 0; start < kept.length; ) {
      const trial = [...kept.slice(0, start), ...kept.slice(start + size)];
      if (stillFails(trial)) kept = trial;
      else start += size;
    }
  }
  return kept;
}
