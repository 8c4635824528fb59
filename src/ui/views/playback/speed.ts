// Playback speed on a logarithmic scale: 0.01x and 100x are both useful (a slow-motion
// election where every message is seen travelling, a fast-forward through a quiet minute),
// so equal slider distances should mean equal ratios of speed, not equal differences.

import { scaleLog } from 'd3';
import { SLOWEST_SPEED } from '../../../scenario';

/** The worker clamps to the same range (src/worker/session.ts MIN_SPEED / MAX_SPEED). */
export const MIN_SPEED = SLOWEST_SPEED;
export const MAX_SPEED = 100;

/** Positions of the speed slider (an <input type=range> of integers): ~4% of speed per step. */
export const SLIDER_MAX = 230;

/** One-click speeds after the scenario's own slow motion, from "watch the timers" to "skip ahead". */
export const PRESETS: readonly number[] = [0.1, 1, 10, 100];

/** The rungs that + and - move between. */
export const LADDER: readonly number[] = [0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 50, 100];

const scale = scaleLog().domain([MIN_SPEED, MAX_SPEED]).range([0, SLIDER_MAX]).clamp(true);

export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return 1;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
}

/** Half a slider step, as a log ratio: positions this close to a rung mean that rung. */
const HALF_STEP = Math.log(MAX_SPEED / MIN_SPEED) / SLIDER_MAX / 2 + 1e-9;

/**
 * Slider position -> speed: the ladder's round speed (1x, 10x) at the position nearest to it,
 * else two significant digits (3.2x, not 3.1748x).
 */
export function sliderToSpeed(position: number): number {
  const raw = scale.invert(Math.min(SLIDER_MAX, Math.max(0, position)));
  const rung = LADDER.find((s) => Math.abs(Math.log(raw / s)) <= HALF_STEP);
  return rung ?? clampSpeed(Number(raw.toPrecision(2)));
}

export function speedToSlider(speed: number): number {
  return Math.round(scale(clampSpeed(speed)));
}

/** The next rung above (dir 1) or below (dir -1) the current speed, clamped at the ends. */
export function nextSpeed(current: number, dir: 1 | -1): number {
  const eps = 1e-6;
  const c = clampSpeed(current);
  if (dir > 0) return LADDER.find((s) => s > c * (1 + eps)) ?? MAX_SPEED;
  for (let i = LADDER.length - 1; i >= 0; i--) {
    const s = LADDER[i] as number;
    if (s < c * (1 - eps)) return s;
  }
  return MIN_SPEED;
}

/** "0.25×", "1×", "100×": no trailing zeros, at most three significant digits. */
export function formatSpeed(speed: number): string {
  return `${Number(clampSpeed(speed).toPrecision(3))}×`;
}

/** What a speed means to a learner, as a key of the playback strings and its values. */
export type SpeedWords = { key: 'slowMotion'; seconds: string } | { key: 'slower'; factor: string } | { key: 'realTime' } | { key: 'faster'; factor: string };

/** Below this many wall seconds on screen, a message's journey is a blur, not "slow motion". */
const SEEN_S = 0.1;

/**
 * A speed in words: how long a message of the scenario's mean latency stays on screen in
 * slow motion ("a message takes ~0.75 s"), else how much slower or faster than real time.
 */
export function speedWords(speed: number, meanLatencyMs: number): SpeedWords {
  const s = clampSpeed(speed);
  if (sameSpeed(s, 1)) return { key: 'realTime' };
  if (s > 1) return { key: 'faster', factor: String(Number(s.toPrecision(3))) };
  const seconds = meanLatencyMs / s / 1000;
  if (seconds >= SEEN_S) return { key: 'slowMotion', seconds: String(Number(seconds.toPrecision(seconds < 10 ? 2 : 3))) };
  return { key: 'slower', factor: String(Number((1 / s).toPrecision(2))) };
}

/** Playback falls short of the chosen speed by more than this share: the page says so. */
export const SHORTFALL = 0.8;

/** The speed reached, when it falls clearly short of the chosen one (else undefined). */
export function shortfall(speed: number, achieved: number | undefined): number | undefined {
  return achieved !== undefined && achieved < speed * SHORTFALL ? achieved : undefined;
}

export function sameSpeed(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}

/** The slider's own position as the user left it, and whether the pointer still holds it. */
export interface SliderDrag {
  pos: number;
  held: boolean;
}

/**
 * Whether the user's own slider position still stands after the speed changed to `speed`.
 * Speeds are rounded, so several positions share one speed: keeping the position the user
 * chose (while it still means the current speed) keeps arrow keys moving, instead of
 * snapping back to the rounded speed's position. Judged only when the speed changes, since
 * the worker confirms each new speed a moment after it was sent.
 */
export function dragStands(drag: SliderDrag | null, speed: number): boolean {
  return drag !== null && (drag.held || sameSpeed(sliderToSpeed(drag.pos), speed));
}

/** Where the thumb goes: the user's position while it stands, else the speed's own. */
export function sliderPosition(speed: number, drag: SliderDrag | null): number {
  return drag ? drag.pos : speedToSlider(speed);
}
