// The in-memory index of every key's revisions, as etcd's treeIndex
// (server/storage/mvcc/index.go): a sorted set of keyIndex, searched by range. etcd uses
// a B-tree; a sorted array with binary search gives the same answers and is plenty for
// the sizes a simulation reaches.
//
// Clones share KeyIndex objects: each tree owns a token, and a KeyIndex not created under
// the current token is copied before its first change (copy-on-write), so a checkpoint
// costs one pass over the key list, not over the whole history.

import { KeyIndex, type KeyAt } from './key-index';
import { compareKeys, lowerBound, type KeyRange } from './keys';
import type { Revision } from './revision';

/** A key found by a range read, with what the read sees of it. */
export interface IndexedKey extends KeyAt {
  key: string;
}

export class KeyIndexTree {
  private sortedKeys: string[] = [];
  private byKey = new Map<string, KeyIndex>();
  private owned = new WeakSet<KeyIndex>();

  /** A copy sharing unchanged KeyIndex objects with this tree; both copy before writing. */
  clone(): KeyIndexTree {
    const copy = new KeyIndexTree();
    copy.sortedKeys = this.sortedKeys.slice();
    copy.byKey = new Map(this.byKey);
    this.owned = new WeakSet();
    return copy;
  }

  get size(): number {
    return this.sortedKeys.length;
  }

  /** Every KeyIndex in key order (for snapshots and checks). */
  all(): KeyIndex[] {
    return this.sortedKeys.map((k) => this.byKey.get(k) as KeyIndex);
  }

  /** Adds a restored KeyIndex (snapshot restore); keys must come in ascending order. */
  insertRestored(ki: KeyIndex): void {
    const last = this.sortedKeys[this.sortedKeys.length - 1];
    if (last !== undefined && compareKeys(last, ki.key) >= 0) throw new Error('kv: restored keys out of order');
    this.sortedKeys.push(ki.key);
    this.byKey.set(ki.key, ki);
    this.owned.add(ki);
  }

  get(key: string, atRev: number): KeyAt | null {
    const ki = this.byKey.get(key);
    return ki === undefined ? null : ki.get(atRev);
  }

  put(key: string, rev: Revision): void {
    let ki = this.writable(key);
    if (ki === undefined) {
      ki = new KeyIndex(key);
      this.owned.add(ki);
      this.byKey.set(key, ki);
      this.sortedKeys.splice(lowerBound(this.sortedKeys, key), 0, key);
    }
    ki.put(rev);
  }

  /** Records a deletion; false when the key does not exist now (etcd: ErrRevisionNotFound). */
  tombstone(key: string, rev: Revision): boolean {
    const ki = this.byKey.get(key);
    if (ki === undefined || ki.get(Number.MAX_SAFE_INTEGER) === null) return false;
    return (this.writable(key) as KeyIndex).tombstone(rev);
  }

  /** Keys in `range` that exist at main revision `atRev`, in key order. */
  range(range: KeyRange, atRev: number): IndexedKey[] {
    if (range.end === undefined) {
      const found = this.get(range.key, atRev);
      return found === null ? [] : [{ key: range.key, ...found }];
    }
    const out: IndexedKey[] = [];
    for (let i = lowerBound(this.sortedKeys, range.key); i < this.sortedKeys.length; i++) {
      const key = this.sortedKeys[i] as string;
      if (range.end !== '' && compareKeys(key, range.end) >= 0) break;
      const found = (this.byKey.get(key) as KeyIndex).get(atRev);
      if (found !== null) out.push({ key, ...found });
    }
    return out;
  }

  /**
   * Compacts every key at `atRev` (etcd treeIndex.Compact) and returns the revisions to keep
   * in the history; keys left with nothing are removed from the index.
   */
  compact(atRev: number): Set<string> {
    const keep = new Set<string>();
    const remaining: string[] = [];
    for (const key of this.sortedKeys) {
      const ki = this.writable(key) as KeyIndex;
      ki.compact(atRev, keep);
      if (ki.isEmpty()) this.byKey.delete(key);
      else remaining.push(key);
    }
    this.sortedKeys = remaining;
    return keep;
  }

  /** The KeyIndex of `key`, copied first when a clone still shares it. */
  private writable(key: string): KeyIndex | undefined {
    const ki = this.byKey.get(key);
    if (ki === undefined || this.owned.has(ki)) return ki;
    const copy = ki.clone();
    this.owned.add(copy);
    this.byKey.set(key, copy);
    return copy;
  }
}
