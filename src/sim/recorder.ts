// Records the trace (TRACE.md). Every event is built here with a fixed key order, so the
// JSON Lines output is byte-identical for the same run. With recording off it only counts.
// The most frequent events (nine tenths of a busy trace) are kept compactly until someone
// reads them (issue 17: no object per event kept when nobody listens; the garbage
// collector's work grows with what is kept): a Raft message's `send`, `append`, `commit`
// and `apply` as rows of numbers (trace-columns.ts), a `recv` as the index of its
// message's `send` event, which says everything it does.

import type { AppliedCall, ServerObserver } from '../cluster/observer';
import type { MemberChange, Role, TraceEvent } from './trace-types';
import { ReplayCheck } from './replay-check';
import { summarize, type Payload } from './messages';
import { TraceColumns, type SendEvent } from './trace-columns';

type Listener = (event: TraceEvent, index: number) => void;

/**
 * An event as kept: the event; for a `recv`, the index (>= 0) of its message's `send` event;
 * for an event kept as a row (trace-columns.ts), -1 - its row.
 */
type Kept = TraceEvent | number;

export class Recorder implements ServerObserver {
  /**
   * Every event known, possibly beyond the current position after a seek back (time
   * travel): the run is deterministic, so replaying regenerates exactly these events and
   * they need not be stored again (each regenerated one is compared with its recorded one). Events [0, count) are the trace so far.
   */
  private known: Kept[] = [];
  /** Where the first event kept compactly may be (everything before it is an object). */
  private compactFrom = Infinity;
  /** The index in `known` of each message's `send` event, by message id. */
  private sendIndex: number[] = [];
  /** The events kept as rows (trace-columns.ts). */
  private readonly columns = new TraceColumns();
  count = 0;
  now = 0;
  private listeners: Listener[] = [];
  /** Events are kept as objects, never as rows (keepObjects, or someone listens). */
  private asObjects = false;
  /** Compares each event a replay regenerates with the one known (replay-check.ts). */
  replay = new ReplayCheck();

  constructor(readonly enabled: boolean) {}

  /** Called for every event as it is recorded (the page's live checker, frame builders). */
  listen(fn: Listener): void {
    this.listeners.push(fn);
    this.asObjects = true;
  }

  /**
   * Keeps every event as an object as it is recorded, for a reader of the whole trace (the
   * fuzzer's checkers): cheaper than rows that are all turned into objects at the end. A
   * listener has its events as objects anyway.
   */
  keepObjects(): void {
    this.asObjects = true;
  }


  /** The trace so far (a copy only when a seek back left later events known). */
  get events(): readonly TraceEvent[] {
    this.expand(0, this.known.length);
    const all = this.known as TraceEvent[];
    return this.count < all.length ? all.slice(0, this.count) : all;
  }

  /** Events [from, count). */
  since(from: number): TraceEvent[] {
    this.expand(from, this.count);
    return (this.known as TraceEvent[]).slice(from, this.count);
  }

