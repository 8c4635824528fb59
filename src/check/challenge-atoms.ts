// The atoms of the challenge goal language (README "Challenges"): each scans a trace once
// and returns the first event from which it holds, with the events that prove it. Every atom
// holds from that event on, for every longer trace: the grader relies on it.

import type { AtomCondition } from '../sim/challenge-types';
import { Reachability } from './challenge-reach';
import type { EventOf, TraceEvent } from './trace-events';

/** Where an atom starts to hold: the index of the deciding event and the proving events (indexes). */
export interface AtomHit {
  index: number;
  proof: number[];
}

type Scan = (events: readonly TraceEvent[]) => AtomHit | undefined;

function firstWhere(events: readonly TraceEvent[], test: (e: TraceEvent) => boolean): AtomHit | undefined {
  const index = events.findIndex(test);
  return index < 0 ? undefined : { index, proof: [index] };
}

function leader(c: { node?: string; termAtLeast?: number; termAtMost?: number }): Scan {
  const inTerms = (term: number) => term >= (c.termAtLeast ?? 0) && term <= (c.termAtMost ?? Infinity);
  return (events) => firstWhere(events, (e) => e.ev === 'role' && e.role === 'leader' && (c.node === undefined || e.node === c.node) && inTerms(e.term));
}

function crashed(c: { node?: string }): Scan {
  return (events) => firstWhere(events, (e) => e.ev === 'crash' && (c.node === undefined || e.node === c.node));
}

/** A leader advances its commit index while every node of `cut` is crashed or cut off from it. */
function commitsWhile(c: { cut: string[] }): Scan {
  return (events) => {
    const reach = new Reachability();
    const leaders = new Map<string, number>();
    for (let i = 0; i < events.length; i++) {
      const e = events[i] as TraceEvent;
      reach.see(e);
      if (e.ev === 'role') leaders.set(e.node, e.role === 'leader' ? i : -1);
      if (e.ev === 'crash') leaders.set(e.node, -1);
      if (e.ev !== 'commit' || c.cut.includes(e.node)) continue;
      const since = leaders.get(e.node) ?? -1;
      if (since >= 0 && c.cut.every((n) => reach.cutFrom(n, e.node))) return { index: i, proof: [since, i] };
    }
    return undefined;
  };
}

/** A term with two or more candidates that ends without a leader: some node reaches a later term (§5.2). */
const splitVote: Scan = (events) => {
  const candidates = new Map<number, number[]>();
  const led = new Set<number>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as TraceEvent;
    if (e.ev !== 'role') continue;
    if (e.role === 'leader') led.add(e.term);
    if (e.role === 'candidate') candidates.set(e.term, [...(candidates.get(e.term) ?? []), i]);
    for (const [term, who] of candidates) {
      // Two role events of one node in a term (a restart) are still one candidate.
      const distinct = new Set(who.map((w) => (events[w] as EventOf<'role'>).node));
      if (term < e.term && !led.has(term) && distinct.size >= 2) return { index: i, proof: [...who, i] };
    }
  }
  return undefined;
};

/** A node holds or applies another entry at an index that was committed (State Machine Safety, §5.4.3). */
const entryLost: Scan = (events) => {
  const logs = new Map<string, Map<number, string>>();
  const commitIndex = new Map<string, number>();
  const committed = new Map<number, { entry: string; at: number }>();
  const logOf = (node: string) => logs.get(node) ?? logs.set(node, new Map()).get(node)!;
  const conflict = (index: number, entry: string | undefined, i: number): AtomHit | undefined => {
    const c = committed.get(index);
    return c && entry !== undefined && c.entry !== entry ? { index: i, proof: [c.at, i] } : undefined;
  };
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as TraceEvent;
    let hit: AtomHit | undefined;
    if (e.ev === 'append') {
      logOf(e.node).set(e.index, e.entry);
      hit = conflict(e.index, e.entry, i);
    } else if (e.ev === 'truncate') {
      const log = logOf(e.node);
      for (const index of [...log.keys()]) if (index >= e.from) log.delete(index);
    } else if (e.ev === 'apply') {
      hit = conflict(e.index, e.entry, i);
    } else if (e.ev === 'commit') {
      const log = logOf(e.node);
      for (let index = (commitIndex.get(e.node) ?? 0) + 1; index <= e.index; index++) {
        const entry = log.get(index);
        hit ??= conflict(index, entry, i);
        if (entry !== undefined && !committed.has(index)) committed.set(index, { entry, at: i });
      }
      commitIndex.set(e.node, Math.max(commitIndex.get(e.node) ?? 0, e.index));
    } else if (e.ev === 'crash') {
      // The commit index is not persisted (Figure 2): after a restart the node commits again.
      commitIndex.delete(e.node);
    }
    if (hit) return hit;
  }
  return undefined;
};

