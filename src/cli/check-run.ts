// Runs one generated scenario and checks its trace: safety over the whole run, then
// liveness once the faults have healed (unless a removal left the cluster stuck as etcd
// would be: stuckByRemoval).

import { checkLinearizability, checkLiveness, checkSafety, type LinearizabilityStats } from '../check';
import { checkElections } from '../check/elections';
import { checkWatches } from '../check/watches';
import type { FuzzScenario } from '../scenario/fuzz';
import { createSimulation } from '../sim/run';
import type { Simulation } from '../sim/simulation';
import type { TraceEvent } from '../sim/trace-types';

/**
 * `lin`: how many key-value calls the linearizability check judged (absent when a safety
 * property failed first). `notLive`: the run was not judged for liveness, and why
 * (stuckByRemoval).
 */
export type CheckResult =
  | { ok: true; events: number; lin: LinearizabilityStats; notLive?: string }
  | { ok: false; property: string; message: string; events: number; lin?: LinearizabilityStats };

export function checkRun(fuzz: FuzzScenario, liveness = true): CheckResult {
  // The checkers read every event: kept as objects from the start (Recorder.keepObjects).
  const sim = createSimulation(fuzz.scenario, { trace: true });
  sim.recorder.keepObjects();
  sim.runUntil(fuzz.scenario.until);
  const result = checkTrace(sim.recorder.events, fuzz, liveness);
  if (result.ok || result.property !== 'Liveness' || !result.lin) return result;
  const stuck = stuckByRemoval(sim);
  return stuck ? { ok: true, events: result.events, lin: result.lin, notLive: `${result.message}; ${stuck}` } : result;
}

/**
 * Why no node of the run can be elected any more because a member that was removed (and
 * has shut down) still has a vote it needs, or undefined. etcd's raft counts votes by the
 * configuration a node has applied; when the removal's commit did not reach the others
 * before the removed leader stopped (a partition, a loss), each of them still needs the
 * removed member's vote, and a real etcd cluster is stuck the same way (it needs
 * `--force-new-cluster`). Every running voter must lack a majority of running voters, and
 * some voter it counts must be a removed one.
 */
export function stuckByRemoval(sim: Simulation): string | undefined {
  let why: string | undefined;
  for (const [id, server] of sim.servers) {
    const { voters } = server.node.conf();
    if (!voters.includes(id)) continue;
    if (voters.filter((v) => sim.isUp(v)).length > voters.length / 2) return undefined;
    const removed = voters.filter((v) => sim.isRetired(v));
    if (removed.length > 0) why ??= `stuck by a removal: ${id}'s configuration {${voters.join(', ')}} needs ${removed.join(', ')}, removed and shut down`;
  }
  return why;
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
