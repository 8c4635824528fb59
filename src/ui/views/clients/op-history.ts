// Each client's recent operations, from the trace's invoke and return events (TRACE.md):
// an invoke and a return belong together when they have the same client and id. Watch
// deliveries join the watch (or observe) that created them through their watchId. Pure.

import type { ClientOp, Step } from '../../../sim/scenario-types';
import type { ConnReason, OpResult, TraceEvent, WatchEvent } from '../../../sim/trace-types';
import { advanceFold, compareClients, emptyFold } from './history-fold';

export { compareClients } from './history-fold';

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
  /** What happened to a watch's stream: resumed on another node, or canceled (newest last). */
  watchNotes?: WatchNote[];
}

/** A watch resumed from a revision on a node after its connection broke, or canceled (compacted: at which revision). */
export type WatchNote = { t: number; kind: 'resumed'; node: string; revision: number } | { t: number; kind: 'canceled'; revision: number; compactRevision?: number };

/** A client's connection to a node broke; `to`: where the client reconnected next, once seen. */
export interface ConnNote {
  t: number;
  node: string;
  reason: ConnReason;
  to?: string;
}

export interface ClientHistory {
  client: string;
  /** Newest first. */
  ops: OpRecord[];
  /** Operations of this client seen in the events (more than `ops` may hold). */
  total: number;
  crashed: boolean;
  /** Its newest connection breaks, oldest first (history-fold.ts keeps a few). */
  conns?: ConnNote[];
}

export type OpState = 'pending' | 'ok' | 'error' | 'unknown';

/** TRACE.md: "timeout" or "unavailable" means the outcome is unknown. */
export function opState(record: OpRecord): OpState {
  const r = record.returned;
  if (!r) return 'pending';
  if (r.ok) return 'ok';
  return r.error === 'timeout' || r.error === 'unavailable' ? 'unknown' : 'error';
}

/** Groups invokes with their returns, per client, keeping the newest `limit` of each (see history-fold.ts). */
export function clientHistories(events: readonly TraceEvent[], limit = 12): ClientHistory[] {
  return advanceFold(emptyFold(limit), events).histories;
}

/**
 * The node a client step asked for, for the record with this id. A client numbers its
 * operations 1, 2, ... in the order its steps ran (steps of one time run in scenario order),
 * and a crashed client issues nothing more, so the id-th step of the client is the op's step.
 */
export function requestedNode(steps: readonly Step[] | undefined, client: string, id: number): string | undefined {
  return clientStepNodes(steps).get(client)?.[id - 1];
}

const NO_STEPS: readonly Step[] = [];
const stepNodes = new WeakMap<readonly Step[], Map<string, (string | undefined)[]>>();

/**
 * For each client, the node each of its steps asks for, in the order the steps run. Worked
 * out once per steps array: every request row asks, and a long scenario has thousands of steps.
 */
function clientStepNodes(steps: readonly Step[] | undefined): Map<string, (string | undefined)[]> {
  const all = steps ?? NO_STEPS;
  let nodes = stepNodes.get(all);
  if (!nodes) {
    nodes = new Map();
    const ordered = all.map((s, i) => ({ s, i })).sort((a, b) => a.s.at - b.s.at || a.i - b.i);
    for (const { s } of ordered) {
      if (s.do !== 'client') continue;
      let list = nodes.get(s.client);
      if (!list) nodes.set(s.client, (list = []));
      list.push(s.node);
    }
    stepNodes.set(all, nodes);
  }
  return nodes;
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
  return recordOf(histories, sent.client, sentOpId(steps, sent));
}

/** The id the request the form sent gets, once the worker recorded its step (the slow half of sentRecord). */
export function sentOpId(steps: readonly Step[] | undefined, sent: SentOp): number | undefined {
  const text = JSON.stringify(sent.op);
  const step = (steps ?? []).find((s) => s.do === 'client' && s.client === sent.client && s.at > sent.after && JSON.stringify(s.op) === text);
  return step ? opIdOfStep(steps, sent.client, step.at) : undefined;
}

export function recordOf(histories: readonly ClientHistory[], client: string, id: number | undefined): OpRecord | undefined {
  if (id === undefined) return undefined;
  return histories.find((h) => h.client === client)?.ops.find((r) => r.id === id);
}

/** Clients worth offering in the form: c1 to c3, and any other the scenario or trace knows. */
export function knownClients(steps: readonly Step[] | undefined, histories: readonly ClientHistory[]): string[] {
  const names = new Set(['c1', 'c2', 'c3']);
  for (const s of steps ?? []) if (s.do === 'client' || s.do === 'client-crash') names.add(s.client);
  for (const h of histories) names.add(h.client);
  return [...names].sort(compareClients);
}
