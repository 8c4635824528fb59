// The terms of a run, rebuilt from trace events: when each term began, who campaigned in it,
// who voted for whom, and who (if anyone) led it. Pure, so it is unit-tested in Node.
//
// A term is a logical clock (Raft §5.1): it begins the first time any node enters it, and
// the page treats it as over when a later term begins, even if an old leader cut off by a
// partition still believes in it. A term that ended with candidates but no leader is a split
// (or lost) vote (§5.2); a term still open without a leader is an election in progress.

import type { NodeView } from '../../../protocol';
import type { TraceEvent } from '../../../sim/trace-types';

/** Terms kept for drawing; older ones are dropped (a limit on everything). */
export const MAX_TERMS = 200;

export interface Candidacy {
  node: string;
  /** When it became a candidate; undefined when that happened before the events we have. */
  t?: number;
  /** Who granted it a vote in this term (including itself), in the order they did. */
  voters: string[];
}

export type TermOutcome = 'leader' | 'split' | 'electing' | 'quiet';

export interface TermSpan {
  term: number;
  start: number;
  /** The start of the next term, or the current time for the newest one. */
  end: number;
  /** False when the term began before the earliest event the page still holds. */
  startKnown: boolean;
  leader?: { node: string; t?: number };
  candidates: Candidacy[];
  /** PreVote campaigns started while this term was current (thesis §9.6): node -> count. */
  preVotes: { node: string; count: number }[];
  outcome: TermOutcome;
}

interface Draft {
  term: number;
  start: number;
  startKnown: boolean;
  leader?: { node: string; t?: number };
  candidates: Map<string, Candidacy>;
  preVotes: Map<string, number>;
}

/**
 * Builds the timeline from events in trace order, then fills in what the current node
 * states say (a leader elected before the earliest event we hold is still the leader).
 */
export function buildTimeline(events: readonly TraceEvent[], nodes: readonly NodeView[], now: number, fromStart = true): TermSpan[] {
  const drafts = new Map<number, Draft>();
  const windowStart = events[0]?.t ?? now;
  const draft = (term: number, t: number, known = true): Draft => {
    let d = drafts.get(term);
    if (!d) drafts.set(term, (d = { term, start: t, startKnown: known, candidates: new Map(), preVotes: new Map() }));
    return d;
  };
  for (const e of events) foldEvent(e, draft);
  for (const n of nodes) {
    if (n.up && n.role === 'leader' && n.term > 0) {
      const d = draft(n.term, windowStart, false);
      d.leader ??= { node: n.id };
    }
  }
  return finish(drafts, now, fromStart ? undefined : windowStart);
}

function foldEvent(e: TraceEvent, draft: (term: number, t: number) => Draft): void {
  if (e.ev === 'role') {
    // A pre-candidate has not changed term yet: its campaign belongs to the current one.
    if (e.role === 'precandidate') {
      const d = draft(e.term, e.t);
      d.preVotes.set(e.node, (d.preVotes.get(e.node) ?? 0) + 1);
      return;
    }
    if (e.term === 0) return;
    const d = draft(e.term, e.t);
    if (e.role === 'candidate') {
      const c = candidacy(d, e.node);
      c.t ??= e.t;
      // A candidate votes for itself as it enters the term (§5.2), whether or not a vote
      // event says so (the trace can leave it out when the vote names the same node as before).
      if (!c.voters.includes(e.node)) c.voters.unshift(e.node);
    }
    if (e.role === 'leader') d.leader = { node: e.node, t: e.t };
  } else if (e.ev === 'vote' && e.term > 0) {
    const c = candidacy(draft(e.term, e.t), e.for);
    if (!c.voters.includes(e.node)) c.voters.push(e.node);
  }
}

function candidacy(d: Draft, node: string): Candidacy {
  let c = d.candidates.get(node);
  if (!c) d.candidates.set(node, (c = { node, voters: [] }));
  return c;
}

/** `windowStart`: the time of the earliest event held, when earlier events were dropped. */
function finish(drafts: Map<number, Draft>, now: number, windowStart?: number): TermSpan[] {
  const sorted = [...drafts.values()].sort((a, b) => a.term - b.term);
  // Term 0 is the time before any election; it is worth drawing only if pre-votes happened in it.
  const kept = sorted.filter((d) => d.term > 0 || d.preVotes.size > 0).slice(-MAX_TERMS);
  // A term began no later than the next one did, even if the first event we hold of it is a
  // lagging node catching up afterwards.
  for (let i = kept.length - 2; i >= 0; i--) {
    const d = kept[i] as Draft;
    d.start = Math.min(d.start, (kept[i + 1] as Draft).start);
  }
  const first = kept[0];
  if (first && windowStart !== undefined) {
    // The oldest term we know of may have begun before the events we still hold.
    first.start = Math.min(first.start, windowStart);
    first.startKnown = false;
  }
  return kept.map((d, i) => {
    const next = kept[i + 1];
    const end = next ? Math.max(d.start, next.start) : Math.max(d.start, now);
    const candidates = [...d.candidates.values()];
    return {
      term: d.term,
      start: d.start,
      end,
      startKnown: d.startKnown,
      ...(d.leader ? { leader: d.leader } : {}),
      candidates,
      preVotes: [...d.preVotes].map(([node, count]) => ({ node, count })),
      outcome: outcomeOf(d, candidates, next !== undefined),
    };
  });
}

function outcomeOf(d: Draft, candidates: Candidacy[], ended: boolean): TermOutcome {
  if (d.leader) return 'leader';
  if (candidates.length === 0) return 'quiet';
  return ended ? 'split' : 'electing';
}
