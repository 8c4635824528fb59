// Rule provenance: which rule of the Raft paper (Figure 2, §5.4.2, §7, §8, §9.6, the thesis)
// or which etcd behavior made a state change happen, and the message that triggered it.
//
// Derived by a pure analysis of the trace rather than by annotating events in the engine:
// the trace already says everything needed, deterministically. The simulation handles one
// agenda item at a time (a delivery, a timer, a scenario step), and records its effects on
// the node right after the item's own event, at the same virtual millisecond: a `recv`,
// then the node's `role` / `vote` / `append` / `truncate` / `commit` / `apply` / `snapshot`
// and its `send`s. So the cause of a state change is the event just before its run of
// effects on the same node: a `recv` (a message), a `timeout` step (a forced timer), or
// nothing at all (the node's own timer: an election timeout, or a leader's CheckQuorum tick).
// The rule then follows from the kind of change, the node's role and the message type.
// This keeps the engine free of explanation code and every recorded trace unchanged.

import type { MessageSummary, Role, TraceEvent } from '../../../sim/trace-types';

export type RuleId =
  | 'election-timeout'
  | 'forced-timeout'
  | 'prevote-start'
  | 'prevote-won'
  | 'election-lost'
  | 'timeout-now'
  | 'self-vote'
  | 'grant-vote'
  | 'won-election'
  | 'higher-term'
  | 'leader-discovered'
  | 'check-quorum'
  | 'client-append'
  | 'leader-noop'
  | 'replicate'
  | 'conflict-truncate'
  | 'snapshot-install'
  | 'compaction'
  | 'leader-commit'
  | 'follower-commit'
  | 'apply'
  | 'unknown';

/** The message that triggered a change: its delivery and, when still in view, its sending. */
export interface Trigger {
  id: number;
  from: string;
  to: string;
  /** Trace index of the recv event. */
  recv: number;
  /** Trace index of the send event, if the page still holds it. */
  send?: number;
  msg?: MessageSummary;
}

export interface Provenance {
  rule: RuleId;
  /** What set it off: a message, the node's own timer, or a scenario step. */
  cause: 'message' | 'timer' | 'step';
  trigger?: Trigger;
  /** The node's role just before the change, when the page still holds its last role event. */
  roleBefore?: Role;
  termBefore?: number;
}

/** Events that change a node's state (the ones provenance explains). */
const STATE_CHANGES = new Set(['role', 'vote', 'append', 'truncate', 'commit', 'apply', 'snapshot']);
/** How far back to look for a message's send event (messages live for milliseconds). */
const SEND_LOOKBACK = 20_000;

export function isStateChange(e: TraceEvent): e is Extract<TraceEvent, { node: string }> {
  return STATE_CHANGES.has(e.ev);
}

/**
 * Explains the event at trace index `index`, given the page's events (`events[0]` is trace
 * index `offset`). Undefined when the event is not a state change or is not held.
 */
export function explain(events: readonly TraceEvent[], offset: number, index: number): Provenance | undefined {
  const at = index - offset;
  const e = events[at];
  if (!e || !isStateChange(e)) return undefined;
  const cause = causeOf(events, at, e.node, offset);
  const before = roleBefore(events, at, e.node);
  const base: Omit<Provenance, 'rule'> = { cause: cause.kind, ...(cause.trigger ? { trigger: cause.trigger } : {}), ...before };
  return { ...base, rule: ruleOf(e, cause, before) };
}

interface Cause {
  kind: Provenance['cause'];
  trigger?: Trigger;
}

/** The event before the run of `node`'s own effects that ends at `at`, at the same time. */
function causeOf(events: readonly TraceEvent[], at: number, node: string, offset: number): Cause {
  const t = (events[at] as TraceEvent).t;
  let i = at - 1;
  while (i >= 0 && (events[i] as TraceEvent).t === t && isEffectOf(events[i] as TraceEvent, node)) i--;
  const prev = events[i];
  if (!prev || prev.t !== t) return { kind: 'timer' };
  if (prev.ev === 'recv' && prev.to === node) return { kind: 'message', trigger: triggerOf(events, i, offset) };
  if (prev.ev === 'timeout' && prev.node === node) return { kind: 'step' };
  return { kind: 'timer' };
}

