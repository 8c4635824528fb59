// What the page's live checks cost: the safety checker fed every event of a long run, and
// one linearizability check of its whole client history at the budget the page uses while
// paused (src/worker/live-checks.ts).

import { checkLinearizability, createSafetyChecker } from '../check';
import { runScenario } from '../sim/run';
import type { Scenario } from '../sim/scenario-types';

export interface LiveChecksCost {
  events: number;
  /** Safety checker, microseconds per trace event. */
  safetyMicrosPerEvent: number;
  /** One linearizability check of the whole history, ms, and its verdict. */
  linMs: number;
  linVerdict: string;
  calls: number;
}

export function liveChecksCost(scenario: Scenario, linSteps: number): LiveChecksCost {
  const events = runScenario(scenario, { trace: true }).recorder.events;
  const checker = createSafetyChecker();
  const s0 = performance.now();
  events.forEach((e, i) => checker.feed(e, i));
  const safetyMs = performance.now() - s0;
  const l0 = performance.now();
  const lin = checkLinearizability(events, { maxSteps: linSteps, maxShrinkSteps: linSteps });
  const linMs = performance.now() - l0;
  const linVerdict = lin.ok ? 'linearizable' : lin.inconclusive ? 'inconclusive' : 'not linearizable';
  return { events: events.length, safetyMicrosPerEvent: (safetyMs * 1000) / events.length, linMs, linVerdict, calls: lin.stats.calls };
}
