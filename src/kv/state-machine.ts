// One node's key-value state machine: the MVCC store, its lessor and its watches, and the
// apply step for committed entries (etcd applierV3backend.Apply). Every member applies the
// same entries in the same order and so reaches the same store and the same answers; only
// lease deadlines (leader-only) and watches (per node) differ between members.

import { ErrLeaseNotFound, fail, ok, type Outcome } from './errors';
import { compareKeys } from './keys';
import { Lessor, type LessorOptions, type LessorSnapshot } from './lessor';
import { MvccStore, type CommittedRevision } from './mvcc-store';
import { executeDeleteRange, executePut } from './ops';
import { executeRange } from './range';
import { storeFromSnapshot, storeToSnapshot, type StoreSnapshot } from './snapshot';
import { checkTxn, compareToPath, executeTxn } from './txn';
import type * as T from './types';
import { DEFAULT_LIMITS, validateRequest, type RequestLimits } from './validate';
import { WatchHub, type WatchRequest, type WatchResponse } from './watch-hub';
import type { WriteTxn } from './write-txn';
import type { LeaseRef } from './lease-ref';

export interface KvOptions {
  /** Minimum lease TTL in seconds (etcd: ceil(1.5 * election timeout), see LessorOptions). */
  minLeaseTtl: number;
  limits?: Partial<RequestLimits>;
  /** etcd's leaseRevokeRate, a test knob for promote's expiry spreading. */
  leaseRevokeRate?: number;
  /** How long before the leader reports an expired, unrevoked lease again (LessorOptions.expiredRetryMs). */
  expiredLeaseRetryMs?: number;
}

/** What applying one committed entry did. */
export interface Applied {
  /** etcd's answer to the client, or its error (the entry then changed nothing). */
  outcome: Outcome<T.KvResponse>;
  /** The revision the entry created and its events; null when the revision did not move. */
  committed: CommittedRevision | null;
  /** Watch responses the new revision caused on this node. */
  watchResponses: WatchResponse[];
}

/** The whole state as JSON data (watches excluded: they belong to connections, not to the log). */
export interface KvSnapshot {
  format: 'raft-explorer-kv';
  version: 1;
  store: StoreSnapshot;
  lessor: LessorSnapshot;
}

export class KvStateMachine {
  readonly options: KvOptions;
  readonly limits: RequestLimits;
  store: MvccStore;
  lessor: Lessor;
  watches: WatchHub;

  constructor(options: KvOptions) {
    this.options = options;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.lessor = new Lessor(lessorOptions(options));
    this.store = new MvccStore(this.lessor);
    this.watches = new WatchHub(this.store);
  }

  /** The store's current revision (1 when empty). */
  get revision(): number {
    return this.store.currentRev;
  }

  /** The last compaction revision, -1 when never compacted. */
  get compactRevision(): number {
    return this.store.compactMainRev;
  }

  /** The API-layer check (before proposing): null, or the error etcd would answer at once. */
  validate(req: T.KvRequest): string | null {
    return validateRequest(req, this.limits);
  }

  /**
   * Applies one committed entry at virtual time `now` (used only for lease deadlines on the
   * leader). Never throws on a bad request: it answers etcd's error and changes nothing.
   */
  apply(req: T.KvRequest, now: number): Applied {
    const invalid = this.validate(req);
    if (invalid !== null) return this.unchanged(fail(invalid));
    switch (req.type) {
      case 'get':
        return this.unchanged(this.range(req));
      case 'put':
        return this.applyPut(req);
      case 'delete':
        return this.inWriteTxn((wtx) => ok(executeDeleteRange(wtx, req)));
      case 'txn':
        return this.applyTxn(req);
      case 'compact':
        return this.applyCompaction(req);
      case 'lease-grant':
        return this.applyLeaseGrant(req, now);
      case 'lease-revoke':
        return this.applyLeaseRevoke(req);
      case 'lease-checkpoint':
        for (const c of req.checkpoints) this.lessor.checkpoint(c.id, c.remainingTtl);
        return this.unchanged(ok({ header: this.header() }));
    }
  }

