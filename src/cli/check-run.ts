// Runs one generated scenario and checks its trace: safety over the whole run, then
// liveness once the faults have healed.

import { checkLinearizability, checkLiveness, checkSafety, type LinearizabilityStats } from '../check';
import { checkElections } from '../check/elections';
import { checkWatches } from '../check/watches';
import type { FuzzScenario } from '../scenario/fuzz';
import { runScenario } from '../sim/run';
import type { TraceEvent } from '../sim/trace-types';

/** `lin`: how many key-value calls the linearizability check judged (absent when a safety property failed first). */
export type CheckResult =
  | { ok: true; events: number; lin: LinearizabilityStats }
  | { ok: false; property: string; message: string; events: number; lin?: LinearizabilityStats };

export function checkRun(fuzz: FuzzScenario, liveness = true): CheckResult {
  const sim = runScenario(fuzz.scenario, { trace: true });
  return checkTrace(sim.recorder.events, fuzz, liveness);
}

export function checkTrace(trace: readonly TraceEvent[], fuzz: FuzzScenario, liveness = true): CheckResult {
  const violations = checkSafety(trace);
  const first = violations[0];
  if (first) return { ok: false, property: first.property, message: first.message, events: trace.length };
  const lin = checkLinearizability(trace);
  const stats = { events: trace.length, lin: lin.stats };
  if (!lin.ok && !('inconclusive' in lin && lin.inconclusive)) return { ok: false, property: 'Linearizability', message: lin.message, ...stats };
  const watches = checkWatches(trace);
  if (!watches.ok) return { ok: false, property: `Watch guarantees (${watches.property})`, message: watches.message, ...stats };
  const elections = checkElections(trace);
  if (!elections.ok) return { ok: false, property: 'Election Recipe', message: elections.message, ...stats };
  if (liveness) {
    const live = checkLiveness(trace, { healedAt: fuzz.healedAt, within: 10 * fuzz.scenario.cluster.electionTimeout[1] });
    if (!live.ok) return { ok: false, property: 'Liveness', message: live.message, ...stats };
  }
  return { ok: true, ...stats };
}
