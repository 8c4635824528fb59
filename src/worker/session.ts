// One simulation session in the worker: playback at a speed, seeking, recording the user's
// actions as scenario steps (acting in the past forks history; undo goes back). Stepping is
// in seeking.ts, what the page has been sent in page-sync.ts, the etcdctl console's access
// in console-access.ts. Free of postMessage and timers so that it can be tested in Node;
// main.ts drives it.

import type { Action, Frame } from '../protocol';
import { isLesson, scenarioLimits, SLOWEST_SPEED } from '../scenario';
import { PaceMeter } from './pace';
import type { Scenario, Step } from '../sim/scenario-types';
import type { Simulation } from '../sim/simulation';
import { Timeline } from '../sim/timeline';
import { PageSync } from './page-sync';
import { nextPausingNarration, stepForward } from './seeking';
import { recordAtFront, tooManySteps, type RunFollower } from './console-access';
import { LIN_STEPS_PAUSED, LIN_STEPS_PLAYING, LiveChecks } from './live-checks';
import { ChallengeJudge } from './challenge-judge';

export const MIN_SPEED = SLOWEST_SPEED;
export const MAX_SPEED = 100;
/**
 * Wall time counted per frame at most, so a stalled tab does not leap ahead. Generous
 * enough that a page drawing only a few frames a second still plays at 100x.
 */
const MAX_WALL_STEP_MS = 250;

export class Session {
  private timeline: Timeline;
  playing = false;
  speed = 1;
  /** What the page has been sent (page-sync.ts). */
  private readonly page = new PageSync();
  private pauseReason: Frame['paused'];
  /** Fractional virtual milliseconds carried over between wall-clock frames. */
  private carry = 0;
  /** The node whose store the page shows; undefined: the leader. */
  selectedNode: string | undefined;

  /** The furthest virtual time this run has reached. */
  private frontierTime = 0;
  /** The scenario and time before the last fork, for undo. */
  private beforeFork: { scenario: Scenario; time: number } | undefined;
  /** The live safety and linearizability checks (live-checks.ts). */
  private checks = new LiveChecks();
  private readonly judge = new ChallengeJudge();
  private follower: RunFollower | undefined;
  /**
   * A lesson's own end (a scenario whose narrations pause): playback stops there once, then
   * plays on freely. Undefined for any other run, which plays on without stopping.
   */
  private lessonEnd: number | undefined;
  /** The scenario's end as loaded: crossing it in free play judges the client history, as the end used to. */
  private loadedUntil: number;
  /** Recent playback frames (wall ms, virtual ms), to report the speed actually reached. */
  private readonly pace = new PaceMeter();

  /** Whether the frames already handled the replay's divergence (trace and checks from there on). */
  private divergenceHandled = false;

  constructor(scenario: Scenario) {
    // The page is told of a replay that diverges, instead of being shown a different past.
    this.timeline = new Timeline(scenario, 'mark');
    this.lessonEnd = lessonEndOf(scenario);
    this.loadedUntil = scenario.until;
  }

  /** Attaches the one follower of every run, starting with the current one. */
  followWith(follower: RunFollower): void {
    this.follower = follower;
    follower.follow(this.sim.recorder);
  }

  get sim(): Simulation {
    return this.timeline.sim;
  }

  load(scenario: Scenario, time = 0): void {
    this.playing = false;
    this.frontierTime = 0;
    this.beforeFork = undefined;
    this.lessonEnd = lessonEndOf(scenario);
    this.loadedUntil = scenario.until;
    this.runAgain(scenario, time);
  }

  /** A new run of `scenario` from the start, up to `time`. */
  private runAgain(scenario: Scenario, time: number): void {
    this.timeline = new Timeline(scenario, 'mark');
    this.divergenceHandled = false;
    this.follower?.follow(this.sim.recorder);
    this.checks = new LiveChecks();
    this.page.newRun();
    this.seek(time);
    this.markReset();
  }

  /** The furthest point reached so far (noted before every move backward). */
  private get frontier(): number {
    return this.noteFrontier();
  }

  private noteFrontier(): number {
    this.frontierTime = Math.max(this.frontierTime, this.sim.now);
    return this.frontierTime;
  }

  canUndo(): boolean {
    return this.beforeFork !== undefined;
  }

  /** Undoes the last fork: back to the scenario and time before acting in the past. */
  undo(): void {
    const before = this.beforeFork;
    if (!before) return;
    this.load(before.scenario, before.time);
  }

