// The revisions of one key, in generations, as etcd's keyIndex
// (server/storage/mvcc/key_index.go). A generation runs from a key's creation to its
// deletion (a tombstone revision ends it and opens a new, empty generation). The last
// generation is the current one, empty when the key does not exist now.
//
// Example: put(1.0); put(2.0); tombstone(3.0); put(4.0); tombstone(5.0) on key "foo":
//
//   generations: {empty}, {4.0, 5.0(t)}, {1.0, 2.0, 3.0(t)}   (newest first)
//
// compact(rev) drops every revision <= rev except the newest such one of the generation
// alive at rev; generations ending (tombstoned) before rev disappear; when nothing but an
// empty generation is left the whole key disappears from the index:
//
//   compact(2): {empty}, {4.0, 5.0(t)}, {2.0, 3.0(t)}
//   compact(4): {empty}, {4.0, 5.0(t)}
//   compact(5): {empty}, {5.0(t)}        (etcd >= 3.5 keeps a tombstone at exactly rev)
//   compact(6): {empty}                  -> the key is removed
//
// Keeping the tombstone at exactly the compaction revision is etcd 3.5's rule (commit
// "keep tombstone if revision == compactAtRev"); 3.4 dropped it, and a watch from the
// compaction revision could then miss that delete.

import { compareRevisions, revisionId, ZERO_REVISION, type Revision } from './revision';

export interface Generation {
  /** Number of puts in this generation (the key's version at its newest revision). */
  ver: number;
  /** Revision that created the key in this generation. */
  created: Revision;
  /** Revisions in ascending order; the last one is a tombstone unless this is the current generation. */
  revs: Revision[];
}

/** What a read at some revision finds for a key. */
export interface KeyAt {
  modified: Revision;
  created: Revision;
  version: number;
}

export class KeyIndex {
  readonly key: string;
  /** The newest revision of any change to this key. */
  modified: Revision = ZERO_REVISION;
  generations: Generation[] = [];

  constructor(key: string) {
    this.key = key;
  }

  /** A deep copy; the index tree copies a key before its first change after a clone. */
  clone(): KeyIndex {
    const copy = new KeyIndex(this.key);
    copy.modified = this.modified;
    copy.generations = this.generations.map((g) => ({ ver: g.ver, created: g.created, revs: g.revs.slice() }));
    return copy;
  }

  /** Records a put at `rev`, which must be newer than every revision already recorded. */
  put(rev: Revision): void {
    if (compareRevisions(rev, this.modified) <= 0) {
      throw new Error(`kv: put at ${revisionId(rev)} is not after ${revisionId(this.modified)} on ${this.key}`);
    }
    if (this.generations.length === 0) this.generations.push(emptyGeneration());
    const g = this.generations[this.generations.length - 1] as Generation;
    if (g.revs.length === 0) g.created = rev;
    g.revs.push(rev);
    g.ver++;
    this.modified = rev;
  }

  /** Records a deletion at `rev`; false (nothing recorded) when the key does not exist now. */
  tombstone(rev: Revision): boolean {
    const current = this.generations[this.generations.length - 1];
    if (current === undefined || current.revs.length === 0) return false;
    this.put(rev);
    this.generations.push(emptyGeneration());
    return true;
  }

  /** The key as a read at main revision `atRev` sees it, or null when it did not exist then. */
  get(atRev: number): KeyAt | null {
    const g = this.findGeneration(atRev);
    if (g === null) return null;
    for (let i = g.revs.length - 1; i >= 0; i--) {
      const rev = g.revs[i] as Revision;
      if (rev.main <= atRev) {
        return { modified: rev, created: g.created, version: g.ver - (g.revs.length - 1 - i) };
      }
    }
    return null;
  }

  /** The generation alive at `rev`, or null when the key did not exist at `rev`. */
  private findGeneration(rev: number): Generation | null {
    const last = this.generations.length - 1;
    for (let i = last; i >= 0; i--) {
      const g = this.generations[i] as Generation;
      if (g.revs.length === 0) continue;
      // A generation other than the current one ends in a tombstone: at or after it, no key.
      if (i !== last && (g.revs[g.revs.length - 1] as Revision).main <= rev) return null;
      if ((g.revs[0] as Revision).main <= rev) return g;
    }
    return null;
  }

  /**
   * Compacts at main revision `atRev` and adds the revisions that must stay readable to
   * `keep` (revisionId strings): per key, the newest revision <= atRev of the generation
   * alive at atRev, so that reads at atRev and later still find it.
   */
  compact(atRev: number, keep: Set<string>): void {
    let genIdx = 0;
    // Skip generations whose tombstone is older than atRev: nothing in them is readable at >= atRev.
    while (genIdx < this.generations.length - 1) {
      const g = this.generations[genIdx] as Generation;
      if ((g.revs[g.revs.length - 1] as Revision).main >= atRev) break;
      genIdx++;
    }
    const g = this.generations[genIdx] as Generation;
    for (let i = g.revs.length - 1; i >= 0; i--) {
      const rev = g.revs[i] as Revision;
      if (rev.main <= atRev) {
        keep.add(revisionId(rev));
        g.revs = g.revs.slice(i);
        break;
      }
    }
    this.generations = this.generations.slice(genIdx);
  }

  /** True when nothing but an empty current generation is left: the index drops the key. */
  isEmpty(): boolean {
    return this.generations.length === 1 && (this.generations[0] as Generation).revs.length === 0;
  }
}

function emptyGeneration(): Generation {
  return { ver: 0, created: ZERO_REVISION, revs: [] };
}
