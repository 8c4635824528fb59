// Runs one generated scenario and checks its trace: safety over the whole run, then
// liveness once the faults have healed.

import { checkLinearizability, checkLiveness, checkSafety } from '../check';
import { checkElections } from '../check/elections';
import { checkWatches } from '../check/watches';
import type { FuzzScenario } from '../scenario/fuzz';
import { runScenario } from '../sim/run';
import type { TraceEvent } from '../sim/trace-types';

export type CheckResult = { ok: true; events: number } | { ok: false; property: string; message: string; events: number };

export function checkRun(fuzz: FuzzScenario, liveness = true): CheckResult {
  const sim = runScenario(fuzz.scenario, { trace: true });
  return checkTrace(sim.recorder.events, fuzz, liveness);
}

export function checkTrace(trace: readonly TraceEvent[], fuzz: FuzzScenario, liveness = true): CheckResult {
  const violations = checkSafety(trace);
  const first = violations[0];
  if (first) return { ok: false, property: first.property, message: first.message, events: trace.length };
  const lin = checkLinearizability(trace);
  if (!lin.ok && !('inconclusive' in lin && lin.inconclusive)) return { ok: false, property: 'Linearizability', message: lin.message, events: trace.length };
  const watches = checkWatches(trace);
  if (!watches.ok) return { ok: false, property: `Watch guarantees (${watches.property})`, message: watches.message, events: trace.length };
  const elections = checkElections(trace);
  if (!elections.ok) return { ok: false, property: 'Election Recipe', message: elections.message, events: trace.length };
  if (liveness) {
    const live = checkLiveness(trace, { healedAt: fuzz.healedAt, within: 10 * fuzz.scenario.cluster.electionTimeout[1] });
    if (!live.ok) return { ok: false, property: 'Liveness', message: live.message, events: trace.length };
  }
  return { ok: true, events: trace.length };
}
