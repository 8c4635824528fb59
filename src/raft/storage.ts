// The durable part of a node: hard state, the latest snapshot and the log after it.
// It survives crashes; everything else a node holds is volatile (Figure 2).

import type { ConfState, Entry, HardState, Snapshot } from './types';
import { NONE } from './types';

export const EMPTY_HARD_STATE: HardState = { term: 0, vote: NONE, commit: 0 };

export class Storage {
  hardState: HardState = EMPTY_HARD_STATE;
  snapshot: Snapshot;
  /**
   * entries[k] has index snapshot.meta.index + 1 + k, for k < count. The array may be
   * shared with clones (time-travel checkpoints): it is only ever extended in place by the
   * copy that owns its tail, and copied before anything would change what another copy sees.
   */
  private entries: Entry[] = [];
  private count = 0;

  constructor(conf: ConfState) {
    this.snapshot = { meta: { index: 0, term: 0, conf }, data: undefined };
  }

  /** Index of the first entry still in the log (the one after the snapshot). */
  firstIndex(): number {
    return this.snapshot.meta.index + 1;
  }

  lastIndex(): number {
    return this.snapshot.meta.index + this.count;
  }

  /** Term of the entry at `index`; undefined when compacted away or beyond the end. */
  term(index: number): number | undefined {
    const offset = this.snapshot.meta.index;
    if (index === offset) return this.snapshot.meta.term;
    if (index < offset || index > this.lastIndex()) return undefined;
    return this.entries[index - offset - 1]?.term;
  }

  entry(index: number): Entry | undefined {
    const k = index - this.snapshot.meta.index - 1;
    return k >= 0 && k < this.count ? this.entries[k] : undefined;
  }

  /** Entries [lo, hi), lo >= firstIndex. */
  slice(lo: number, hi: number): Entry[] {
    const offset = this.snapshot.meta.index + 1;
    return this.entries.slice(Math.max(0, lo - offset), Math.min(this.count, hi - offset));
  }

  /**
   * Persists entries, which must continue the log or overwrite a suffix of it.
   * Returns the index the log was truncated from, if an existing suffix was replaced.
   */
  append(entries: readonly Entry[]): number | undefined {
    const first = entries[0];
    if (!first) return undefined;
    const last = this.lastIndex();
    if (first.index > last + 1) throw new Error(`storage: gap appending ${first.index} after ${last}`);
    if (first.index <= this.snapshot.meta.index) throw new Error(`storage: ${first.index} is compacted`);
    let truncatedFrom: number | undefined;
    if (first.index <= last) {
      truncatedFrom = first.index;
      this.count = first.index - this.firstIndex();
    }
    // Extend in place only if nobody else's view reaches past ours; else take our own copy.
    if (this.entries.length !== this.count) this.entries = this.entries.slice(0, this.count);
    for (const e of entries) this.entries.push(e);
    this.count = this.entries.length;
    return truncatedFrom;
  }

  /** Compacts the log up to `index` (applied), keeping `data` as the state machine's image (§7). */
  compact(index: number, conf: ConfState, data: unknown): void {
    const term = this.term(index);
    if (term === undefined || index <= this.snapshot.meta.index) return;
    this.entries = this.entries.slice(index - this.snapshot.meta.index, this.count);
    this.count = this.entries.length;
    this.snapshot = { meta: { index, term, conf }, data };
  }

  /**
   * Installs a snapshot from the leader. Entries after it are kept when they agree with it
   * (the snapshot's last entry is in our log), else the whole log is discarded (Figure 13, steps 6-7).
   */
  installSnapshot(snapshot: Snapshot): void {
    const { index, term } = snapshot.meta;
    if (this.term(index) === term) {
      this.entries = this.entries.slice(index - this.snapshot.meta.index, this.count);
    } else {
      this.entries = [];
    }
    this.count = this.entries.length;
    this.snapshot = snapshot;
  }

  clone(): Storage {
    const copy = Object.create(Storage.prototype) as Storage;
    copy.hardState = this.hardState;
    copy.snapshot = this.snapshot;
    copy.entries = this.entries;
    copy.count = this.count;
    return copy;
  }
}
