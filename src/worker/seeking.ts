// Moving through a run step by step: forward one event or to the next delivery, never past
// a narration that pauses (a question always does: the learner predicts before the run
// reveals). Going back is the timeline's (src/sim/timeline.ts: replay from a checkpoint).

import type { Simulation } from '../sim/simulation';
import type { Timeline } from '../sim/timeline';

/** The time of the first narration after now, up to `target`, that stops playback. */
export function nextPausingNarration(sim: Simulation, target: number): number | undefined {
  let best: number | undefined;
  for (const s of sim.scenario.steps) {
    // A question always stops playback: the learner predicts before the run reveals.
    if (s.do === 'narrate' && (s.pause || s.question) && s.at > sim.now && s.at <= target && (best === undefined || s.at < best)) best = s.at;
  }
  return best;
}

/** What stepping needs of the session. */
export interface StepHost {
  /** The session's timeline now (free play at the end may start the run again: a new timeline). */
  timeline(): Timeline;
  /** Free play: the run's end moves on to `time`. */
  extendTo(time: number): void;
  /** Playback stopped on a narration. */
  pausedAtNarration(): void;
}

/**
 * Processes the next event, or events until the next message delivery (a recv or a drop),
 * stopping on a pausing narration that comes first. At the end, free play moves the end on.
 */
export function stepForward(unit: 'event' | 'delivery', host: StepHost): void {
  const rec = host.timeline().sim.recorder;
  for (let guard = 0; guard < 100_000; guard++) {
    const timeline = host.timeline();
    const sim = timeline.sim;
    const next = sim.nextTime();
    if (next === undefined) break;
    const stop = nextPausingNarration(sim, next);
    if (stop !== undefined && stop > sim.now) {
      // A pausing narration comes before (or with) the next event: stop on it, as Play would.
      timeline.runUntil(stop, true);
      host.pausedAtNarration();
      return;
    }
    if (next >= sim.scenario.until) {
      // Free play: stepping on at the end moves the end on rather than ending the run.
      host.extendTo(next + 1);
      if (next >= host.timeline().sim.scenario.until) break;
      continue;
    }
    const before = rec.count;
    if (!timeline.processNext()) break;
    const fresh = sim.recorder.since(before);
    if (fresh.length === 0) continue;
    if (unit === 'event' || fresh.some((e) => e.ev === 'recv' || e.ev === 'drop')) break;
  }
}
