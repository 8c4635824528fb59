// The election history of the run (role and vote events), kept by the terms view itself.
// The store keeps only the latest events (most are message sends and receipts), and a seek
// backward rebuilds it from a short tail; elections are few, so the terms view keeps every
// one it has seen, and keeps them across a seek when the run is the same run.
//
// A seek backward replays the same scenario from the start, and the run is deterministic
// (DESIGN.md), so every event before the new position is the one already seen. A different
// scenario (a load) starts the history afresh. User actions add steps after the current
// time, so they never change what came before. When events went by unseen (a jump far
// ahead arrives as one frame larger than the store keeps), the history is rebuilt from the
// page's copy of the whole trace, if the caller can provide it.

import type { SimView } from '../../apply-frame';
import type { TraceEvent } from '../../../sim/trace-types';

/** Election events kept (a limit on everything); about a thousand elections. */
export const MAX_HISTORY = 20_000;

type Kept = Extract<TraceEvent, { ev: 'role' | 'vote' }>;

export type HistoryInput = Pick<SimView, 'events' | 'eventOffset' | 'epoch' | 'scenario'>;

export class TermHistory {
  /** Kept events and their indices in the trace, in trace order. */
  private indices: number[] = [];
  private kept: Kept[] = [];
  private epoch = Number.NaN;
  private scenarioJson: string | undefined;
  private scenario: unknown;
  /** The trace index of the next event not yet looked at. */
  private seen = 0;
  /** True while the history holds every election event since the start of the run. */
  complete = true;

  /**
   * Folds in the events of a view. `fullTrace` returns the whole trace as JSON Lines (the
   * page's copy, PAGE.md trace()), used only to fill a gap. Returns whether the history changed.
   */
  update(view: HistoryInput, fullTrace?: () => string): boolean {
    let changed = false;
    if (view.epoch !== this.epoch) {
      changed = this.rebase(view);
      this.epoch = view.epoch;
    } else if (view.scenario !== this.scenario) {
      // A user action added a step: the run so far stands, and a later seek replays this scenario.
      this.scenarioJson = JSON.stringify(view.scenario ?? null);
    }
    this.scenario = view.scenario;
    const end = view.eventOffset + view.events.length;
    if (this.seen < view.eventOffset) {
      // Events went by that this history never saw (the store trimmed them first).
      if (fullTrace) return this.rebuild(fullTrace(), end) || changed;
      this.complete = false;
      this.seen = view.eventOffset;
    }
    for (let i = this.seen; i < end; i++) {
      const e = view.events[i - view.eventOffset] as TraceEvent;
      if (e.ev === 'role' || e.ev === 'vote') {
        this.indices.push(i);
        this.kept.push(e);
        changed = true;
      }
    }
    this.seen = Math.max(this.seen, end);
    this.trim();
    return changed;
  }

  private trim(): void {
    if (this.kept.length <= MAX_HISTORY) return;
    const drop = this.kept.length - MAX_HISTORY;
    this.kept.splice(0, drop);
    this.indices.splice(0, drop);
    this.complete = false;
  }

  events(): readonly TraceEvent[] {
    return this.kept;
  }

  /** Replaces the history with the election events of a whole trace (JSON Lines) of `lines` events. */
  rebuild(jsonl: string, lines: number): boolean {
    this.indices = [];
    this.kept = [];
    let index = 0;
    for (let start = 0; start < jsonl.length && index < lines; index++) {
      let nl = jsonl.indexOf('\n', start);
      if (nl < 0) nl = jsonl.length;
      const line = jsonl.slice(start, nl);
      start = nl + 1;
      // Keys are written in a fixed order and quotes inside strings are escaped, so this
      // finds exactly the role and vote events without parsing every line.
      if (line.includes('"ev":"role"') || line.includes('"ev":"vote"')) {
        const e = JSON.parse(line) as TraceEvent;
        if (e.ev === 'role' || e.ev === 'vote') {
          this.indices.push(index);
          this.kept.push(e);
        }
      }
    }
    this.seen = Math.max(index, lines);
    this.complete = index >= lines;
    this.trim();
    return true;
  }

  /** A reset (load or seek backward): keep what the new run shares with the old one. */
  private rebase(view: HistoryInput): boolean {
    const json = JSON.stringify(view.scenario ?? null);
    const sameRun = json === this.scenarioJson;
    this.scenarioJson = json;
    const before = this.kept.length;
    if (!sameRun) {
      this.indices = [];
      this.kept = [];
      this.complete = true;
      this.seen = 0;
      return before > 0;
    }
    // The same run replayed: events before the new window are still true; the window
    // itself arrives again in this frame.
    let keep = this.indices.length;
    while (keep > 0 && (this.indices[keep - 1] as number) >= view.eventOffset) keep--;
    this.indices.length = keep;
    this.kept.length = keep;
    if (this.seen < view.eventOffset) this.complete = false;
    this.seen = Math.min(this.seen, view.eventOffset);
    return keep !== before;
  }
}
