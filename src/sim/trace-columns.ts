// The `send` events of Raft messages, kept as rows of numbers until someone reads them
// (issue 17): they are over a third of a busy trace, and each would otherwise be two objects
// (the event and its message summary) kept for the whole run, which the garbage collector
// copies and marks again and again. A row says everything the event says; `event(row)`
// builds it with the key order of messages.ts summarizeRaft, so the trace's bytes are the
// same. Messages with a snapshot or a context are not kept here (the recorder keeps their
// events as objects).

import type { Message } from '../raft';
import type { TraceEvent } from './trace-types';

export type SendEvent = Extract<TraceEvent, { ev: 'send' }>;

const T = 0;
const ID = 1;
const FROM = 2;
const TO = 3;
const AT = 4;
const TYPE = 5;
const TERM = 6;
const INDEX = 7;
const LOG_TERM = 8;
const ENTRIES = 9;
const COMMIT = 10;
const HINT = 11;
const REJECT = 12;
const STRIDE = 13;

export class SendColumns {
  private rows = new Float64Array(STRIDE * 1024);
  private count = 0;
  /** Node ids and message types, by number (a row holds their numbers). */
  private readonly names: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** Whether `m`'s send event can be kept as a row. */
  static fits(m: Message): boolean {
    return m.snapshot === undefined && m.context === undefined;
  }

  /** Keeps the send event of `m` (which fits) and returns its row. */
  add(t: number, id: number, from: string, to: string, at: number, m: Message): number {
    if ((this.count + 1) * STRIDE > this.rows.length) {
      const grown = new Float64Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    const row = this.count++;
    const r = this.rows;
    const o = row * STRIDE;
    r[o + T] = t;
    r[o + ID] = id;
    r[o + FROM] = this.number(from);
    r[o + TO] = this.number(to);
    r[o + AT] = at;
    r[o + TYPE] = this.number(m.type);
    r[o + TERM] = m.term;
    r[o + INDEX] = m.index ?? NaN;
    r[o + LOG_TERM] = m.logTerm ?? NaN;
    r[o + ENTRIES] = m.entries === undefined ? NaN : m.entries.length;
    r[o + COMMIT] = m.commit ?? NaN;
    r[o + HINT] = m.rejectHint ?? NaN;
    r[o + REJECT] = m.reject ? 1 : 0;
    return row;
  }

  id(row: number): number {
    return this.rows[row * STRIDE + ID] as number;
  }
  at(row: number): number {
    return this.rows[row * STRIDE + AT] as number;
  }
  from(row: number): string {
    return this.names[this.rows[row * STRIDE + FROM] as number] as string;
  }
  to(row: number): string {
    return this.names[this.rows[row * STRIDE + TO] as number] as string;
  }

  /** The event a row stands for, as messages.ts would have summarized it. */
  event(row: number): SendEvent {
    const r = this.rows;
    const o = row * STRIDE;
    const msg: SendEvent['msg'] = { type: this.names[r[o + TYPE] as number] as string, term: r[o + TERM] as number };
    const index = r[o + INDEX] as number;
    const logTerm = r[o + LOG_TERM] as number;
    const entries = r[o + ENTRIES] as number;
    const commit = r[o + COMMIT] as number;
    const hint = r[o + HINT] as number;
    if (!Number.isNaN(index)) msg.index = index;
    if (!Number.isNaN(logTerm)) msg.logTerm = logTerm;
    if (!Number.isNaN(entries)) msg.entries = entries;
    if (!Number.isNaN(commit)) msg.commit = commit;
    if (r[o + REJECT] === 1) msg.reject = true;
    if (!Number.isNaN(hint)) msg.hint = hint;
    return { t: r[o + T] as number, ev: 'send', id: r[o + ID] as number, from: this.from(row), to: this.to(row), at: r[o + AT] as number, msg };
  }

  private number(name: string): number {
    let n = this.numbers.get(name);
    if (n === undefined) {
      n = this.names.length;
      this.names.push(name);
      this.numbers.set(name, n);
    }
    return n;
  }
}
