// Messages that were just lost, read from the trace events the page keeps. A lost message
// leaves the frame the moment it is dropped; for a short while of virtual time the view
// draws a small burst where it vanished. Being a function of the events and the time, the
// burst replays the same after a pause, a step or a rewind.

import type { DropReason, TraceEvent } from '../../../sim/trace-types';

/** How long (virtual ms) a burst stays on screen. */
export const DROP_SHOW_MS = 300;
/** Bursts drawn at once, newest first; a lossy nine-node cluster can drop a lot. */
export const MAX_DROPS_SHOWN = 30;

export interface RecentDrop {
  id: number;
  from: string;
  to: string;
  reason: DropReason;
  t: number;
  /** 0 when it was dropped, 1 when the burst is gone. */
  age: number;
}

/**
 * The drops of the last `windowMs` before `time`. Events come in time order, so the scan
 * walks back from the end and stops at the first older event.
 */
export function recentDrops(events: readonly TraceEvent[], time: number, windowMs = DROP_SHOW_MS): RecentDrop[] {
  const out: RecentDrop[] = [];
  for (let i = events.length - 1; i >= 0 && out.length < MAX_DROPS_SHOWN; i--) {
    const e = events[i] as TraceEvent;
    if (e.t > time) continue;
    if (e.t <= time - windowMs) break;
    if (e.ev === 'drop') out.push({ id: e.id, from: e.from, to: e.to, reason: e.reason, t: e.t, age: (time - e.t) / windowMs });
  }
  return out;
}