  /** Events [from, to), within the trace so far. */
  between(from: number, to: number): TraceEvent[] {
    const end = Math.min(to, this.count);
    this.expand(from, end);
    return (this.known as TraceEvent[]).slice(from, end);
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

  /** A message left its sender; the event of a Raft message is kept as a row (trace-columns.ts) when nobody listens. */
  send(t: number, id: number, from: string, to: string, at: number, payload: Payload): void {
    if (!this.active) {
      this.count++;
      return;
    }
    if (this.enabled) this.sendIndex[id] = this.count;
    if (this.compacts() && payload.kind === 'raft' && TraceColumns.fits(payload.msg)) this.keepRow(this.columns.send(t, id, from, to, at, payload.msg));
    else this.push({ t, ev: 'send', id, from, to, at, msg: summarize(payload) });
  }

  /** Whether the next event may be kept as a row: it is kept, nobody listens, and it is new (a replay compares objects). */
  private compacts(): boolean {
    return this.enabled && !this.asObjects && this.count === this.known.length;
  }

  /** Keeps the next event as `row` of the columns. */
  private keepRow(row: number): void {
    const index = this.count++;
    if (index < this.compactFrom) this.compactFrom = index;
    this.known.push(-1 - row);
  }

  /**
   * A message arrived at `t`: kept as the index of its `send` event when nobody listens and
   * that event says the same (arrival time and ends), else as an event.
   */
  recv(t: number, id: number, from: string, to: string): void {
    if (!this.active) {
      this.count++;
      return;
    }
    const at = this.sendIndex[id];
    if (this.asObjects || at === undefined || !this.sentAs(at, t, id, from, to)) {
      this.push({ t, ev: 'recv', id, from, to });
      return;
    }
    const index = this.count++;
    if (index < this.compactFrom) this.compactFrom = index;
    this.keep(index, at);
  }

  /** Whether the event kept at `index` is the send of message `id` from `from` to `to`, arriving at `t`. */
  private sentAs(index: number, t: number, id: number, from: string, to: string): boolean {
    const k = this.known[index];
    if (typeof k === 'object') return k.ev === 'send' && k.id === id && k.at === t && k.from === from && k.to === to;
    return k !== undefined && k < 0 && this.columns.isSend(-1 - k, id, from, to, t);
  }

  /**
   * A new event is stored; one a replay regenerates is compared with the one known. When it
   * differs (and the check only marks it), the regenerated run is the run from here on.
   */
  private keep(index: number, e: Kept): void {
    if (index === this.known.length) this.known.push(e);
    else {
      const old = this.known[index] as Kept;
      if (old === e || this.replay.compare(index, this.eventAt(old), this.eventAt(e))) return;
      this.known.length = index;
      this.known.push(e);
    }
  }

  /** The event a kept item stands for (a compact `recv` is built from its `send`). */
  private eventAt(k: Kept): TraceEvent {
    if (typeof k !== 'number') return k;
    if (k < 0) return this.columns.event(-1 - k);
    const sent = this.known[k] as Kept;
    if (typeof sent === 'number') return this.columns.recvOf(-1 - sent);
    const s = sent as SendEvent;
    return { t: s.at, ev: 'recv', id: s.id, from: s.from, to: s.to };
  }

  /** Turns the compact events in [from, to) into objects (someone reads them). */
  private expand(from: number, to: number): void {
    const start = Math.max(from, this.compactFrom);
    if (start >= to) return;
    const known = this.known;
    for (let i = start; i < to; i++) {
      const k = known[i] as Kept;
      if (typeof k === 'number') known[i] = this.eventAt(k);
    }
    if (start === this.compactFrom) this.compactFrom = to >= known.length ? Infinity : to;
  }

  toJsonl(upTo = Infinity): string {
    let out = '';
    for (let i = 0; i < this.count; i++) {
      const e = this.eventAt(this.known[i] as Kept);
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
    if (this.compacts()) this.keepRow(this.columns.append(this.now, node, index, term, entry));
    else if (this.active) this.push({ t: this.now, ev: 'append', node, index, term, entry });
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
    if (this.compacts()) this.keepRow(this.columns.commit(this.now, node, index));
    else if (this.active) this.push({ t: this.now, ev: 'commit', node, index });
    else this.count++;
  }
  apply(node: string, index: number, term: number, entry: string, revision: number, call?: AppliedCall): void {
    if (this.compacts()) this.keepRow(this.columns.apply(this.now, node, index, term, entry, revision, call));
    else if (!this.active) this.count++;
    else if (!call) this.push({ t: this.now, ev: 'apply', node, index, term, entry, revision });
    else this.push({ t: this.now, ev: 'apply', node, index, term, entry, revision, client: call.client, call: call.call, ...(call.duplicate ? { duplicate: true as const } : {}) });
  }
  member(node: string, change: MemberChange): void {
    if (this.active) this.push({ t: this.now, ev: 'member', node, change });
    else this.count++;
  }
}
