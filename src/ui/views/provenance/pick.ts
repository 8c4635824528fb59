// Which state change the shared selection points at: a selected event, else the append of a
// selected log entry (on the selected node, or its first append: on its leader), else the role change of a selected term (on a node, or the
// term's leader). Pure, so every view can ask the same question.

import type { TraceEvent } from '../../../sim/trace-types';
import type { Selection } from '../../store';
import { isStateChange } from './provenance';

/** The trace index of the state change the selection points at, if the page holds it. */
export function pickChange(events: readonly TraceEvent[], offset: number, sel: Selection): number | undefined {
  if (sel.event !== undefined) {
    const e = events[sel.event - offset];
    return e && isStateChange(e) ? sel.event : undefined;
  }
  const entry = sel.entry;
  if (sel.node && entry) return lastIndex(events, offset, (e) => e.ev === 'append' && e.node === sel.node && e.index === entry.index && e.term === entry.term);
  // An entry on its own (the logs view): where it came from, its first append (on its leader).
  if (entry) return firstIndex(events, offset, (e) => e.ev === 'append' && e.index === entry.index && e.term === entry.term);
  if (sel.term !== undefined) {
    if (sel.node) return lastIndex(events, offset, (e) => e.ev === 'role' && e.node === sel.node && e.term === sel.term);
    return lastIndex(events, offset, (e) => e.ev === 'role' && e.role === 'leader' && e.term === sel.term);
  }
  return undefined;
}

function firstIndex(events: readonly TraceEvent[], offset: number, ok: (e: TraceEvent) => boolean): number | undefined {
  const i = events.findIndex(ok);
  return i < 0 ? undefined : i + offset;
}

function lastIndex(events: readonly TraceEvent[], offset: number, ok: (e: TraceEvent) => boolean): number | undefined {
  for (let i = events.length - 1; i >= 0; i--) if (ok(events[i] as TraceEvent)) return i + offset;
  return undefined;
}

/** The newest state changes (of one node, or all), newest first, at most `max`. */
export function recentChanges(events: readonly TraceEvent[], offset: number, node: string | undefined, max: number): number[] {
  const out: number[] = [];
  for (let i = events.length - 1; i >= 0 && out.length < max; i--) {
    const e = events[i] as TraceEvent;
    if (isStateChange(e) && (!node || e.node === node)) out.push(i + offset);
  }
  return out;
}
