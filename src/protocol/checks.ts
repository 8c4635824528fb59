// The live checks' report in a frame: the safety checker and the linearizability checker
// (src/check) run in the worker beside the simulation. Types only.

import type { TraceEvent } from '../sim/trace-types';

/** A safety property of src/check/violation.ts, or the linearizability of the client history. */
export type CheckedProperty =
  | 'Election Safety'
  | 'Leader Append-Only'
  | 'Log Matching'
  | 'Leader Completeness'
  | 'State Machine Safety'
  | 'Term Monotonicity'
  | 'One Vote Per Term'
  | 'Commit Monotonicity'
  | 'Apply Committed Only'
  | 'Linearizability';

/** One event a violation points at: its index in the trace and the event itself. */
export interface PointedEvent {
  index: number;
  event: TraceEvent;
}

export interface CheckViolation {
  property: CheckedProperty;
  /** The checker's own sentence (English, technical). */
  message: string;
  /** The events that show the violation, ascending by trace index. */
  events: PointedEvent[];
  /** Trace index of the event that revealed the violation; it is visible from there on. */
  at: number;
  /** Virtual time of that event: playback stops there. */
  t: number;
}

export type LinearizabilityState = 'not-checked' | 'ok' | 'violated' | 'inconclusive';

export interface ChecksView {
  /** Trace events checked by the safety checker up to the current position. */
  checked: number;
  /** Violations visible at the current position, in the order found (at most a few dozen). */
  violations: CheckViolation[];
  /** The client history's linearizability, as last judged for the trace up to `linAt` events. */
  linearizability: { state: LinearizabilityState; calls: number; checkedCalls: number; linAt: number };
}
