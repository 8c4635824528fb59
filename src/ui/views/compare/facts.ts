// What two runs of an A/B comparison did differently. Facts are read from each side's trace
// (JSON Lines, TRACE.md): who became leader of which term, what entry each index committed
// and applied, and what each client request got back. Each kind is compared in order, not
// by time (PreVote delays an election by a round trip without changing its outcome); the
// first fact that differs, in either kind, is where the runs diverged. Pure, unit-tested.

import type { NodeView } from '../../../protocol';

export type FactKind = 'leader' | 'applied' | 'answer';

export interface Fact {
  t: number;
  kind: FactKind;
  /** What happened, comparable between the runs ("n1@1", "2=1:put x=1 c1#1", "c1#2 ok x=old"). */
  what: string;
}

/** The facts of one run, read incrementally from its growing trace. */
export class FactLog {
  private cursor = 0;
  /** Facts with the trace line they came from, so a shortened trace drops them again. */
  private facts: { line: number; fact: Fact }[] = [];
  private appliedIndexes = new Set<number>();

  /** Reads the lines added since the last call (or again from where the trace was cut). */
  sync(lines: readonly string[]): void {
    if (lines.length < this.cursor) this.cut(lines.length);
    for (; this.cursor < lines.length; this.cursor++) {
      const fact = factOf(lines[this.cursor] as string, this.appliedIndexes);
      if (fact) this.facts.push({ line: this.cursor, fact });
    }
  }

  /** Facts up to virtual time `until`, of one kind. */
  list(kind: FactKind, until: number): Fact[] {
    return this.facts.filter((f) => f.fact.kind === kind && f.fact.t <= until).map((f) => f.fact);
  }

  private cut(length: number): void {
    this.facts = this.facts.filter((f) => f.line < length);
    this.cursor = length;
    this.appliedIndexes = new Set(this.facts.filter((f) => f.fact.kind === 'applied').map((f) => Number(f.fact.what.split('=')[0])));
  }
}

/** One trace line as a fact, or null. Only three kinds of line are parsed at all. */
function factOf(line: string, appliedIndexes: Set<number>): Fact | null {
  if (!line.includes('"ev":"role"') && !line.includes('"ev":"apply"') && !line.includes('"ev":"return"')) return null;
  const e = JSON.parse(line) as Record<string, unknown> & { t: number; ev: string };
  if (e.ev === 'role') return e.role === 'leader' ? { t: e.t, kind: 'leader', what: `${String(e.node)}@${String(e.term)}` } : null;
  if (e.ev === 'apply') {
    const index = e.index as number;
    // The first node to apply an index says what it holds; State Machine Safety makes the rest agree.
    if (appliedIndexes.has(index)) return null;
    appliedIndexes.add(index);
    return { t: e.t, kind: 'applied', what: `${index}=${String(e.entry)}` };
  }
  if (e.ev === 'return') return { t: e.t, kind: 'answer', what: `${String(e.client)}#${String(e.id)} ${answerSummary(e)}` };
  return null;
}

/**
 * What a client got, as "CODE DETAIL": `read k=v ...`, `empty`, `ok`, `txn-ok`, `txn-failed`
 * or `error MESSAGE` (revisions left out: they are bookkeeping, not an outcome).
 */
function answerSummary(e: Record<string, unknown>): string {
  if (!e.ok) return `error ${String(e.error)}`;
  const result = e.result as { kvs?: { key: string; value: string }[]; succeeded?: boolean } | undefined;
  if (result?.kvs) return result.kvs.length === 0 ? 'empty' : `read ${result.kvs.map((kv) => `${kv.key}=${kv.value}`).join(' ')}`;
  if (result?.succeeded !== undefined) return result.succeeded ? 'txn-ok' : 'txn-failed';
  return 'ok';
}

export interface Divergence {
  t: number;
  kind: FactKind;
  /** The differing facts; undefined where that run had no such fact (yet). */
  a?: Fact;
  b?: Fact;
}

/** The first fact where the runs differ, up to `until` (both runs are at least there). */
export function firstDivergence(a: FactLog, b: FactLog, until: number): Divergence | undefined {
  let first: Divergence | undefined;
  for (const kind of ['leader', 'applied', 'answer'] as const) {
    const d = firstDifference(a.list(kind, until), b.list(kind, until), kind);
    if (d && (!first || d.t < first.t)) first = d;
  }
  return first;
}

function firstDifference(a: Fact[], b: Fact[], kind: FactKind): Divergence | undefined {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const fa = a[i];
    const fb = b[i];
    if (fa?.what === fb?.what) continue;
    const t = Math.min(fa?.t ?? Infinity, fb?.t ?? Infinity);
    return { t, kind, ...(fa ? { a: fa } : {}), ...(fb ? { b: fb } : {}) };
  }
  return undefined;
}

export interface NodeDifference {
  id: string;
  a?: NodeView;
  b?: NodeView;
  /** What differs: the node's role, or how far it is behind its own run's commit index. */
  fields: ('role' | 'behind')[];
}

/**
 * Nodes whose own standing differs between the runs right now: their role (leader,
 * follower, candidate, pre-candidate, crashed), or how many entries they are behind the
 * furthest commit index of their own run. What a whole run shares is left out on purpose:
 * once one run holds an extra election, every node of it is in a higher term, follows
 * another leader and has committed that leader's no-op (§5.4.2), and a mark on every node
 * says nothing. The summary states those once ("Leader now: A n1 (term 1) · B n4 (term 12)").
 */
export function nodeDifferences(a: readonly NodeView[], b: readonly NodeView[]): NodeDifference[] {
  const byId = new Map(b.map((n) => [n.id, n]));
  const [topA, topB] = [topCommit(a), topCommit(b)];
  const out: NodeDifference[] = [];
  for (const na of a) {
    const nb = byId.get(na.id);
    const fields: NodeDifference['fields'] = [];
    if (!nb || roleOf(na) !== roleOf(nb)) fields.push('role');
    if (nb && behind(na, topA) !== behind(nb, topB)) fields.push('behind');
    if (fields.length > 0) out.push({ id: na.id, a: na, ...(nb ? { b: nb } : {}), fields });
  }
  return out;
}

/** A crashed node has no role: it reads as "crashed" in the comparison. */
function roleOf(n: NodeView): string {
  return n.up ? n.role : 'crashed';
}

/** The furthest commit index among a run's running nodes. */
function topCommit(nodes: readonly NodeView[]): number {
  return nodes.reduce((top, n) => (n.up ? Math.max(top, n.commit) : top), 0);
}

/** How many entries a running node's commit index is behind its run's furthest (a crashed node has none: Figure 2, volatile). */
function behind(n: NodeView, top: number): number | 'crashed' {
  return n.up ? top - n.commit : 'crashed';
}

/** The leader of the highest term among running nodes, as { node, term }. */
export function leaderOf(nodes: readonly NodeView[]): { node: string; term: number } | undefined {
  let best: NodeView | undefined;
  for (const n of nodes) if (n.up && n.role === 'leader' && (!best || n.term > best.term)) best = n;
  return best ? { node: best.id, term: best.term } : undefined;
}
