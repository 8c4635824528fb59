// The playback speed at which a learner sees each message travel. At real time the
// network's 5-15 ms latency carries a whole vote round in two screen frames; RaftScope
// plays in slow motion so that every RPC is seen on its way. A lesson opens at the speed
// where a message of the scenario's mean latency is on screen for SEEN_MS.

import type { NetworkConfig } from '../sim/scenario-types';

/** How long a message of mean latency stays on screen in slow motion (wall ms). */
export const SEEN_MS = 750;
/** The slowest playback speed offered (the page and the worker clamp to it). */
export const SLOWEST_SPEED = 0.01;

/** Mean one-way latency of the scenario's network (virtual ms). */
export function meanLatency(network: Pick<NetworkConfig, 'latency'> | undefined): number {
  const [lo, hi] = network?.latency ?? [5, 15];
  return (lo + hi) / 2;
}

/** The slow-motion speed for a network: two significant digits, never below SLOWEST_SPEED, at most 1x. */
export function teachingSpeed(network: Pick<NetworkConfig, 'latency'> | undefined): number {
  const speed = meanLatency(network) / SEEN_MS;
  if (!(speed > 0)) return SLOWEST_SPEED;
  return Math.min(1, Math.max(SLOWEST_SPEED, Number(speed.toPrecision(2))));
}

/** A lesson: a scenario whose narrations stop playback to explain or to ask. */
export function isLesson(scenario: { steps: readonly { do: string; pause?: boolean; question?: unknown }[] }): boolean {
  return scenario.steps.some((s) => s.do === 'narrate' && (s.pause === true || s.question !== undefined));
}
