// The live checks: the incremental safety checker (src/check) fed every trace event as the
// simulation runs, and the linearizability checker over the client history at sensible
// moments, with a bounded step budget.
//
// Time travel keeps this simple: the run is deterministic, so the events beyond the current
// position after a seek back are exactly the events a replay regenerates. The checker is
// fed each trace index once, up to the furthest point reached, and a violation is shown
// only while the current position has reached the event that revealed it. Only a fork (a
// user acting in the past) changes the future; then the checker is rebuilt from the
// trace so far.

import { checkLinearizability, createSafetyChecker, type SafetyChecker, type Violation } from '../check';
import type { CheckViolation, ChecksView, LinearizabilityState } from '../protocol';
import type { Recorder } from '../sim/recorder';
import type { TraceEvent } from '../sim/trace-types';

/** Violations kept for the page: the first ones matter, a broken run can find thousands. */
const MAX_KEPT = 40;
/** Model steps for a linearizability check while paused, and while playing (smaller: no stutter). */
export const LIN_STEPS_PAUSED = 400_000;
export const LIN_STEPS_PLAYING = 60_000;
/**
 * While playing, the client history is checked again once an answer arrived and this much
 * virtual time passed, or after this many answers (whichever first): each check reads the
 * whole trace, so not on every frame at 100x.
 */
export const LIN_EVERY_RETURNS = 40;
export const LIN_EVERY_MS = 500;
/**
 * A check reads the whole trace (about 0.1 s per 50,000 events): while playing, the checks
 * take at most this share of the worker's wall time, so a long run does not stutter.
 */
const LIN_PLAYING_SHARE = 0.1;

interface LinVerdict {
  state: LinearizabilityState;
  calls: number;
  checkedCalls: number;
  /** The trace length it was judged for. */
  at: number;
}

export class LiveChecks {
  private safety: SafetyChecker = createSafetyChecker({ maxViolations: MAX_KEPT });
  /** Trace events fed to the safety checker: indexes [0, fed). */
  private fed = 0;
  private found: CheckViolation[] = [];
  private lin: LinVerdict = { state: 'not-checked', calls: 0, checkedCalls: 0, at: 0 };
  /** A linearizability violation stays one for every longer trace (until a fork). */
  private linViolation: CheckViolation | undefined;
  private returnsSinceLin = 0;
  /** Virtual time of the last linearizability check. */
  private linTime = 0;
  /** Wall-clock time before which no check runs while playing (cost-based throttle). */
  private linQuietUntil = 0;
  private lastCheckPlaying = false;

  constructor(private readonly wallClock: () => number = () => performance.now()) {}

  /** Feeds the events recorded beyond what was checked; returns the violations they revealed. */
  catchUp(recorder: Recorder): CheckViolation[] {
    if (recorder.count <= this.fed) return [];
    const fresh = recorder.since(this.fed);
    const revealed: CheckViolation[] = [];
    for (const event of fresh) {
      const index = this.fed++;
      if (event.ev === 'return') this.returnsSinceLin++;
      for (const v of this.safety.feed(event, index)) revealed.push(this.describe(v, index, event, recorder));
    }
    for (const v of revealed) if (this.found.length < MAX_KEPT) this.found.push(v);
    return revealed;
  }

  /** The future changed (a fork): check the trace so far again from the start. */
  restart(recorder: Recorder): void {
    this.safety = createSafetyChecker({ maxViolations: MAX_KEPT });
    this.fed = 0;
    this.found = [];
    this.lin = { state: 'not-checked', calls: 0, checkedCalls: 0, at: 0 };
    this.linViolation = undefined;
    this.returnsSinceLin = 0;
    this.linTime = 0;
    this.linQuietUntil = 0;
    this.catchUp(recorder);
  }

  /** Whether enough answers arrived while playing to check the history again. */
  linDue(now: number): boolean {
    if (this.wallClock() < this.linQuietUntil) return false;
    return this.returnsSinceLin >= LIN_EVERY_RETURNS || (this.returnsSinceLin > 0 && now - this.linTime >= LIN_EVERY_MS);
  }

  /**
   * Judges the client history up to the current position, unless already judged there (or a
   * violation is already known there). Returns a violation newly found.
   */
  checkLinearizability(recorder: Recorder, maxSteps: number, mode: 'playing' | 'paused' | 'now' = 'now'): CheckViolation | undefined {
    const count = recorder.count;
    // Stepping through a long run must not wait for a full check at every step: right after
    // playback pauses the history is checked; then again once the quiet time has passed.
    if (mode === 'paused' && !this.lastCheckPlaying && this.wallClock() < this.linQuietUntil) return undefined;
    this.lastCheckPlaying = mode === 'playing';
    if (this.lin.at === count && this.lin.state !== 'not-checked') return undefined;
    if (this.linViolation && this.linViolation.at < count) return undefined;
    if (this.noClientEventsSince(recorder)) {
      this.lin.at = count; // nobody called or was answered since: the verdict stands
      return undefined;
    }
    this.returnsSinceLin = 0;
    this.linTime = recorder.now;
    const trace = recorder.events;
    const started = this.wallClock();
    const result = checkLinearizability(trace, { maxSteps, maxShrinkSteps: maxSteps });
    const finished = this.wallClock();
    this.linQuietUntil = finished + (finished - started) / LIN_PLAYING_SHARE;
    const stats = { calls: result.stats.kvCalls, checkedCalls: result.stats.judged, at: count };
    if (result.ok) {
      this.lin = { state: 'ok', ...stats };
      return undefined;
    }
    if (result.inconclusive) {
      this.lin = { state: 'inconclusive', ...stats };
      return undefined;
    }
    this.lin = { state: 'violated', ...stats };
    const last = result.events[result.events.length - 1] ?? count - 1;
    this.linViolation = {
      property: 'Linearizability',
      message: result.message,
      events: result.events.map((index) => ({ index, event: trace[index] as TraceEvent })),
      at: last,
      t: (trace[last] as TraceEvent).t,
    };
    return this.linViolation;
  }

  private noClientEventsSince(recorder: Recorder): boolean {
    const { state, at } = this.lin;
    if ((state !== 'ok' && state !== 'inconclusive') || at > recorder.count) return false;
    return !recorder.since(at).some((e) => e.ev === 'invoke' || e.ev === 'return');
  }

  /** What the page shows at a trace position `count`. */
  view(count: number): ChecksView {
    const violations = this.found.filter((v) => v.at < count);
    const linKnownBad = this.linViolation && this.linViolation.at < count ? this.linViolation : undefined;
    if (linKnownBad) violations.push(linKnownBad);
    return {
      checked: Math.min(count, this.fed),
      violations,
      linearizability: this.linearizabilityAt(count, linKnownBad !== undefined),
    };
  }

  private linearizabilityAt(count: number, knownBad: boolean): ChecksView['linearizability'] {
    const { calls, checkedCalls } = this.lin;
    if (knownBad) return { state: 'violated', calls, checkedCalls, linAt: this.lin.at };
    // A verdict for a longer trace than the current position (after a seek back) is not this one's.
    if (this.lin.at > count || this.lin.state === 'violated') return { state: 'not-checked', calls: 0, checkedCalls: 0, linAt: 0 };
    return { state: this.lin.state, calls, checkedCalls, linAt: this.lin.at };
  }

  private describe(v: Violation, at: number, event: TraceEvent, recorder: Recorder): CheckViolation {
    const all = recorder.events;
    return {
      property: v.property,
      message: v.message,
      events: v.events.map((index) => ({ index, event: (index === at ? event : all[index]) as TraceEvent })),
      at,
      t: event.t,
    };
  }
}
