// A write transaction on the MVCC store (etcd storeTxnWrite, kvstore_txn.go). Every change
// it makes goes to revision beginRev + 1, with sub-revisions in order; the store's revision
// moves only at end(), and only if something changed. Reads inside the transaction see its
// own earlier changes (they read at beginRev + 1 once anything changed).

import { changeToEvent, type Change } from './change';
import type { Outcome } from './errors';
import type { KeyRange } from './keys';
import type { CommittedRevision, MvccStore, RangeOptions, RawRange } from './mvcc-store';
import type { Kv, WatchEvent } from './types';

export class WriteTxn {
  /** The store's revision when the transaction began; changes go to beginRev + 1. */
  readonly beginRev: number;
  private readonly store: MvccStore;
  private readonly changes: Change[] = [];
  private ended = false;

  constructor(store: MvccStore) {
    this.store = store;
    this.beginRev = store.currentRev;
  }

  get changed(): boolean {
    return this.changes.length > 0;
  }

  /**
   * The revision reads inside the transaction see, and the one etcd puts in the header of a
   * range or an unchanged delete inside a txn: beginRev, or beginRev + 1 once anything changed.
   */
  get readRev(): number {
    return this.changed ? this.beginRev + 1 : this.beginRev;
  }

  range(range: KeyRange, opts: RangeOptions = {}): Outcome<RawRange> {
    return this.store.rangeAt(range, opts, this.readRev);
  }

  /**
   * Writes `key` (etcd storeTxnWrite.put): a key that exists keeps its create revision and
   * counts one more version; a new one (or one recreated after deletion) starts at version 1.
   * The key moves from its old lease to `lease` when they differ. Returns the put's revision.
   */
  put(key: string, value: string, lease: number): number {
    const rev = this.beginRev + 1;
    const before = this.store.index.get(key, rev);
    const oldLease = before === null ? 0 : this.store.binder.leaseOf(key);
    const kv: Kv = {
      key,
      value,
      createRevision: before === null ? rev : before.created.main,
      modRevision: rev,
      version: before === null ? 1 : before.version + 1,
      lease,
    };
    this.store.index.put(key, { main: rev, sub: this.changes.length });
    this.record({ sub: this.changes.length, key, kv });
    if (oldLease !== lease) {
      if (oldLease !== 0) this.store.binder.detach(oldLease, key);
      if (lease !== 0) this.store.binder.attach(lease, key);
    }
    return rev;
  }

  /**
   * Deletes every key of `range` that exists (etcd storeTxnWrite.DeleteRange), each with its
   * own sub-revision, detaching it from its lease. Returns how many, and the revision for the
   * response header: beginRev + 1 if the transaction changed anything so far, else beginRev.
   */
  deleteRange(range: KeyRange): { deleted: number; rev: number } {
    const found = this.store.index.range(range, this.readRev);
    for (const { key } of found) this.delete(key);
    return { deleted: found.length, rev: this.readRev };
  }

  private delete(key: string): void {
    const rev = { main: this.beginRev + 1, sub: this.changes.length };
    if (!this.store.index.tombstone(key, rev)) throw new Error(`kv: cannot delete missing key ${key}`);
    this.record({ sub: rev.sub, key, kv: null });
    const lease = this.store.binder.leaseOf(key);
    if (lease !== 0) this.store.binder.detach(lease, key);
  }

  private record(change: Change): void {
    if (this.changes.length === 0) this.store.history.append(this.beginRev + 1, this.changes);
    this.changes.push(change);
  }

  /** Commits: the store moves to beginRev + 1 if anything changed. Returns that revision's events. */
  end(): CommittedRevision | null {
    if (this.ended) throw new Error('kv: write transaction ended twice');
    this.ended = true;
    if (!this.changed) return null;
    const revision = this.beginRev + 1;
    this.store.currentRev = revision;
    return new LazyCommittedRevision(revision, this.changes);
  }
}

/** A committed revision whose events are built when first asked for: only a store with watches asks (issue 17). */
class LazyCommittedRevision implements CommittedRevision {
  private built: WatchEvent[] | undefined;

  constructor(
    readonly revision: number,
    private readonly changes: readonly Change[],
  ) {}

  get events(): WatchEvent[] {
    return (this.built ??= this.changes.map((c) => changeToEvent(this.revision, c)));
  }
}
