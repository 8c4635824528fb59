// The simulation's agenda: what can be on it, and how the scenario's steps sit on it. Steps
// stay in time order (after those of the same time, as SCENARIO.md orders them), so the live
// scenario, the step indices its trace names and the scenario read back from its link all
// agree; a step item on the agenda names its step by index, so every change to the list of
// steps renumbers the items that follow.

import type { EventQueue } from './event-queue';
import type { ClientTimer } from './clients/timers';
import type { Envelope } from './messages';
import type { Step } from './scenario-types';

export type SimEvent =
  | { readonly kind: 'step'; readonly index: number }
  | { readonly kind: 'deliver'; readonly env: Envelope; readonly lost: boolean }
  | { readonly kind: 'timer'; readonly node: string; readonly gen: number }
  | { readonly kind: 'client-timer'; readonly client: string; readonly timer: ClientTimer }
  /** The client notices that its connection to a node broke (gRPC keepalive timeout). */
  | { readonly kind: 'conn-lost'; readonly client: string; readonly node: string; readonly epoch: number }
  /** A node that applied its own removal stops (etcd's stopWithDelay). */
  | { readonly kind: 'retire'; readonly node: string }
  | { readonly kind: 'end' };

/** Steps run before anything else of their millisecond; the end after everything. */
export const PRIORITY_STEP = 0;
export const PRIORITY_END = 2;

type Agenda = EventQueue<SimEvent>;

export function scheduleStep(queue: Agenda, step: Step, index: number, until: number): void {
  if (step.at <= until) queue.push(step.at, { kind: 'step', index }, PRIORITY_STEP);
}

/** Inserts a step at its place in time order; returns its index. */
export function insertStep(steps: Step[], queue: Agenda, step: Step, until: number): number {
  let index = steps.length;
  while (index > 0 && (steps[index - 1] as Step).at > step.at) index--;
  if (index < steps.length) queue.mapEvents((e) => (e.kind === 'step' && e.index >= index ? { ...e, index: e.index + 1 } : e));
  steps.splice(index, 0, step);
  scheduleStep(queue, step, index, until);
  return index;
}

/**
 * Makes `own` the live run's steps (the same step objects, some added or dropped since a
 * checkpoint copied them); the items on the agenda follow.
 */
export function adoptSteps(own: Step[], queue: Agenda, steps: readonly Step[], until: number): void {
  if (own.length === steps.length && own.every((s, i) => s === steps[i])) return;
  const indexOf = new Map(steps.map((s, i) => [s, i]));
  queue.mapEvents((e) => {
    if (e.kind !== 'step') return e;
    const index = indexOf.get(own[e.index] as Step);
    return index === undefined ? undefined : { ...e, index };
  });
  const had = new Set(own);
  own.splice(0, own.length, ...steps);
  steps.forEach((s, i) => {
    if (!had.has(s)) scheduleStep(queue, s, i, until);
  });
}

/** Keeps the first `count` steps (a fork drops the future: later steps never run). */
export function truncateSteps(steps: Step[], queue: Agenda, count: number): void {
  if (steps.length <= count) return;
  steps.length = count;
  queue.filter((e) => e.kind !== 'step' || e.index < count);
}

/**
 * Moves the run's end from `oldUntil` to the later `until` (the page's free play): the end
 * item moves, and the steps between the old and the new end get on the agenda.
 */
export function moveEnd(steps: readonly Step[], queue: Agenda, oldUntil: number, until: number): void {
  queue.mapEvents((e) => (e.kind === 'end' ? undefined : e));
  queue.push(until, { kind: 'end' }, PRIORITY_END);
  steps.forEach((s, i) => {
    if (s.at > oldUntil) scheduleStep(queue, s, i, until);
  });
}
