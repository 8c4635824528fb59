// The clients' histories, folded from the trace's client events as they arrive: a frame
// adds a handful of events, so only those are read, and only the clients and requests they
// touch get new objects (unchanged requests keep theirs, so their rows are not redrawn).
// Each client keeps its newest `limit` requests (what the view can show) and a count of all.
// Pure: a fold is never changed, advancing returns a new one.

import type { TraceEvent } from '../../../sim/trace-types';
import type { ClientHistory, ConnNote, OpRecord, OpReturn, WatchNote } from './op-history';

interface ClientFold {
  /** The newest `limit` requests, oldest first (ids grow in the order a client invokes). */
  records: OpRecord[];
  total: number;
  crashed: boolean;
  /** The newest connection breaks, oldest first. */
  conns: ConnNote[];
  history: ClientHistory;
}

export interface HistoryFold {
  limit: number;
  /** The events array folded last: the next one extends it (the page appends and drops the oldest). */
  source: readonly TraceEvent[];
  clients: Map<string, ClientFold>;
  /** A watch (client#watchId) to the request that created it, for its deliveries. */
  watches: Map<string, { client: string; id: number }>;
  /** Every client, ordered by name. */
  histories: ClientHistory[];
}

/** Watch deliveries kept per watch: the view shows the latest few. */
export const WATCH_DELIVERIES_KEPT = 5;
/** Connection breaks kept per client, and resumes / cancels per watch. */
export const CONN_NOTES_KEPT = 3;

export function emptyFold(limit: number): HistoryFold {
  return { limit, source: [], clients: new Map(), watches: new Map(), histories: [] };
}

/**
 * The fold of `events`. When they continue what `fold` read last (the same event objects,
 * perhaps with the oldest dropped and new ones after), only the new events are read;
 * anything else (a reset, a seek) is folded from the start.
 */
export function advanceFold(fold: HistoryFold, events: readonly TraceEvent[]): HistoryFold {
  if (events === fold.source) return fold;
  const from = continuation(fold.source, events);
  if (from === undefined) return foldEvents(emptyFold(fold.limit), events, 0);
  return foldEvents(fold, events, from);
}

/** Where the events new since `source` start in `events`, or undefined if they do not continue it. */
function continuation(source: readonly TraceEvent[], events: readonly TraceEvent[]): number | undefined {
  const last = source[source.length - 1];
  if (last === undefined) return undefined;
  for (let i = Math.min(source.length, events.length) - 1; i >= 0; i--) if (events[i] === last) return i + 1;
  return undefined;
}

function foldEvents(fold: HistoryFold, events: readonly TraceEvent[], from: number): HistoryFold {
  const clients = new Map(fold.clients);
  const watches = new Map(fold.watches);
  const touched = new Set<string>();
  const client = (name: string): ClientFold => {
    let c = clients.get(name);
    if (!c || !touched.has(name)) {
      // Copied once per fold, so the previous fold stays as it was.
      c = c ? { ...c, records: c.records.slice(), conns: c.conns.slice() } : { records: [], total: 0, crashed: false, conns: [], history: { client: name, ops: [], total: 0, crashed: false } };
      clients.set(name, c);
      touched.add(name);
    }
    return c;
  };
  for (let i = from; i < events.length; i++) {
    const e = events[i] as TraceEvent;
    if (e.ev === 'invoke') {
      addRecord(client(e.client), { client: e.client, id: e.id, op: e.op, invokedAt: e.t, watchEvents: [] }, fold.limit);
    } else if (e.ev === 'return') {
      // After a reset the page keeps only the newest events: a return may have lost its invoke.
      if (!clients.get(e.client)?.records.some((r) => r.id === e.id)) continue;
      updateRecord(client(e.client), e.id, (r) => ({ ...r, returned: returnOf(e) }));
      if (e.ok && e.result?.watchId !== undefined) watches.set(`${e.client}#${e.result.watchId}`, { client: e.client, id: e.id });
    } else if (e.ev === 'watch') {
      const w = watches.get(`${e.client}#${e.watchId}`);
      if (!w || !clients.get(w.client)?.records.some((r) => r.id === w.id)) continue;
      updateRecord(client(w.client), w.id, (r) => ({ ...r, watchEvents: r.watchEvents.concat({ t: e.t, events: e.events }).slice(-WATCH_DELIVERIES_KEPT) }));
    } else if (e.ev === 'client-crash') {
      client(e.client).crashed = true;
    } else if (e.ev === 'conn' || e.ev === 'watch-resume' || e.ev === 'watch-cancel') {
      foldStreamEvent(e, client, watches);
    }
  }
  for (const name of touched) {
    const c = clients.get(name) as ClientFold;
    c.history = { client: name, ops: c.records.slice().reverse(), total: c.total, crashed: c.crashed, ...(c.conns.length > 0 ? { conns: c.conns.slice() } : {}) };
  }
  const histories = touched.size === 0 ? fold.histories : [...clients.values()].map((c) => c.history).sort((a, b) => compareClients(a.client, b.client));
  return { limit: fold.limit, source: events, clients, watches, histories };
}

