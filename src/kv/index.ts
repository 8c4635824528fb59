// The etcd-v3-compatible key-value store of Raft Explorer: a pure, deterministic library
// (no time, no randomness, no imports). The cluster keeps one KvStateMachine per node and:
//
// 1. before proposing a client request, calls `validate(req)`: etcd's API-layer checks
//    (empty key, duplicate keys in a txn, too many ops, ignore_value with a value, lease TTL
//    too large); an error string means "answer the client now, propose nothing";
// 2. for each committed entry, in log order, calls `apply(req, now)`: it returns etcd's
//    answer or etcd's error, the revision and events it committed, and the watch responses
//    this node must deliver. Every member gets the same answers;
// 3. serves reads with `range(req)` (serializable, or linearizable after ReadIndex);
// 4. leases: on becoming leader `promote(now, extendMs)`, on losing it `demote()`; the leader
//    answers keep-alives with `leaseKeepAlive(id, now)` and, on each tick, proposes a
//    lease-revoke entry for every id `expiredLeases(now)` returns; `leaseTimeToLive` and
//    `leaseLeases` answer queries on the leader;
// 5. watches: `watch(req)` (created response + replay), `cancelWatch(id)`; apply() reports
//    the deliveries of each new revision;
// 6. Raft snapshots: `toSnapshot()` / `installSnapshot(snap)` / `KvStateMachine.fromSnapshot`;
//    time-travel checkpoints: `clone()` (or `toSnapshot(true)` for an exact JSON copy).
//
// Requests use the scenario's client-op shapes (get / put / delete / txn / compact /
// lease-grant / lease-revoke) plus lease-checkpoint; answers are shaped as the trace's OpResult.

export type {
  Compare,
  CompareResult,
  CompareTarget,
  CompactionRequest,
  CompactionResponse,
  DeleteRangeRequest,
  DeleteRangeResponse,
  Kv,
  KvRequest,
  KvResponse,
  LeaseCheckpointRequest,
  LeaseCheckpointResponse,
  LeaseGrantRequest,
  LeaseGrantResponse,
  LeaseKeepAliveResponse,
  LeaseLeasesResponse,
  LeaseRevokeRequest,
  LeaseRevokeResponse,
  LeaseTimeToLiveResponse,
  PutRequest,
  PutResponse,
  RangeRequest,
  RangeResponse,
  ResponseHeader,
  SortOrder,
  SortTarget,
  TxnOpRequest,
  TxnOpResponse,
  TxnRequest,
  TxnResponse,
  WatchEvent,
} from './types';
export * from './errors';
export { KvStateMachine, type Applied, type KvOptions, type KvSnapshot } from './state-machine';
export { WatchHub, WATCH_BATCH_MAX_REVS, type WatchRequest, type WatchResponse, type Watcher } from './watch-hub';
export { Lessor, MAX_LEASE_TTL, LEASE_REVOKE_RATE, EXPIRED_LEASE_RETRY_MS, AUTO_LEASE_ID_BASE, type Lease, type LessorOptions, type LessorSnapshot } from './lessor';
export { MvccStore, type CommittedRevision, type RangeOptions, type RawRange, type LeaseBinder } from './mvcc-store';
export { validateRequest, DEFAULT_LIMITS, type RequestLimits } from './validate';
export { clientRange, compareKeys, isWholeKeyspace, prefixEnd, requestRange, FROM_KEY_END, type KeyRange } from './keys';
export { isInt64Decimal, leaseNumber, NO_SUCH_LEASE, type LeaseRef } from './lease-ref';
export type { StoreSnapshot } from './snapshot';
export { changeToEvent, type Change } from './change';

/**
 * etcd's minimum lease TTL in seconds for a given election timeout
 * (etcdserver/server.go: minTTL = (3 * electionTicks / 2) * heartbeat, rounded up to seconds).
 */
export function minLeaseTtlSeconds(electionTicks: number, tickMs: number): number {
  return Math.ceil((Math.floor((3 * electionTicks) / 2) * tickMs) / 1000);
}