  /** A read on this node's store: serializable reads, and linearizable ones after ReadIndex. */
  range(req: T.RangeRequest): Outcome<T.RangeResponse> {
    const invalid = this.validate(req);
    return invalid !== null ? fail(invalid) : executeRange(this.store, req);
  }

  private applyPut(req: T.PutRequest): Applied {
    // etcd checks the lease before opening the write (applierV3backend.Put with txn == nil).
    if (req.lease && this.lessor.lookup(req.lease) === undefined) return this.unchanged(fail(ErrLeaseNotFound));
    return this.inWriteTxn((wtx) => executePut(wtx, req));
  }

  private applyTxn(req: T.TxnRequest): Applied {
    return this.inWriteTxn((wtx) => {
      const path = compareToPath(wtx, req);
      const error = checkTxn(wtx, req, path, {
        leaseExists: (id) => this.lessor.lookup(id) !== undefined,
        firstRev: this.store.compactMainRev,
        rev: wtx.beginRev,
      });
      return error !== null ? fail(error) : ok(executeTxn(wtx, req, path));
    });
  }

  private applyCompaction(req: T.CompactionRequest): Applied {
    const done = this.store.compact(req.revision);
    return this.unchanged(done.ok ? ok({ header: this.header() }) : fail(done.error));
  }

  private applyLeaseGrant(req: T.LeaseGrantRequest, now: number): Applied {
    const granted = this.lessor.grant(req.id, req.ttl, now);
    if (!granted.ok) return this.unchanged(fail(granted.error));
    return this.unchanged(ok({ header: this.header(), id: granted.value.id, ttl: granted.value.ttl }));
  }

  /** Revoking deletes every attached key in one revision (etcd lessor.Revoke uses one txn). */
  private applyLeaseRevoke(req: T.LeaseRevokeRequest): Applied {
    const revoked = this.lessor.revoke(req.id);
    if (!revoked.ok) return this.unchanged(fail(revoked.error));
    return this.inWriteTxn((wtx) => {
      for (const key of revoked.value) wtx.deleteRange({ key });
      return ok(null);
    });
  }

  /**
   * Runs `body` in one write transaction, commits it and notifies watches. A body answering
   * null gets a bare header at the revision after the commit (etcd's newHeader, lease revoke).
   */
  private inWriteTxn(body: (wtx: WriteTxn) => Outcome<T.KvResponse | null>): Applied {
    const wtx = this.store.write();
    const result = body(wtx);
    const committed = wtx.end();
    const watchResponses = committed === null ? [] : this.watches.notify(committed);
    if (!result.ok) return { outcome: result, committed, watchResponses };
    const response = result.value ?? { header: this.header() };
    return { outcome: ok(response), committed, watchResponses };
  }

  private unchanged(outcome: Outcome<T.KvResponse>): Applied {
    return { outcome, committed: null, watchResponses: [] };
  }

  private header(): T.ResponseHeader {
    return { revision: this.store.currentRev };
  }

  // ---- leases: served by the leader, outside the log ----

  /** A keep-alive on the leader (etcd LeaseRenew); the header is taken before renewing, as etcd does. */
  leaseKeepAlive(id: LeaseRef, now: number): Outcome<T.LeaseKeepAliveResponse> {
    const header = this.header();
    const renewed = this.lessor.renew(id, now);
    return renewed.ok ? ok({ header, id, ttl: renewed.value }) : fail(renewed.error);
  }

  /** etcd LeaseTimeToLive: remaining and granted TTL, attached keys on request; ttl -1 for no such lease. */
  leaseTimeToLive(id: LeaseRef, now: number, withKeys = false): T.LeaseTimeToLiveResponse {
    const lease = this.lessor.lookup(id);
    if (lease === undefined) return { header: this.header(), id, ttl: -1, grantedTtl: 0 };
    const response: T.LeaseTimeToLiveResponse = {
      header: this.header(),
      id,
      ttl: this.lessor.remainingSeconds(lease, now),
      grantedTtl: lease.ttl,
    };
    if (withKeys) response.keys = [...lease.keys].sort(compareKeys);
    return response;
  }

