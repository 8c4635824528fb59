// Reading the trace of a built-in scenario at the moments its narrations speak, so that the
// tests can check each narration's claims against what really happened before it.

import { localizedText } from '../../src/scenario';
import type { Builtin } from '../../src/scenario/builtins';
import { runScenarioAsPage } from '../../src/cli/etcdctl';
import type { Scenario } from '../../src/sim/scenario-types';
import type { MessageSummary, OpResult, Role, TraceEvent } from '../../src/sim/trace-types';

export type EventOf<K extends TraceEvent['ev']> = Extract<TraceEvent, { ev: K }>;

const traces = new Map<string, readonly TraceEvent[]>();

/** The trace of a built-in, run once per test file. */
export function traceOf(b: Builtin): readonly TraceEvent[] {
  const cached = traces.get(b.id);
  if (cached) return cached;
  const events = runScenarioAsPage(b.scenario, { trace: true }).recorder.events;
  traces.set(b.id, events);
  return events;
}

/**
 * The time of the one narration whose English text contains `fragment`. Steps run before
 * everything else of their millisecond, so what a narration describes is what happened
 * strictly before that time.
 */
export function narration(scenario: Scenario, fragment: string): number {
  const found = scenario.steps.filter((s) => s.do === 'narrate' && localizedText(s.text, 'en').includes(fragment));
  if (found.length !== 1) throw new Error(`expected one narration with "${fragment}", found ${found.length}`);
  return (found[0] as Scenario['steps'][number]).at;
}

export function eventsOf<K extends TraceEvent['ev']>(events: readonly TraceEvent[], kind: K, before = Infinity): EventOf<K>[] {
  return events.filter((e): e is EventOf<K> => e.ev === kind && e.t < before);
}

export interface NodeState {
  role: Role;
  term: number;
  up: boolean;
}

/** Each node's role and term just before time `t` (a crashed node keeps its term, and restarts as a follower). */
export function rolesBefore(events: readonly TraceEvent[], t: number): Map<string, NodeState> {
  const nodes = new Map<string, NodeState>();
  for (const e of events) {
    if (e.t >= t) break;
    if (e.ev === 'start') for (const n of e.nodes) nodes.set(n, { role: 'follower', term: 0, up: true });
    if (e.ev === 'role') nodes.set(e.node, { role: e.role, term: e.term, up: true });
    if (e.ev === 'crash') nodes.set(e.node, { ...(nodes.get(e.node) as NodeState), up: false });
    if (e.ev === 'restart') nodes.set(e.node, { ...(nodes.get(e.node) as NodeState), role: 'follower', up: true });
  }
  return nodes;
}

/** The running leaders just before `t`, as "node@term". */
export function leadersBefore(events: readonly TraceEvent[], t: number): string[] {
  return [...rolesBefore(events, t)].filter(([, s]) => s.up && s.role === 'leader').map(([n, s]) => `${n}@${s.term}`);
}

/** A node's log just before `t`: entry strings by index (1-based; index 0 unused). */
export function logBefore(events: readonly TraceEvent[], node: string, t: number): string[] {
  const log: string[] = [''];
  for (const e of events) {
    if (e.t >= t) break;
    if (e.ev === 'append' && e.node === node) log[e.index] = e.entry;
    if (e.ev === 'truncate' && e.node === node) log.length = e.from;
  }
  return log;
}

/** A node's commit index just before `t` (volatile: 0 again after a restart). */
export function commitBefore(events: readonly TraceEvent[], node: string, t: number): number {
  let commit = 0;
  for (const e of events) {
    if (e.t >= t) break;
    if (e.ev === 'commit' && e.node === node) commit = e.index;
    if (e.ev === 'restart' && e.node === node) commit = 0;
  }
  return commit;
}

export function returnsOf(events: readonly TraceEvent[], client: string, before = Infinity): EventOf<'return'>[] {
  return eventsOf(events, 'return', before).filter((e) => e.client === client);
}

/** The results of a client's answered operations, in order; a failed one is an error here. */
export function resultsOf(events: readonly TraceEvent[], client: string, before = Infinity): OpResult[] {
  return returnsOf(events, client, before).map((r) => {
    if (!r.ok) throw new Error(`${client}#${r.id} failed: ${r.error}`);
    return r.result as OpResult;
  });
}

/** Messages sent before `t` that match `pick` (from, to and summary fields). */
export function sends(events: readonly TraceEvent[], pick: { from?: string; to?: string; type?: string } & Partial<MessageSummary>, before = Infinity): EventOf<'send'>[] {
  const { from, to, ...fields } = pick;
  return eventsOf(events, 'send', before).filter(
    (e) => (from === undefined || e.from === from) && (to === undefined || e.to === to) && Object.entries(fields).every(([k, v]) => e.msg[k] === v),
  );
}

/** Whether a sent message arrived before `t` (a recv event with its id). */
export function arrived(events: readonly TraceEvent[], send: EventOf<'send'>, before = Infinity): boolean {
  return events.some((e) => e.ev === 'recv' && e.id === send.id && e.t < before);
}

/**
 * Who granted `candidate` a vote in `term` (replies sent before `before`). Read from the
 * replies, because the trace has no vote event when a node votes, in a later term, for the
 * same node it voted for before (the server reports a vote only when the voted-for id changes).
 */
export function grantedBy(events: readonly TraceEvent[], candidate: string, term: number, before = Infinity): string[] {
  return sends(events, { to: candidate, type: 'vote-resp', term }, before)
    .filter((e) => !e.msg.reject)
    .map((e) => e.from)
    .sort();
}

/** Nodes that were candidates in each term, and whether the term ever had a leader. */
export function termsSummary(events: readonly TraceEvent[]): Map<number, { candidates: Set<string>; leaders: Set<string> }> {
  const terms = new Map<number, { candidates: Set<string>; leaders: Set<string> }>();
  for (const e of eventsOf(events, 'role')) {
    const entry = terms.get(e.term) ?? { candidates: new Set<string>(), leaders: new Set<string>() };
    if (e.role === 'candidate') entry.candidates.add(e.node);
    if (e.role === 'leader') entry.leaders.add(e.node);
    terms.set(e.term, entry);
  }
  return terms;
}

/** The highest term any node reached before `t`. */
export function maxTermBefore(events: readonly TraceEvent[], t = Infinity): number {
  return Math.max(0, ...eventsOf(events, 'role', t).map((e) => e.term));
}
