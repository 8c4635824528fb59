// What the counterexample search looks for: the first property a scenario's run violates,
// judged by the project's own checkers (Raft safety, then linearizability of the client
// history, then the election recipe). Liveness is left out: a bug toggle breaks safety.

import { checkLinearizability, checkSafety } from '../check';
import { checkElections } from '../check/elections';
import { runScenario } from '../sim/run';
import type { Scenario } from '../sim/scenario-types';
import type { TraceEvent } from '../sim/trace-types';

export interface Finding {
  /** The property's name as the checkers give it, e.g. "Leader Completeness". */
  property: string;
  message: string;
  /** Time of the last event the violation points at: the run can end just after it. */
  at: number;
}

export function violationOf(scenario: Scenario): Finding | undefined {
  return violationInTrace(runScenario(scenario, { trace: true }).recorder.events);
}

function violationInTrace(trace: readonly TraceEvent[]): Finding | undefined {
  const timeOf = (events: readonly number[]) => trace[events.at(-1) ?? 0]?.t ?? 0;
  const safety = checkSafety(trace, { maxViolations: 1 })[0];
  if (safety) return { property: safety.property, message: safety.message, at: timeOf(safety.events) };
  const lin = checkLinearizability(trace);
  if (!lin.ok && !lin.inconclusive) return { property: 'Linearizability', message: lin.message, at: timeOf(lin.events) };
  const elections = checkElections(trace);
  if (!elections.ok) return { property: 'Election Recipe', message: elections.message, at: timeOf(elections.events) };
  return undefined;
}