  /** Advances playback by a wall-clock interval at the current speed (free play: the end moves on). */
  advanceWall(wallMs: number): void {
    if (!this.playing) return;
    const wall = Math.min(wallMs, MAX_WALL_STEP_MS);
    const virtual = wall * this.speed + this.carry;
    const whole = Math.floor(virtual);
    this.carry = virtual - whole;
    const before = this.sim.now;
    if (whole > 0) this.runTo(this.sim.now + whole, true, true, true);
    this.pace.note(wallMs, this.sim.now - before);
  }

  /**
   * Runs to `time`, stopping early at a narration that asks to pause, or at the end.
   * Returns true when it stopped early. `free` (playback, the console): the end of the run
   * moves on instead, except once at a lesson's own end.
   */
  runTo(time: number, stopAtNarrations = true, stopAtViolations = false, free = false): boolean {
    const atLessonEnd = free && this.lessonEnd !== undefined && this.sim.now < this.lessonEnd && time >= this.lessonEnd;
    if (free && !atLessonEnd) this.extendTo(time);
    const target = Math.min(time, this.sim.scenario.until);
    const pauseAt = stopAtNarrations ? nextPausingNarration(this.sim, target) : undefined;
    const from = this.sim.recorder.count;
    const fromTime = this.sim.now;
    this.timeline.runUntil(pauseAt ?? target, free);
    if (stopAtViolations && this.stopAtViolation(from, fromTime)) return true;
    if (pauseAt !== undefined) return this.pause('narration');
    if (free ? atLessonEnd : this.sim.done || this.sim.now >= this.sim.scenario.until) return this.pause('end');
    return false;
  }

  /**
   * Free play: the run's end moves later to `time` (at most a scenario's longest time), so
   * the shared scenario's until covers the time played and the steps recorded. A run that
   * already ended (runTo to its very end) is run again with the later end, to the same point.
   */
  private extendTo(time: number): void {
    const until = Math.min(time, scenarioLimits.MAX_TIME);
    if (until <= this.sim.scenario.until) return;
    if (this.sim.done) {
      const playing = this.playing;
      this.runAgain({ ...this.sim.scenario, until }, this.sim.now);
      this.playing = playing;
    } else this.sim.setUntil(until);
  }

  play(): void {
    if (this.sim.now >= scenarioLimits.MAX_TIME) return;
    this.playing = true;
    this.pauseReason = undefined;
    this.pace.reset();
  }

  /**
   * The speed playback actually reaches (virtual ms per wall ms over the last second), when
   * it has been measured long enough to mean something.
   */
  achievedSpeed(): number | undefined {
    return this.playing ? this.pace.reached() : undefined;
  }

  pause(reason: NonNullable<Frame['paused']> = 'user'): true {
    if (this.playing || reason !== 'user') this.pauseReason = reason;
    this.playing = false;
    this.carry = 0;
    return true;
  }

  setSpeed(value: number): void {
    this.speed = Math.min(MAX_SPEED, Math.max(MIN_SPEED, Number.isFinite(value) ? value : 1));
  }

  /**
   * Playback stops at a violation it runs into: the first one revealed by the events from
   * trace index `from` on (the client history is judged every few answers). Seeks back to
   * the moment of the revealing event so that the views show it.
   */
  private stopAtViolation(from: number, fromTime: number): boolean {
    const rec = this.sim.recorder;
    this.checks.catchUp(rec);
    const ending = this.sim.done || (fromTime < this.loadedUntil && this.sim.now >= this.loadedUntil);
    if (ending || this.checks.linDue(this.sim.now)) this.checks.checkLinearizability(rec, LIN_STEPS_PLAYING, 'playing');
    const crossed = this.checks.view(rec.count).violations.filter((v) => v.at >= from);
    if (crossed.length === 0) return false;
    const first = Math.min(...crossed.map((v) => v.t));
    this.seek(first);
    this.pause('violation');
    return true;
  }

  /**
   * Processes the next event, or events until the next message delivery, or goes back one.
   * Like Play, stepping stops at a narration that pauses: it never walks past an open
   * question to the events that answer it.
   */
  step(unit: 'event' | 'delivery' | 'back'): void {
    this.pause();
    this.noteFrontier();
    if (unit === 'back') {
      this.timeline.stepBack();
      this.page.keepTraceUpTo(this.sim.recorder.count);
      this.markReset();
      return;
    }
    stepForward(unit, { timeline: () => this.timeline, extendTo: (t) => this.extendTo(t), pausedAtNarration: () => this.pause('narration') });
  }

