// How the etcdctl console reaches the session: it follows every run (a new run, a fork) and
// records the steps its commands issue from inside the run, always at the run's front
// (src/etcdctl/driver.ts). The page's own actions go through Session.act instead.

import type { Action } from '../protocol';
import { scenarioLimits } from '../scenario';
import type { Step } from '../sim/scenario-types';
import type { Recorder } from '../sim/recorder';
import type { Simulation } from '../sim/simulation';

/** Follows each run of the session (the etcdctl console's driver). */
export interface RunFollower {
  /** A new run starts (load, undo, or a run again from the start): follow its recorder. */
  follow(recorder: Recorder): void;
  /** History forks at trace index `count`; true when the follower must see the run again from the start. */
  forked(count: number): boolean;
}

/** Why a scenario takes no more steps (SCENARIO.md: at most MAX_STEPS, so the session stays shareable). */
export function tooManySteps(): string {
  return `This scenario already has ${scenarioLimits.MAX_STEPS} steps, the most a scenario may hold; save it and start a new one to go on.`;
}

/**
 * Records a step just after the current time without running it; returns why not, if not.
 * From inside the run, the end can only move on while the run has not ended.
 */
export function recordAtFront(sim: Simulation, action: Action): string | undefined {
  const at = sim.now + 1;
  if (at > scenarioLimits.MAX_TIME || sim.done) return 'the run has reached its end time; load or start a longer scenario to go on';
  sim.setUntil(at);
  if (sim.scenario.steps.length >= scenarioLimits.MAX_STEPS) return tooManySteps();
  sim.addStep({ ...action, at } as Step);
  return undefined;
}