function isEffectOf(e: TraceEvent, node: string): boolean {
  if (e.ev === 'send') return e.from === node;
  return isStateChange(e) && e.node === node;
}

function triggerOf(events: readonly TraceEvent[], recvAt: number, offset: number): Trigger {
  const recv = events[recvAt] as Extract<TraceEvent, { ev: 'recv' }>;
  const trigger: Trigger = { id: recv.id, from: recv.from, to: recv.to, recv: recvAt + offset };
  for (let i = recvAt - 1; i >= Math.max(0, recvAt - SEND_LOOKBACK); i--) {
    const s = events[i] as TraceEvent;
    if (s.ev === 'send' && s.id === recv.id) return { ...trigger, send: i + offset, msg: s.msg };
  }
  return trigger;
}

function roleBefore(events: readonly TraceEvent[], at: number, node: string): Pick<Provenance, 'roleBefore' | 'termBefore'> {
  for (let i = at - 1; i >= 0; i--) {
    const e = events[i] as TraceEvent;
    if (e.ev === 'role' && e.node === node) return { roleBefore: e.role, termBefore: e.term };
    // A restart begins as a follower of the stored term (Figure 2: only term, vote and log persist).
    if (e.ev === 'restart' && e.node === node) return { roleBefore: 'follower' };
  }
  return {};
}

type Change = Extract<TraceEvent, { node: string }>;

function ruleOf(e: Change, cause: Cause, before: Pick<Provenance, 'roleBefore' | 'termBefore'>): RuleId {
  const type = cause.trigger?.msg?.type;
  switch (e.ev) {
    case 'role':
      return roleRule(e.role, e.term, cause, type, before);
    case 'vote':
      if (e.for === e.node) return 'self-vote';
      return type === 'vote' ? 'grant-vote' : 'unknown';
    case 'append':
      return appendRule(e.entry, cause, type, before.roleBefore);
    case 'truncate':
      if (type === 'snapshot') return 'snapshot-install';
      return type === 'append' ? 'conflict-truncate' : 'unknown';
    case 'commit':
      if (type === 'snapshot') return 'snapshot-install';
      if (before.roleBefore === 'leader' || type === 'append-resp') return 'leader-commit';
      return type === 'append' || type === 'heartbeat' ? 'follower-commit' : 'unknown';
    case 'apply':
      return 'apply';
    case 'snapshot':
      return type === 'snapshot' ? 'snapshot-install' : 'compaction';
    default:
      return 'unknown';
  }
}

function roleRule(role: Role, term: number, cause: Cause, type: string | undefined, before: Pick<Provenance, 'roleBefore' | 'termBefore'>): RuleId {
  const bumped = before.termBefore !== undefined && term > before.termBefore;
  switch (role) {
    case 'precandidate':
      return cause.kind === 'step' ? 'forced-timeout' : 'prevote-start';
    case 'candidate':
      if (type === 'timeout-now') return 'timeout-now';
      if (type === 'pre-vote-resp') return 'prevote-won';
      return cause.kind === 'step' ? 'forced-timeout' : 'election-timeout';
    case 'leader':
      // A vote reply completes a majority; with no message, the node is a majority by itself.
      return 'won-election';
    case 'follower':
      if (cause.kind === 'message' && (bumped || (type !== undefined && isHigherTermCarrier(type) && before.termBefore === undefined))) return 'higher-term';
      if (cause.kind === 'message' && (type === 'append' || type === 'heartbeat' || type === 'snapshot')) return 'leader-discovered';
      if (cause.kind === 'message' && (type === 'pre-vote-resp' || type === 'vote-resp')) return 'election-lost';
      if (cause.kind === 'timer' && before.roleBefore === 'leader') return 'check-quorum';
      return 'unknown';
  }
}

function isHigherTermCarrier(type: string): boolean {
  return type !== 'client-request' && type !== 'client-response' && type !== 'propose';
}

function appendRule(entry: string, cause: Cause, type: string | undefined, role: Role | undefined): RuleId {
  if (type === 'append') return 'replicate';
  if (entry.endsWith(':noop') && (role === 'candidate' || role === 'leader' || type === 'vote-resp')) return 'leader-noop';
  if (role === 'leader' || type === 'client-request' || type === 'propose' || cause.kind === 'timer') return 'client-append';
  return 'unknown';
}
