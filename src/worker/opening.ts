// Opening a run at a later time (a share link's time, a saved session, a late student):
// the page gets a first frame at once and then the replay in slices, so that a long run
// does not leave it blank for seconds (issue 17). Between slices the worker reports how far
// it got and lets the page's messages in; commands other than a new load wait for the end,
// so that everything after `ready` (PAGE.md) sees the run at the link's moment.

import type { Command } from '../protocol';
import type { Session } from './session';

/** Virtual ms run per seek inside a slice: one checkpoint interval (sim/timeline.ts). */
const CHUNK_MS = 500;
/** Wall ms a slice may take before the worker reports progress and reads its messages. */
export const SLICE_MS = 80;

export class Opening {
  /** The moment to open at, within the run's end. */
  readonly target: number;

  constructor(
    time: number,
    private readonly session: Session,
  ) {
    this.target = Math.min(time, session.scenario().until);
  }

  /** Replays on for about `budget` wall ms (read from `clock`); true once the target is reached. */
  slice(clock: () => number, budget = SLICE_MS): boolean {
    const end = clock() + budget;
    while (!this.done) {
      const before = this.session.sim.now;
      this.session.seek(Math.min(this.target, before + CHUNK_MS));
      // A run that cannot go on (it ended early) is as far as it will get.
      if (this.session.sim.now <= before) return true;
      if (clock() >= end) break;
    }
    return this.done;
  }

  get done(): boolean {
    return this.session.sim.now >= this.target;
  }

  get reached(): number {
    return this.session.sim.now;
  }
}

/** Commands handled at once while a run opens: a new load replaces it, the rest do not touch the run. */
export function handledWhileOpening(cmd: Command): boolean {
  return cmd.type === 'load' || cmd.type === 'frame-ack' || cmd.type === 'visible';
}
