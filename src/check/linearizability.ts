// The linearizability check of the client history (invoke / return events) against the
// model of etcd's key-value store. In order, cheapest first:
//  0. unknown-outcome writes settled from the apply events (lin-applied.ts), range reads
//     projected onto the checked keys (lin-ranges.ts), both in lin-scope.ts;
//  1. range answers hold only keys of their range; revision order over the whole history
//     (lin-revision-order.ts);
//  2. every read against the writes that can have produced it (lin-reads-from.ts);
//  3. a Wing & Gong search per partition of checked keys (lin-scope.ts, lin-search.ts),
//     smallest partitions first, all within one step budget; a failure is shrunk to a
//     minimal set of operations that cannot be linearized (lin-shrink.ts).
// Every rule only ever rejects histories that no linearization of the real store allows;
// what the model cannot see soundly is left unchecked (see lin-scope.ts), never guessed.

import { describeCall } from './lin-history';
import type { UnjudgedReason } from './lin-judged';
import { checkRangeAnswers } from './lin-ranges';
import { checkReadsFrom } from './lin-reads-from';
import { checkRevisionOrder, type Finding } from './lin-revision-order';
import { scopeOf, type Partition } from './lin-scope';
import { preparePartition } from './lin-prepare';
import { searchLinearization, type StepBudget } from './lin-search';
import { shrinkWitness } from './lin-shrink';
import type { TraceEvent } from './trace-events';

export interface LinearizabilityOptions {
  /** Model steps for all searches together; past it the answer is "inconclusive". */
  maxSteps?: number;
  /** Model steps for shrinking a failure to a minimal witness (past it: a larger witness). */
  maxShrinkSteps?: number;
}

export interface LinearizabilityStats {
  /** Client calls in the trace, of every kind. */
  calls: number;
  /** put / get / delete / txn calls. */
  kvCalls: number;
  /** Key-value calls the check judged (lin-judged.ts). */
  judged: number;
  /** Of those, unknown-outcome writes settled from the apply events (lin-applied.ts). */
  settledByApply: number;
  /** Key-value calls not judged, by reason. */
  unjudged: Record<UnjudgedReason, number>;
  partitions: number;
  steps: number;
}

export type LinearizabilityResult =
  | { ok: true; stats: LinearizabilityStats }
  | { ok: false; message: string; events: number[]; inconclusive?: true; stats: LinearizabilityStats };

const DEFAULT_MAX_STEPS = 2_000_000;
const DEFAULT_MAX_SHRINK_STEPS = 300_000;

export function checkLinearizability(trace: readonly TraceEvent[], options: LinearizabilityOptions = {}): LinearizabilityResult {
  const scope = scopeOf(trace);
  const budget: StepBudget = { remaining: options.maxSteps ?? DEFAULT_MAX_STEPS };
  const stats = (): LinearizabilityStats => ({
    calls: scope.calls.length,
    ...scope.judgement,
    partitions: scope.partitions.length,
    steps: (options.maxSteps ?? DEFAULT_MAX_STEPS) - Math.max(budget.remaining, 0),
  });
  const fail = (finding: Finding) => ({
    ok: false as const,
    message: finding.message,
    events: [...new Set(finding.events)].sort((a, b) => a - b),
    stats: stats(),
  });

  const global = checkRangeAnswers(scope.calls) ?? checkRevisionOrder(scope) ?? checkReadsFrom(scope);
  if (global) return fail(global);
  const partitions = [...scope.partitions].sort((a, b) => a.calls.length - b.calls.length);
  for (const partition of partitions) {
    const prepared = preparePartition(partition);
    const verdict = searchLinearization(prepared.calls, budget, prepared);
    if (verdict === 'not-linearizable') {
      return fail(explain(partition, { remaining: options.maxShrinkSteps ?? DEFAULT_MAX_SHRINK_STEPS }));
    }
    if (verdict === 'out-of-budget') {
      const message =
        `inconclusive: the step budget ran out while searching the ${partition.calls.length} operations ` +
        `on ${keyList(partition.keys)}; raise maxSteps or check a shorter history`;
      return { ok: false, message, events: [], inconclusive: true, stats: stats() };
    }
  }
  return { ok: true, stats: stats() };
}

function explain(partition: Partition, budget: StepBudget): Finding {
  const witness = shrinkWitness(partition, budget);
  const shown = witness.slice(0, 8).map(describeCall).join('; ');
  const more = witness.length > 8 ? `; and ${witness.length - 8} more` : '';
  const message =
    `not linearizable on ${keyList(partition.keys)}: no order of these ${witness.length} operations ` +
    `within their call-to-return windows explains their answers (whatever the others did): ${shown}${more}`;
  const events = witness.flatMap((call) => [call.invokeEvent, call.returnEvent ?? -1]).filter((i) => i >= 0);
  return { message, events: events.sort((a, b) => a - b) };
}

function keyList(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map((key) => JSON.stringify(key)).join(', ');
  return `key${keys.length === 1 ? '' : 's'} ${shown}${keys.length > 5 ? ', …' : ''}`;
}