type StreamEvent = Extract<TraceEvent, { ev: 'conn' | 'watch-resume' | 'watch-cancel' }>;

/**
 * A connection broke (noted on its client), or the client opened one again or resumed a
 * watch (the latest break learns where the client reconnected), or a watch resumed or was
 * canceled (noted on the request that created it).
 */
function foldStreamEvent(e: StreamEvent, client: (name: string) => ClientFold, watches: ReadonlyMap<string, { client: string; id: number }>): void {
  const c = client(e.client);
  if (e.ev === 'conn' && e.state === 'broken') {
    c.conns = c.conns.concat({ t: e.t, node: e.node, reason: e.reason ?? 'crashed' }).slice(-CONN_NOTES_KEPT);
    return;
  }
  const last = c.conns[c.conns.length - 1];
  if (last && last.to === undefined && e.ev !== 'watch-cancel') c.conns[c.conns.length - 1] = { ...last, to: e.node };
  if (e.ev === 'conn') return;
  const w = watches.get(`${e.client}#${e.watchId}`);
  if (!w) return;
  const note: WatchNote = e.ev === 'watch-resume' ? { t: e.t, kind: 'resumed', node: e.node, revision: e.revision } : { t: e.t, kind: 'canceled', revision: e.revision, ...(e.compactRevision !== undefined ? { compactRevision: e.compactRevision } : {}) };
  updateRecord(client(w.client), w.id, (r) => ({ ...r, watchNotes: (r.watchNotes ?? []).concat(note).slice(-CONN_NOTES_KEPT) }));
}

function addRecord(c: ClientFold, record: OpRecord, limit: number): void {
  const at = c.records.findIndex((r) => r.id >= record.id);
  if (at >= 0 && (c.records[at] as OpRecord).id === record.id) {
    c.records[at] = record; // the same request invoked again: the newer invoke wins
    return;
  }
  c.total++;
  if (at < 0) c.records.push(record);
  else c.records.splice(at, 0, record);
  if (c.records.length > limit) c.records.splice(0, c.records.length - limit);
}

function updateRecord(c: ClientFold, id: number, change: (r: OpRecord) => OpRecord): void {
  const at = c.records.findIndex((r) => r.id === id);
  if (at >= 0) c.records[at] = change(c.records[at] as OpRecord);
}

function returnOf(e: Extract<TraceEvent, { ev: 'return' }>): OpReturn {
  const r: OpReturn = { t: e.t, ok: e.ok };
  if (e.result !== undefined) r.result = e.result;
  if (e.error !== undefined) r.error = e.error;
  return r;
}

/** c2 before c10: names compare by their text, then by their number. */
export function compareClients(a: string, b: string): number {
  return CLIENT_ORDER.compare(a, b);
}

/** One collator for every comparison (localeCompare with options builds one per call). */
const CLIENT_ORDER = new Intl.Collator('en', { numeric: true });
