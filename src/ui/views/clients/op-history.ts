// Each client's recent operations, from the trace's invoke and return events (TRACE.md):
// an invoke and a return belong together when they have the same client and id. Watch
// deliveries join the watch (or observe) that created them through their watchId. Pure.

import type { ClientOp, Step } from '../../../sim/scenario-types';
import type { OpResult, TraceEvent, WatchEvent } from '../../../sim/trace-types';

export interface OpReturn {
  t: number;
  ok: boolean;
  result?: OpResult;
  error?: string;
}

export interface OpRecord {
  client: string;
  id: number;
  op: ClientOp;
  invokedAt: number;
  returned?: OpReturn;
  /** The newest watch deliveries of a watch / observe, oldest first. */
  watchEvents: { t: number; events: WatchEvent[] }[];
}

export interface ClientHistory {
  client: string;
  /** Newest first. */
  ops: OpRecord[];
  /** Operations of this client seen in the events (more than `ops` may hold). */
  total: number;
  crashed: boolean;
}

export type OpState = 'pending' | 'ok' | 'error' | 'unknown';

/** Watch deliveries kept per watch: the view shows the latest few. */
export const WATCH_DELIVERIES_KEPT = 5;

/** TRACE.md: "timeout" or "unavailable" means the outcome is unknown. */
export function opState(record: OpRecord): OpState {
  const r = record.returned;
  if (!r) return 'pending';
  if (r.ok) return 'ok';
  return r.error === 'timeout' || r.error === 'unavailable' ? 'unknown' : 'error';
}

/** Groups invokes with their returns, per client, keeping the newest `limit` of each. */
export function clientHistories(events: readonly TraceEvent[], limit = 12): ClientHistory[] {
  const byClient = new Map<string, { records: Map<number, OpRecord>; crashed: boolean }>();
  const watches = new Map<string, OpRecord>();
  const entry = (client: string) => {
    let c = byClient.get(client);
    if (!c) byClient.set(client, (c = { records: new Map(), crashed: false }));
    return c;
  };
  for (const e of events) {
    if (e.ev === 'invoke') {
      entry(e.client).records.set(e.id, { client: e.client, id: e.id, op: e.op, invokedAt: e.t, watchEvents: [] });
    } else if (e.ev === 'return') {
      // After a reset the page keeps only the newest events: a return may have lost its invoke.
      const record = byClient.get(e.client)?.records.get(e.id);
      if (!record) continue;
      record.returned = returnOf(e);
      if (e.ok && e.result?.watchId !== undefined) watches.set(`${e.client}#${e.result.watchId}`, record);
    } else if (e.ev === 'watch') {
      const record = watches.get(`${e.client}#${e.watchId}`);
      if (!record) continue;
      record.watchEvents.push({ t: e.t, events: e.events });
      if (record.watchEvents.length > WATCH_DELIVERIES_KEPT) record.watchEvents.shift();
    } else if (e.ev === 'client-crash') {
      entry(e.client).crashed = true;
    }
  }
  return [...byClient.entries()]
    .map(([client, c]) => {
      const all = [...c.records.values()].sort((a, b) => b.id - a.id);
      return { client, ops: all.slice(0, limit), total: all.length, crashed: c.crashed };
    })
    .sort((a, b) => compareClients(a.client, b.client));
}

function returnOf(e: Extract<TraceEvent, { ev: 'return' }>): OpReturn {
  const r: OpReturn = { t: e.t, ok: e.ok };
  if (e.result !== undefined) r.result = e.result;
  if (e.error !== undefined) r.error = e.error;
  return r;
}

/** c2 before c10: names compare by their text, then by their number. */
export function compareClients(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * The node a client step asked for, for the record with this id. A client numbers its
 * operations 1, 2, ... in the order its steps ran (steps of one time run in scenario order),
 * and a crashed client issues nothing more, so the id-th step of the client is the op's step.
 */
export function requestedNode(steps: readonly Step[] | undefined, client: string, id: number): string | undefined {
  const mine = (steps ?? []).map((s, i) => ({ s, i })).filter(({ s }) => s.do === 'client' && s.client === client);
  mine.sort((a, b) => a.s.at - b.s.at || a.i - b.i);
  const step = mine[id - 1]?.s;
  return step && step.do === 'client' ? step.node : undefined;
}

/**
 * The id the client gives (or will give) the operation of its step at time `at`: the step's
 * place among the client's steps, in the order they run (the inverse of requestedNode).
 */
export function opIdOfStep(steps: readonly Step[] | undefined, client: string, at: number): number | undefined {
  const mine = (steps ?? []).map((s, i) => ({ s, i })).filter(({ s }) => s.do === 'client' && s.client === client);
  mine.sort((a, b) => a.s.at - b.s.at || a.i - b.i);
  let id: number | undefined;
  mine.forEach(({ s }, i) => {
    if (s.at === at) id = i + 1;
  });
  return id;
}

/** What the form sent last: the step the worker recorded for it comes after `after`. */
export interface SentOp {
  client: string;
  op: ClientOp;
  after: number;
}

/**
 * The record of the request the form sent last, once the trace has its invoke. The worker
 * stamps the step itself (just after its current time), so the step is found by its content.
 */
export function sentRecord(steps: readonly Step[] | undefined, histories: readonly ClientHistory[], sent: SentOp): OpRecord | undefined {
  const text = JSON.stringify(sent.op);
  const step = (steps ?? []).find((s) => s.do === 'client' && s.client === sent.client && s.at > sent.after && JSON.stringify(s.op) === text);
  if (!step) return undefined;
  const id = opIdOfStep(steps, sent.client, step.at);
  return histories.find((h) => h.client === sent.client)?.ops.find((r) => r.id === id);
}

/** Clients worth offering in the form: c1 to c3, and any other the scenario or trace knows. */
export function knownClients(steps: readonly Step[] | undefined, histories: readonly ClientHistory[]): string[] {
  const names = new Set(['c1', 'c2', 'c3']);
  for (const s of steps ?? []) if (s.do === 'client' || s.do === 'client-crash') names.add(s.client);
  for (const h of histories) names.add(h.client);
  return [...names].sort(compareClients);
}
