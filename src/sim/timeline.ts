// Time travel (issue: seek anywhere, step back): the live run plus checkpoints, clones of
// the whole simulation taken every half second of virtual time (CHECKPOINT_EVERY_MS).
// Seeking back restores the nearest earlier checkpoint and replays from it; the run is
// deterministic, so the replay is the same run. Checkpoints share immutable data (log
// entries, store history). The replay verifies itself: each event it regenerates is
// compared with the recorded one (replay-check.ts), an error in tests, a mark on the page's
// frames.

import { Recorder } from './recorder';
import { ReplayCheck, type Divergence, type ReplayMode } from './replay-check';
import { createSimulation } from './run';
import type { Scenario } from './scenario-types';
import type { Simulation } from './simulation';

/** Virtual ms between checkpoints. */
export const CHECKPOINT_EVERY_MS = 500;
/** Checkpoints kept at most; beyond, every other one is dropped (a limit on everything). */
export const MAX_CHECKPOINTS = 1200;

interface Checkpoint {
  time: number;
  processed: number;
  sim: Simulation;
}

export class Timeline {
  sim: Simulation;
  private checkpoints: Checkpoint[] = [];
  private every = CHECKPOINT_EVERY_MS;

  /** Test only: checkpoints share the live run's random streams, a clone bug on purpose. */
  private leakRandomStreams = false;

  /** `replay`: what a replay that differs from the recorded run does (replay-check.ts). */
  constructor(scenario: Scenario, replay: ReplayMode = 'throw') {
    this.sim = createSimulation(scenario, { trace: true });
    this.sim.recorder.replay = new ReplayCheck(replay);
    this.checkpoint();
  }

  /** Where a replay first left the recorded run ('mark' mode), if it did. */
  get divergence(): Divergence | undefined {
    return this.sim.recorder.replay.divergence;
  }

  /**
   * Test only (the page's e2e test, the unit tests): from now on each checkpoint shares its
   * random streams with the live run, which goes on drawing from them, so a replay from it
   * draws other latencies than the run did and diverges. The bug the replay check exists for.
   */
  breakCheckpointsForTest(): void {
    this.leakRandomStreams = true;
  }

  /** Runs to `time`, taking checkpoints along the way; `open` leaves the end on the agenda (Simulation.runUntil). */
  runUntil(time: number, open = false): void {
    for (;;) {
      const next = this.nextCheckpointTime();
      if (next > time || this.sim.done) break;
      this.sim.runUntil(next, open);
      this.checkpoint();
    }
    this.sim.runUntil(time, open);
  }

  processNext(): boolean {
    const more = this.sim.processNext();
    if (this.sim.now >= this.nextCheckpointTime()) this.checkpoint();
    return more;
  }

  /** Goes to virtual `time` from the nearest checkpoint at or before it (or from here). */
  seek(time: number, open = false): void {
    const cp = this.latest((c) => c.time <= time);
    // Jump to the nearest checkpoint unless running on from here is shorter.
    if (time < this.sim.now || cp.time > this.sim.now) this.restore(cp);
    this.runUntil(time, open);
  }

  /** Goes back to just before the last processed agenda item. */
  stepBack(): void {
    const target = this.sim.processed - 1;
    if (target < 0) return;
    this.restore(this.latest((c) => c.processed <= target));
    while (this.sim.processed < target && this.sim.processNext()) {
      /* replay up to the item before */
    }
  }

  /**
   * Forks history at the current time (a user acted in the past): the steps after it are
   * dropped, and so are the checkpoints and known events of the future that will not come.
   * Checkpoints up to now stay valid: restoring one adopts the live steps.
   */
  fork(): void {
    const now = this.sim.now;
    const kept = this.sim.scenario.steps.findIndex((s) => s.at > now);
    if (kept >= 0) this.sim.truncateSteps(kept);
    this.checkpoints = this.checkpoints.filter((c) => c.time <= now);
    this.sim.recorder.forgetFuture();
  }

  private restore(cp: Checkpoint): void {
    const recorder = this.sim.recorder;
    recorder.rewind(cp.sim.recorder.count);
    const { steps, until } = this.sim.scenario;
    this.sim = cp.sim.clone(recorder);
    // Free play may have moved the end later since the checkpoint (Simulation.setUntil).
    this.sim.setUntil(until);
    // The live scenario may have gained or lost steps (user actions, forks) since the checkpoint.
    this.sim.adoptSteps(steps);
  }

  private latest(ok: (c: Checkpoint) => boolean): Checkpoint {
    for (let i = this.checkpoints.length - 1; i >= 0; i--) if (ok(this.checkpoints[i] as Checkpoint)) return this.checkpoints[i] as Checkpoint;
    return this.checkpoints[0] as Checkpoint;
  }

  private nextCheckpointTime(): number {
    const last = this.checkpoints[this.checkpoints.length - 1];
    return last ? last.time + this.every : 0;
  }

  private checkpoint(): void {
    const frozen = new Recorder(false);
    frozen.count = this.sim.recorder.count;
    const sim = this.sim.clone(frozen);
    if (this.leakRandomStreams) Object.assign(sim, { rngs: (this.sim as unknown as { rngs: unknown }).rngs });
    this.checkpoints.push({ time: this.sim.now, processed: this.sim.processed, sim });
    if (this.checkpoints.length > MAX_CHECKPOINTS) {
      this.checkpoints = this.checkpoints.filter((_, i) => i % 2 === 0);
      this.every *= 2;
    }
  }
}
