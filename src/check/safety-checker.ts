// The safety checker: feeds each trace event to every property monitor and collects
// what they find. Incremental, so the page can run it live beside the simulation;
// checkSafety runs it over a whole trace.

import type { TraceEvent } from './trace-events';
import type { Violation } from './violation';
import { applyCommittedOnly } from './safety-apply-committed-only';
import { commitMonotonicity } from './safety-commit-monotonicity';
import { electionSafety } from './safety-election-safety';
import { leaderAppendOnly } from './safety-leader-append-only';
import { leaderCompleteness } from './safety-leader-completeness';
import { logMatching } from './safety-log-matching';
import type { ClusterView, Monitor } from './safety-monitor';
import { NodeLogs } from './safety-node-logs';
import { NodeRoles } from './safety-node-roles';
import { oneVotePerTerm } from './safety-one-vote-per-term';
import { stateMachineSafety } from './safety-state-machine-safety';
import { termMonotonicity } from './safety-term-monotonicity';

export interface SafetyCheckerOptions {
  /** Violations kept; later ones are counted but dropped (a broken run can find thousands). */
  maxViolations?: number;
}

export interface SafetyChecker {
  /** Checks the next event; `index` is its position in the trace. Returns what it revealed. */
  feed(event: TraceEvent, index: number): Violation[];
  /** Every violation found so far (up to maxViolations), in the order found. */
  violations(): Violation[];
  /** How many violations were found in all, kept or dropped. */
  violationCount(): number;
}

const DEFAULT_MAX_VIOLATIONS = 1000;

function allMonitors(): Monitor[] {
  return [
    electionSafety(),
    leaderAppendOnly(),
    logMatching(),
    leaderCompleteness(),
    stateMachineSafety(),
    termMonotonicity(),
    oneVotePerTerm(),
    commitMonotonicity(),
    applyCommittedOnly(),
  ];
}

export function createSafetyChecker(options: SafetyCheckerOptions = {}): SafetyChecker {
  const maxViolations = options.maxViolations ?? DEFAULT_MAX_VIOLATIONS;
  const view: ClusterView = { logs: new NodeLogs(), roles: new NodeRoles() };
  const monitors = allMonitors();
  const kept: Violation[] = [];
  let count = 0;

  return {
    feed(event: TraceEvent, index: number): Violation[] {
      const change = view.logs.apply(event, index);
      view.roles.apply(event, index);
      const found: Violation[] = [];
      for (const monitor of monitors) {
        const some = monitor.observe(event, index, view, change);
        if (some.length > 0) found.push(...some);
      }
      count += found.length;
      for (const one of found) if (kept.length < maxViolations) kept.push(one);
      return found;
    },
    violations: () => [...kept],
    violationCount: () => count,
  };
}

/** Every safety violation in a whole trace, in the order the events reveal them. */
export function checkSafety(trace: readonly TraceEvent[], options: SafetyCheckerOptions = {}): Violation[] {
  const checker = createSafetyChecker(options);
  trace.forEach((event, index) => checker.feed(event, index));
  return checker.violations();
}