  /** Jumps to virtual `time`: forward by running, backward by replaying from the start. */
  seek(time: number): void {
    this.noteFrontier();
    const target = Math.max(0, Math.min(time, this.sim.scenario.until));
    if (target < this.sim.now) this.markReset();
    // The end stays on the agenda, so that playing on from here can move it (free play).
    this.timeline.seek(target, true);
    // Same scenario, same run: the page's trace up to here is still right.
    this.page.keepTraceUpTo(this.sim.recorder.count);
  }

  /**
   * Records a user action as a scenario step just after the current time, and runs it.
   * Acting in the past forks history: the steps after now are dropped (undo restores them).
   */
  act(action: Action): string | undefined {
    const at = this.sim.now + 1;
    if (at > scenarioLimits.MAX_TIME) return END_OF_TIME;
    // A scenario holds at most MAX_STEPS steps (SCENARIO.md): keep the session shareable.
    if (this.sim.scenario.steps.length >= scenarioLimits.MAX_STEPS) return tooManySteps();
    // Only acting behind the furthest point reached forks; acting at the front of the run
    // keeps the scenario's own later steps (a teaching story goes on with its narration).
    if (this.sim.now < this.frontier) this.fork();
    // Free play: acting at (or after) the end moves the end on to cover the new step.
    this.extendTo(at);
    this.sim.addStep({ ...action, at } as Step);
    this.page.markScenarioChanged();
    this.timeline.runUntil(at, true);
    return undefined;
  }

  /**
   * Records a step just after the current time without running it: the etcdctl console acts
   * from inside the run (src/etcdctl/driver.ts), always at the run's front.
   */
  record(action: Action): string | undefined {
    const refused = recordAtFront(this.sim, action);
    if (!refused) this.page.markScenarioChanged();
    return refused;
  }

  /**
   * Drops the steps after now, and the future they made. The console follows the run; when
   * its state belongs to the dropped future, the run starts again from 0 to rebuild it.
   */
  private fork(): void {
    const now = this.sim.now;
    const before = structuredClone(this.sim.scenario);
    this.beforeFork = { scenario: before, time: now };
    this.frontierTime = now;
    if (this.follower?.forked(this.sim.recorder.count)) {
      // A run never changes a step object: the new run may share them with the undo copy.
      this.runAgain({ ...before, steps: before.steps.filter((s) => s.at <= now) }, now);
      return;
    }
    this.timeline.fork();
    this.checks.restart(this.sim.recorder);
  }

  scenario(): Scenario {
    return this.sim.scenario;
  }

  /** Test only (the page's e2e test of the divergence badge): checkpoints from now on are broken clones. */
  breakReplayForTest(): void {
    this.timeline.breakCheckpointsForTest();
  }

  /**
   * A replay diverged: from that event on, the page's trace and the live checks hold the
   * recorded run, not the one the views now show; both are rebuilt from there.
   */
  private handleDivergence(): Frame['diverged'] {
    const diverged = this.timeline.divergence;
    if (diverged && !this.divergenceHandled) {
      this.divergenceHandled = true;
      this.page.keepTraceUpTo(diverged.index);
      this.checks.restart(this.sim.recorder);
    }
    return diverged;
  }

  /** The frame for the page: changes since the previous frame, or everything after a reset. */
  frame(): Frame {
    const diverged = this.handleDivergence();
    const checks = this.checksNow();
    const frame = this.page.frame(this.sim, {
      playing: this.playing,
      speed: this.speed,
      achieved: this.achievedSpeed(),
      canUndo: this.canUndo(),
      paused: this.pauseReason,
      checks,
      selectedNode: this.selectedNode,
    });
    const rec = this.sim.recorder;
    const challenge = this.judge.grade(this.sim.scenario, rec.events, rec.count);
    if (challenge) frame.challenge = challenge;
    if (diverged) frame.diverged = diverged;
    this.pauseReason = undefined;
    return frame;
  }

  /** The checks at the current position; the client history is judged whenever playback is paused. */
  private checksNow(): Frame['checks'] {
    const rec = this.sim.recorder;
    this.checks.catchUp(rec);
    if (!this.playing) this.checks.checkLinearizability(rec, LIN_STEPS_PAUSED, 'paused');
    return this.checks.view(rec.count);
  }

  private markReset(): void {
    this.page.markReset();
  }
}

const END_OF_TIME = `the run has reached ${scenarioLimits.MAX_TIME / 3_600_000} hours of virtual time, the longest a scenario may run; save it and start a new one to go on.`;

function lessonEndOf(scenario: Scenario): number | undefined {
  return isLesson(scenario) ? scenario.until : undefined;
}
