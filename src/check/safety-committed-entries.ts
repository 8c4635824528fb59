// The entries known to be committed, by index: what a node holds at index i when its
// commit index reaches i, or what it applies at i (an applied entry is committed, §5.3).
//
// Each entry keeps the lowest term in which it was seen committed: the observing node's
// current term. That bounds from above the term in which the entry was really committed
// (a node learns of a commit from a leader whose term is at most its own), which is what
// Leader Completeness quantifies over.

export interface CommittedEntry {
  entry: string;
  /** An upper bound on the term in which the entry was committed. */
  term: number;
  /** The commit or apply event that showed it committed. */
  event: number;
}

export class CommittedEntries {
  private byIndex: (CommittedEntry | undefined)[] = [];

  get highestIndex(): number {
    return this.byIndex.length - 1;
  }

  at(index: number): CommittedEntry | undefined {
    return this.byIndex[index];
  }

  /**
   * Records entry as committed at index, seen in term. The first entry recorded at an
   * index stays: a different one later is a State Machine Safety matter, checked on apply.
   */
  record(index: number, entry: string, term: number, event: number): void {
    const known = this.byIndex[index];
    if (!known) this.byIndex[index] = { entry, term, event };
    else if (known.entry === entry && term < known.term) Object.assign(known, { term, event });
  }
}
