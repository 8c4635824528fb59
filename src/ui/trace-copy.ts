// The page's exact copy of the trace (PAGE.md trace()), one JSON line per event. A frame
// brings the lines the page lacks as text only where its events do not already carry them
// (after a seek back or a reset); otherwise its events are the next lines, turned into text
// only when someone reads the copy. The worker used to send every event twice, as objects
// and as text, which cost the worker an eighth of its time at 100x (issue 17). The text of
// an event is JSON.stringify of its object, whose key order a structured clone keeps, so
// the bytes are the worker's.

import type { Frame } from '../protocol';
import type { TraceEvent } from '../sim/trace-types';

export class TraceCopy {
  private written: string[] = [];
  /** The events after `written`, not yet turned into text. */
  private pending: TraceEvent[] = [];

  get length(): number {
    return this.written.length + this.pending.length;
  }

  /** Brings the copy up to a frame: keep a prefix, then the frame's text, then its events past that text. */
  take(frame: Frame): void {
    const { keep, append } = frame.trace;
    this.truncate(keep);
    if (append.length > 0) {
      this.write();
      let start = 0;
      for (let nl = append.indexOf('\n'); nl >= 0; nl = append.indexOf('\n', start)) {
        this.written.push(append.slice(start, nl + 1));
        start = nl + 1;
      }
    }
    for (let i = this.length - frame.eventOffset; i < frame.events.length; i++) this.pending.push(frame.events[i] as TraceEvent);
  }

  /** Every line so far. */
  lines(): readonly string[] {
    this.write();
    return this.written;
  }

  text(): string {
    return this.lines().join('');
  }

  private truncate(keep: number): void {
    if (keep >= this.length) return;
    if (keep <= this.written.length) {
      this.written.length = keep;
      this.pending = [];
    } else this.pending.length = keep - this.written.length;
  }

  private write(): void {
    for (const e of this.pending) this.written.push(JSON.stringify(e) + '\n');
    this.pending = [];
  }
}
