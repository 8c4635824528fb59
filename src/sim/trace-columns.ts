// The trace's most frequent events kept as rows of numbers until someone reads them
// (issue 17): the `send` of a Raft message (over a third of a busy trace; otherwise two
// objects, the event and its message summary), `append`, `commit` and `apply`. Each would
// otherwise be kept as objects for the whole run, which the garbage collector copies and
// marks again and again. A row says everything its event says; `event(row)` builds it with
// the recorder's key order (for a send, that of messages.ts summarizeRaft), so the trace's
// bytes are the same. Messages with a snapshot or a context are not kept here (the recorder
// keeps their events as objects).

import type { Message } from '../raft';
import type { AppliedCall } from '../cluster/observer';
import type { TraceEvent } from './trace-types';

export type SendEvent = Extract<TraceEvent, { ev: 'send' }>;

const KIND = 0;
const T = 1;
const STRIDE = 14;
// A send: 2 id, 3 from, 4 to, 5 at, 6 type, 7 term, 8 index, 9 logTerm, 10 entries, 11 commit, 12 hint, 13 reject.
const ID = 2;
const FROM = 3;
const TO = 4;
const AT = 5;
// An append, commit or apply: 2 node, 3 index, 4 term, then for an apply 5 revision, 6 client, 7 call, 8 duplicate.
const NODE = 2;
const INDEX = 3;
const TERM = 4;
const REVISION = 5;
const CLIENT = 6;
const CALL = 7;
const DUPLICATE = 8;

const SEND = 0;
const APPEND = 1;
const COMMIT = 2;
const APPLY = 3;

export class TraceColumns {
  private rows = new Float64Array(STRIDE * 1024);
  private count = 0;
  /** Each row's entry name (appends and applies). */
  private readonly texts: (string | undefined)[] = [];
  /** Node ids, client ids and message types, by number (a row holds their numbers). */
  private readonly names: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** Whether the send event of `m` can be kept as a row. */
  static fits(m: Message): boolean {
    return m.snapshot === undefined && m.context === undefined;
  }

  /** Keeps the send event of `m` (which fits) and returns its row. */
  send(t: number, id: number, from: string, to: string, at: number, m: Message): number {
    const o = this.row(SEND, t, undefined);
    const r = this.rows;
    r[o + ID] = id;
    r[o + FROM] = this.number(from);
    r[o + TO] = this.number(to);
    r[o + AT] = at;
    r[o + 6] = this.number(m.type);
    r[o + 7] = m.term;
    r[o + 8] = m.index ?? NaN;
    r[o + 9] = m.logTerm ?? NaN;
    r[o + 10] = m.entries === undefined ? NaN : m.entries.length;
    r[o + 11] = m.commit ?? NaN;
    r[o + 12] = m.rejectHint ?? NaN;
    r[o + 13] = m.reject ? 1 : 0;
    return o / STRIDE;
  }

  append(t: number, node: string, index: number, term: number, entry: string): number {
    const o = this.row(APPEND, t, entry);
    this.entryFields(o, node, index, term);
    return o / STRIDE;
  }

  commit(t: number, node: string, index: number): number {
    const o = this.row(COMMIT, t, undefined);
    this.entryFields(o, node, index, NaN);
    return o / STRIDE;
  }

  apply(t: number, node: string, index: number, term: number, entry: string, revision: number, call: AppliedCall | undefined): number {
    const o = this.row(APPLY, t, entry);
    this.entryFields(o, node, index, term);
    const r = this.rows;
    r[o + REVISION] = revision;
    r[o + CLIENT] = call ? this.number(call.client) : NaN;
    r[o + CALL] = call ? call.call : NaN;
    r[o + DUPLICATE] = call?.duplicate ? 1 : 0;
    return o / STRIDE;
  }

  /** Whether `row` is the send of message `id` from `from` to `to`, arriving at `at`. */
  isSend(row: number, id: number, from: string, to: string, at: number): boolean {
    const r = this.rows;
    const o = row * STRIDE;
    return r[o + KIND] === SEND && r[o + ID] === id && r[o + AT] === at && this.name(o + FROM) === from && this.name(o + TO) === to;
  }

  /** The `recv` of the message whose send is `row`. */
  recvOf(row: number): TraceEvent {
    const o = row * STRIDE;
    const r = this.rows;
    return { t: r[o + AT] as number, ev: 'recv', id: r[o + ID] as number, from: this.name(o + FROM), to: this.name(o + TO) };
  }

  /** The event a row stands for, built as the recorder builds it (for a send, as messages.ts summarizes it). */
  event(row: number): TraceEvent {
    const r = this.rows;
    const o = row * STRIDE;
    const t = r[o + T] as number;
    const kind = r[o + KIND];
    if (kind === SEND) return this.sendEvent(o);
    const node = this.name(o + NODE);
    const index = r[o + INDEX] as number;
    if (kind === COMMIT) return { t, ev: 'commit', node, index };
    const term = r[o + TERM] as number;
    const entry = this.texts[row] as string;
    if (kind === APPEND) return { t, ev: 'append', node, index, term, entry };
    const revision = r[o + REVISION] as number;
    if (Number.isNaN(r[o + CLIENT])) return { t, ev: 'apply', node, index, term, entry, revision };
    const client = this.name(o + CLIENT);
    const call = r[o + CALL] as number;
    if (r[o + DUPLICATE] === 1) return { t, ev: 'apply', node, index, term, entry, revision, client, call, duplicate: true };
    return { t, ev: 'apply', node, index, term, entry, revision, client, call };
  }

  private sendEvent(o: number): SendEvent {
    const r = this.rows;
    const msg: SendEvent['msg'] = { type: this.name(o + 6), term: r[o + 7] as number };
    const index = r[o + 8] as number;
    const logTerm = r[o + 9] as number;
    const entries = r[o + 10] as number;
    const commit = r[o + 11] as number;
    const hint = r[o + 12] as number;
    if (!Number.isNaN(index)) msg.index = index;
    if (!Number.isNaN(logTerm)) msg.logTerm = logTerm;
    if (!Number.isNaN(entries)) msg.entries = entries;
    if (!Number.isNaN(commit)) msg.commit = commit;
    if (r[o + 13] === 1) msg.reject = true;
    if (!Number.isNaN(hint)) msg.hint = hint;
    return { t: r[o + T] as number, ev: 'send', id: r[o + ID] as number, from: this.name(o + FROM), to: this.name(o + TO), at: r[o + AT] as number, msg };
  }

  /** A new row of `kind` at `t`; returns its offset. */
  private row(kind: number, t: number, text: string | undefined): number {
    if ((this.count + 1) * STRIDE > this.rows.length) {
      const grown = new Float64Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    const row = this.count++;
    this.texts[row] = text;
    const o = row * STRIDE;
    this.rows[o + KIND] = kind;
    this.rows[o + T] = t;
    return o;
  }

  private entryFields(o: number, node: string, index: number, term: number): void {
    const r = this.rows;
    r[o + NODE] = this.number(node);
    r[o + INDEX] = index;
    r[o + TERM] = term;
  }

  private name(at: number): string {
    return this.names[this.rows[at] as number] as string;
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