function watcherSees(c: { event: 'PUT' | 'DELETE'; key?: string; prefix?: string; holder?: boolean }): Scan {
  return (events) => {
    const holders = new Map<string, string>();
    for (let i = 0; i < events.length; i++) {
      const e = events[i] as TraceEvent;
      if (e.ev === 'elected') holders.set(e.key, e.client);
      if (e.ev !== 'watch') continue;
      const seen = e.events.some((w) => {
        if (w.type !== c.event) return false;
        if (c.key !== undefined) return w.kv.key === c.key;
        if (c.prefix !== undefined) return w.kv.key.startsWith(c.prefix);
        // A waiter watching the key of a holder (etcd's waitDeletes): not the holder itself.
        if (c.holder) return holders.has(w.kv.key) && holders.get(w.kv.key) !== e.client;
        return true;
      });
      if (seen) return { index: i, proof: holderProof(events, i, c.holder) };
    }
    return undefined;
  };
}

/** The watch event, and for a holder's key the elected event that made it one. */
function holderProof(events: readonly TraceEvent[], i: number, holder: boolean | undefined): number[] {
  if (!holder) return [i];
  const keys = new Set((events[i] as EventOf<'watch'>).events.map((w) => w.kv.key));
  const elected = events.findIndex((e, j) => j < i && e.ev === 'elected' && keys.has(e.key));
  return elected >= 0 ? [elected, i] : [i];
}

function elected(c: { client?: string; election?: string }): Scan {
  return (events) => firstWhere(events, (e) => e.ev === 'elected' && (c.client === undefined || e.client === c.client) && (c.election === undefined || e.election === c.election));
}

/** A client operation answered ok; for a get with a value, the answer holds key = value. */
function answered(c: { type: string; key?: string; value?: string }): Scan {
  return (events) => {
    const calls = new Map<string, number>();
    for (let i = 0; i < events.length; i++) {
      const e = events[i] as TraceEvent;
      if (e.ev === 'invoke' && e.op.type === c.type && (c.key === undefined || ('key' in e.op && e.op.key === c.key))) {
        if (c.type !== 'put' || c.value === undefined || ('value' in e.op && e.op.value === c.value)) calls.set(`${e.client}#${e.id}`, i);
      }
      if (e.ev !== 'return' || !e.ok) continue;
      const invoked = calls.get(`${e.client}#${e.id}`);
      if (invoked === undefined) continue;
      if (c.type === 'get' && c.value !== undefined && !(e.result?.kvs ?? []).some((kv) => kv.value === c.value && (c.key === undefined || kv.key === c.key))) continue;
      return { index: i, proof: [invoked, i] };
    }
    return undefined;
  };
}

/** The scanner of one atom condition. */
export function scanAtom(atom: AtomCondition): Scan {
  if ('leader' in atom) return leader(atom.leader);
  if ('crashed' in atom) return crashed(atom.crashed);
  if ('commitsWhile' in atom) return commitsWhile(atom.commitsWhile);
  if ('splitVote' in atom) return splitVote;
  if ('entryLost' in atom) return entryLost;
  if ('watcherSees' in atom) return watcherSees(atom.watcherSees);
  if ('elected' in atom) return elected(atom.elected);
  return answered(atom.answered);
}
