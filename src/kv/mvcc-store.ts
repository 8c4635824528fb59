// The multi-version store: etcd's mvcc store (server/storage/mvcc/kvstore.go,
// kvstore_txn.go) without the disk. The key index maps keys to revisions; the history maps
// revisions to the key-value pairs written at them (etcd's "key" bucket in bolt, keyed by
// revision). An empty store is at revision 1; each write transaction that changes
// something takes the next main revision.

import { ErrCompacted, ErrFutureRev, fail, ok, type Outcome } from './errors';
import { History } from './history';
import { KeyIndexTree } from './index-tree';
import type { KeyRange } from './keys';
import { revisionId, type Revision } from './revision';
import type { Change } from './change';
import { copyKv, type Kv, type WatchEvent } from './types';
import { WriteTxn } from './write-txn';

/** How the store reaches the lessor: etcd's store holds the lessor to attach/detach keys. */
export interface LeaseBinder {
  /** The lease a key is attached to, 0 for none (lessor.GetLease). */
  leaseOf(key: string): number;
  attach(id: number, key: string): void;
  detach(id: number, key: string): void;
}

/** A binder for a store without leases. */
export const NO_LEASES: LeaseBinder = { leaseOf: () => 0, attach: () => undefined, detach: () => undefined };

export interface RangeOptions {
  /** Revision to read at; 0 or absent reads the newest. */
  rev?: number;
  /** At most this many pairs (0: no limit); `count` still counts them all. */
  limit?: number;
  countOnly?: boolean;
}

/** etcd's mvcc RangeResult: pairs in key order, total count, revision of the read view. */
export interface RawRange {
  kvs: Kv[];
  count: number;
  rev: number;
}

/** What one write transaction committed: its revision and its changes as watch events. */
export interface CommittedRevision {
  revision: number;
  events: WatchEvent[];
}

export class MvccStore {
  /** The newest committed revision (etcd currentRev): 1 for an empty store. */
  currentRev = 1;
  /** Revisions below this are gone (etcd compactMainRev); -1 when never compacted. */
  compactMainRev = -1;
  index = new KeyIndexTree();
  /** Changes by main revision, each list in sub-revision order. Lists are never mutated once shared. */
  history = new History();
  binder: LeaseBinder;

  constructor(binder: LeaseBinder = NO_LEASES) {
    this.binder = binder;
  }

  /** A copy for checkpoints: shares immutable history lists and, until written, key indexes. */
  clone(binder: LeaseBinder = NO_LEASES): MvccStore {
    const copy = new MvccStore(binder);
    copy.currentRev = this.currentRev;
    copy.compactMainRev = this.compactMainRev;
    copy.index = this.index.clone();
    copy.history = this.history.clone();
    return copy;
  }

  /** Reads at the store's current revision (etcd store.Read + Range). */
  range(range: KeyRange, opts: RangeOptions = {}): Outcome<RawRange> {
    return this.rangeAt(range, opts, this.currentRev);
  }

  /** Starts a write transaction; nothing else may write until its end(). */
  write(): WriteTxn {
    return new WriteTxn(this);
  }

  /**
   * etcd storeTxnCommon.rangeKeys: `curRev` is the newest revision the reader may see.
   * Errors: a revision above it is ErrFutureRev, one below the compaction ErrCompacted.
   */
  rangeAt(range: KeyRange, opts: RangeOptions, curRev: number): Outcome<RawRange> {
    let rev = opts.rev ?? 0;
    if (rev > curRev) return fail(ErrFutureRev);
    if (rev <= 0) rev = curRev;
    if (rev < this.compactMainRev) return fail(ErrCompacted);
    const found = this.index.range(range, rev);
    if (opts.countOnly) return ok({ kvs: [], count: found.length, rev: curRev });
    const limit = opts.limit !== undefined && opts.limit > 0 ? opts.limit : found.length;
    const kvs = found.slice(0, limit).map((f) => copyKv(this.kvAt(f.modified)));
    return ok({ kvs, count: found.length, rev: curRev });
  }

  /** The pair written at `rev`; the index only points at revisions the history holds. */
  kvAt(rev: Revision): Kv {
    const changes = this.history.get(rev.main) ?? [];
    const change = changes[rev.sub]?.sub === rev.sub ? changes[rev.sub] : changes.find((c) => c.sub === rev.sub);
    if (change?.kv == null) throw new Error(`kv: history has no value at ${revisionId(rev)}`);
    return change.kv;
  }

  /** The changes committed at main revision `main` (possibly thinned by compaction). */
  changesAt(main: number): readonly Change[] {
    return this.history.get(main) ?? [];
  }

  /**
   * Compacts at `rev` (etcd store.Compact + scheduleCompaction, done at once): reads below
   * `rev` fail from now on; history keeps, per key, the newest change at or before `rev`.
   * Compacting at or below the last compaction is ErrCompacted, above the current revision
   * ErrFutureRev (etcd updateCompactRev).
   */
  compact(rev: number): Outcome<void> {
    if (rev <= this.compactMainRev) return fail(ErrCompacted);
    if (rev > this.currentRev) return fail(ErrFutureRev);
    this.compactMainRev = rev;
    const keep = this.index.compact(rev);
    this.history.thin(rev, (main, changes) => {
      const kept = changes.filter((c) => keep.has(revisionId({ main, sub: c.sub })));
      return kept.length === changes.length ? changes : kept;
    });
    return ok(undefined);
  }
}
