// The store's history: the changes of each main revision (etcd keeps them in its backend's
// key bucket, keyed by revision). Revisions only grow, and a revision's list never changes
// once its transaction ended, so copies of a store (time-travel checkpoints, taken every
// half second on every node) share one array of lists instead of copying it: a copy costs
// nothing, where a copied map of a ten-minute run cost a third of the run.
//
// Sharing is safe because every copy sees only the revisions below its own `end`: a copy
// that writes past its end appends in place only when no other copy has appended there
// first (the array is exactly as long as its view); otherwise it takes its own array first.
// Compaction rewrites old lists, so it always takes its own array.

import type { Change } from './change';

export class History {
  private slots: (readonly Change[] | undefined)[];
  /** One past the highest main revision this copy sees. */
  private end: number;

  constructor(slots: (readonly Change[] | undefined)[] = [], end = slots.length) {
    this.slots = slots;
    this.end = end;
  }

  /** A copy sharing every list (and the array, until one of them writes). */
  clone(): History {
    return new History(this.slots, this.end);
  }

  get(main: number): readonly Change[] | undefined {
    return main < this.end ? this.slots[main] : undefined;
  }

  /**
   * Records the list of main revision `main`, newer than every revision recorded so far. The
   * caller may go on pushing onto the list until its transaction ends (write-txn.ts).
   */
  append(main: number, changes: readonly Change[]): void {
    if (main < this.end) throw new Error(`kv: history already holds revision ${main}`);
    if (this.slots.length !== this.end) this.slots = this.slots.slice(0, this.end);
    while (this.slots.length < main) this.slots.push(undefined);
    this.slots.push(changes);
    this.end = main + 1;
  }

  /** The recorded revisions in order, with their lists. */
  *entries(): IterableIterator<[number, readonly Change[]]> {
    for (let main = 0; main < this.end; main++) {
      const changes = this.slots[main];
      if (changes !== undefined) yield [main, changes];
    }
  }

  /** Compaction: replaces each list at or below `rev` by what `keep` leaves of it (nothing drops the revision). */
  thin(rev: number, keep: (main: number, changes: readonly Change[]) => readonly Change[]): void {
    this.slots = this.slots.slice(0, this.end);
    for (let main = 0; main <= rev && main < this.end; main++) {
      const changes = this.slots[main];
      if (changes === undefined) continue;
      const kept = keep(main, changes);
      this.slots[main] = kept.length === 0 ? undefined : kept;
    }
  }
}
