// Records the trace (TRACE.md). Every event is built here with a fixed key order, so the
// JSON Lines output is byte-identical for the same run. With recording off it only counts.

import type { AppliedCall, ServerObserver } from '../cluster/observer';
import type { MemberChange, Role, TraceEvent } from './trace-types';
import { ReplayCheck } from './replay-check';

type Listener = (event: TraceEvent, index: number) => void;

export class Recorder implements ServerObserver {
  /**
   * Every event known, possibly beyond the current position after a seek back (time
   * travel): the run is deterministic, so replaying regenerates exactly these events and
   * they need not be stored again (each regenerated one is compared with its recorded one). Events [0, count) are the trace so far.
   */
  private known: TraceEvent[] = [];
  count = 0;
  now = 0;
  private listeners: Listener[] = [];
  /** Compares each event a replay regenerates with the one known (replay-check.ts). */
  replay = new ReplayCheck();

  constructor(readonly enabled: boolean) {}

  /** Called for every event as it is recorded (the page's live checker, frame builders). */
  listen(fn: Listener): void {
    this.listeners.push(fn);
  }

  /** The trace so far (a copy only when a seek back left later events known). */
  get events(): readonly TraceEvent[] {
    return this.count < this.known.length ? this.known.slice(0, this.count) : this.known;
  }

  /** Events [from, count). */
  since(from: number): TraceEvent[] {
    return this.known.slice(from, this.count);
  }

  /** Events [from, to), within the trace so far. */
  between(from: number, to: number): TraceEvent[] {
    return this.known.slice(from, Math.min(to, this.count));
  }

  /** Moves to a checkpoint taken after `count` events (backward, or forward over known events). */
  rewind(count: number): void {
    if (this.enabled && count > this.known.length) throw new Error(`recorder: no events known up to ${count}`);
    this.count = count;
  }

  /** The scenario changed: events after the current position are no longer what will happen. */
  forgetFuture(): void {
    if (this.known.length > this.count) this.known.length = this.count;
  }

  /** Whether events are kept or listened to; when not, they are only counted. */
  get active(): boolean {
    return this.enabled || this.listeners.length > 0;
  }

  /** Records an event built lazily, so that nothing is allocated when recording is off. */
  record(build: () => TraceEvent): void {
    if (this.active) this.push(build());
    else this.count++;
  }

  /** Records a built event (hot paths check `active` first and build nothing when it is off). */
  push(e: TraceEvent): void {
    const index = this.count++;
    if (this.enabled) this.keep(index, e);
    for (const l of this.listeners) l(e, index);
  }

  /**
   * A new event is stored; one a replay regenerates is compared with the one known. When it
   * differs (and the check only marks it), the regenerated run is the run from here on.
   */
  private keep(index: number, e: TraceEvent): void {
    if (index === this.known.length) this.known.push(e);
    else if (!this.replay.compare(index, this.known[index] as TraceEvent, e)) {
      this.known.length = index;
      this.known.push(e);
    }
  }

  toJsonl(upTo = Infinity): string {
    let out = '';
    for (let i = 0; i < this.count; i++) {
      const e = this.known[i] as TraceEvent;
      if (e.t > upTo) break;
      out += JSON.stringify(e) + '\n';
    }
    return out;
  }

  // ServerObserver: what servers report as they persist, commit and apply.
  role(node: string, role: Role, term: number): void {
    if (this.active) this.push({ t: this.now, ev: 'role', node, role, term });
    else this.count++;
  }
  vote(node: string, term: number, votedFor: string): void {
    if (this.active) this.push({ t: this.now, ev: 'vote', node, term, for: votedFor });
    else this.count++;
  }
  append(node: string, index: number, term: number, entry: string): void {
    if (this.active) this.push({ t: this.now, ev: 'append', node, index, term, entry });
    else this.count++;
  }
  truncate(node: string, from: number): void {
    if (this.active) this.push({ t: this.now, ev: 'truncate', node, from });
    else this.count++;
  }
  snapshot(node: string, index: number, term: number): void {
    if (this.active) this.push({ t: this.now, ev: 'snapshot', node, index, term });
    else this.count++;
  }
  commit(node: string, index: number): void {
    if (this.active) this.push({ t: this.now, ev: 'commit', node, index });
    else this.count++;
  }
  apply(node: string, index: number, term: number, entry: string, revision: number, call?: AppliedCall): void {
    if (!this.active) this.count++;
    else if (!call) this.push({ t: this.now, ev: 'apply', node, index, term, entry, revision });
    else this.push({ t: this.now, ev: 'apply', node, index, term, entry, revision, client: call.client, call: call.call, ...(call.duplicate ? { duplicate: true as const } : {}) });
  }
  member(node: string, change: MemberChange): void {
    if (this.active) this.push({ t: this.now, ev: 'member', node, change });
    else this.count++;
  }
}
