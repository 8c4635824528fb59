// A node's view of its log: the persisted part (Storage) plus entries and a snapshot
// not yet persisted (etcd's raftLog and unstable), with the commit and apply indexes.

import type { Entry, Snapshot } from './types';
import type { Storage } from './storage';

interface Unstable {
  snapshot?: Snapshot;
  /** Index of entries[0]. */
  offset: number;
  entries: Entry[];
}

export class RaftLog {
  committed: number;
  applied: number;
  private unstable: Unstable;

  constructor(readonly storage: Storage) {
    this.unstable = { offset: storage.lastIndex() + 1, entries: [] };
    // A restarted node has applied nothing beyond its snapshot: its state machine is rebuilt (§7).
    this.committed = storage.snapshot.meta.index;
    this.applied = storage.snapshot.meta.index;
  }

  firstIndex(): number {
    const snap = this.unstable.snapshot;
    return snap ? snap.meta.index + 1 : this.storage.firstIndex();
  }

  lastIndex(): number {
    const u = this.unstable;
    if (u.entries.length > 0) return u.offset + u.entries.length - 1;
    if (u.snapshot) return u.snapshot.meta.index;
    return this.storage.lastIndex();
  }

  /** Term at `index`, or undefined when compacted or past the end. */
  term(index: number): number | undefined {
    const u = this.unstable;
    if (index >= u.offset && index < u.offset + u.entries.length) return u.entries[index - u.offset]?.term;
    if (u.snapshot && index === u.snapshot.meta.index) return u.snapshot.meta.term;
    if (u.snapshot && index < u.snapshot.meta.index) return undefined;
    if (index >= u.offset) return undefined;
    return this.storage.term(index);
  }

  lastTerm(): number {
    return this.term(this.lastIndex()) ?? 0;
  }

  matchTerm(index: number, term: number): boolean {
    return this.term(index) === term;
  }

  /** §5.4.1: a candidate's log is at least as up-to-date as ours. */
  isUpToDate(lastIndex: number, lastTerm: number): boolean {
    const ours = this.lastTerm();
    return lastTerm > ours || (lastTerm === ours && lastIndex >= this.lastIndex());
  }

  /** Entries [lo, hi); undefined if any of them was compacted away. */
  slice(lo: number, hi: number): Entry[] | undefined {
    if (lo >= hi) return [];
    if (lo < this.firstIndex()) return undefined;
    const u = this.unstable;
    const out: Entry[] = lo < u.offset ? this.storage.slice(lo, Math.min(hi, u.offset)) : [];
    if (hi > u.offset) out.push(...u.entries.slice(Math.max(lo, u.offset) - u.offset, hi - u.offset));
    return out;
  }

  entry(index: number): Entry | undefined {
    return this.slice(index, index + 1)?.[0];
  }

  /** The first entry whose term differs from ours at its index (or that we lack); 0 when all match. */
  findConflict(entries: readonly Entry[]): number {
    for (const e of entries) if (!this.matchTerm(e.index, e.term)) return e.index;
    return 0;
  }

  /**
   * The largest index <= `index` whose term is <= `term` (etcd's findConflictByTerm): every
   * entry above it has a larger term, so cannot match a log whose entry at `index` has `term`.
   */
  findConflictByTerm(index: number, term: number): { index: number; term: number } {
    for (let i = Math.min(index, this.lastIndex()); i >= 0; i--) {
      const t = this.term(i);
      if (t === undefined) return { index: i, term: 0 };
      if (t <= term) return { index: i, term: t };
    }
    return { index: 0, term: 0 };
  }

  /** Appends after the consistency check succeeded; removes a conflicting suffix first (Figure 2, AppendEntries 3-4). */
  appendAfterMatch(entries: readonly Entry[]): number {
    const conflict = this.findConflict(entries);
    if (conflict === 0) return entries.length ? (entries[entries.length - 1] as Entry).index : 0;
    if (conflict <= this.committed) throw new Error(`raft: conflict at ${conflict} <= committed ${this.committed}`);
    const first = (entries[0] as Entry).index;
    this.append(entries.slice(conflict - first));
    return this.lastIndex();
  }

  /** Appends entries that continue or overwrite a suffix of the log (not yet persisted). */
  append(entries: readonly Entry[]): void {
    const first = entries[0];
    if (!first) return;
    const u = this.unstable;
    if (first.index === u.offset + u.entries.length) {
      u.entries.push(...entries);
    } else if (first.index <= u.offset) {
      u.offset = first.index;
      u.entries = entries.slice();
    } else {
      u.entries = u.entries.slice(0, first.index - u.offset).concat(entries);
    }
  }

  commitTo(index: number): boolean {
    if (index <= this.committed) return false;
    if (index > this.lastIndex()) throw new Error(`raft: commit ${index} beyond last index ${this.lastIndex()}`);
    this.committed = index;
    return true;
  }

  /** Replaces the log with a leader's snapshot (not yet persisted). */
  restore(snapshot: Snapshot): void {
    this.committed = snapshot.meta.index;
    this.unstable = { snapshot, offset: snapshot.meta.index + 1, entries: [] };
  }

  // --- the Ready / Advance boundary ---

  unstableEntries(): readonly Entry[] {
    return this.unstable.entries;
  }

  unstableSnapshot(): Snapshot | undefined {
    return this.unstable.snapshot;
  }

  /** Committed entries the state machine has not applied yet (only those already persisted or about to be). */
  nextCommittedEntries(): Entry[] {
    const lo = Math.max(this.applied + 1, this.firstIndex());
    if (this.committed < lo) return [];
    return this.slice(lo, this.committed + 1) ?? [];
  }

  /** The host persisted everything unstable. */
  stabilize(): void {
    this.unstable = { offset: this.lastIndex() + 1, entries: [] };
  }

  appliedTo(index: number): void {
    if (index > this.applied) this.applied = index;
  }

  clone(storage: Storage): RaftLog {
    const copy = Object.create(RaftLog.prototype) as RaftLog;
    Object.assign(copy, this, { storage, unstable: { ...this.unstable, entries: this.unstable.entries.slice() } });
    return copy;
  }
}