  /** etcd LeaseLeases: every lease id, soonest deadline first. */
  leaseLeases(): T.LeaseLeasesResponse {
    return { header: this.header(), leases: this.lessor.list().map((l) => ({ id: l.id })) };
  }

  /** This node became leader: restart lease deadlines at now + extendMs + TTL (etcd Promote). */
  promote(now: number, extendMs: number): void {
    this.lessor.promote(now, extendMs);
  }

  /** This node stopped leading: no lease deadlines (etcd Demote). */
  demote(): void {
    this.lessor.demote();
  }

  /** Leases the leader must revoke now, through Raft (lease-revoke entries). */
  expiredLeases(now: number): number[] {
    return this.lessor.expired(now);
  }

  // ---- watches ----

  /** Creates a watch on this node: the created response, then any replay or compaction cancel. */
  watch(req: WatchRequest): WatchResponse[] {
    return this.watches.watch(req);
  }

  cancelWatch(watchId: number): Outcome<WatchResponse> {
    return this.watches.cancel(watchId);
  }

  // ---- snapshots and clones ----

  /**
   * The replicated state as JSON data (a Raft snapshot). With `exact`, leader-only lease
   * deadlines and role are included too, for checkpoints that must resume exactly.
   */
  toSnapshot(exact = false): KvSnapshot {
    return { format: 'raft-explorer-kv', version: 1, store: storeToSnapshot(this.store), lessor: this.lessor.toSnapshot(exact) };
  }

  /** A state machine from a snapshot (no watches), or an error for data that is not one. */
  static fromSnapshot(snapshot: KvSnapshot, options: KvOptions): Outcome<KvStateMachine> {
    const kv = new KvStateMachine(options);
    const installed = kv.installSnapshot(snapshot);
    return installed.ok ? ok(kv) : fail(installed.error);
  }

  /**
   * Replaces the state by a snapshot (a follower installing the leader's), keeping this node's
   * watches: they catch up through the new history (etcd watchableStore.Restore). A lessor
   * from a non-exact snapshot is not primary; the cluster promotes it if this node leads.
   */
  installSnapshot(snapshot: KvSnapshot): Outcome<WatchResponse[]> {
    if (snapshot?.format !== 'raft-explorer-kv' || snapshot.version !== 1) return fail('kv: not a raft-explorer-kv snapshot');
    try {
      const lessor = Lessor.fromSnapshot(snapshot.lessor, lessorOptions(this.options));
      const store = storeFromSnapshot(snapshot.store, lessor);
      attachLeasedKeys(store, lessor);
      this.lessor = lessor;
      this.store = store;
      return ok(this.watches.restore(store));
    } catch (e) {
      return fail(`kv: malformed snapshot (${e instanceof Error ? e.message : String(e)})`);
    }
  }

  /** An independent copy, watches included, sharing unchanged history (time-travel checkpoints). */
  clone(): KvStateMachine {
    const copy = new KvStateMachine(this.options);
    copy.lessor = this.lessor.clone();
    copy.store = this.store.clone(copy.lessor);
    copy.watches = this.watches.clone(copy.store);
    return copy;
  }
}

function lessorOptions(options: KvOptions): LessorOptions {
  return { minTtl: options.minLeaseTtl, revokeRate: options.leaseRevokeRate, expiredRetryMs: options.expiredLeaseRetryMs };
}

/** etcd rebuilds lease attachments from the stored pairs on restore (kvstore restore: le.Attach). */
function attachLeasedKeys(store: MvccStore, lessor: Lessor): void {
  const all = store.range({ key: '', end: '' });
  if (!all.ok) return;
  for (const kv of all.value.kvs) if (kv.lease !== 0) lessor.attach(kv.lease, kv.key);
}
