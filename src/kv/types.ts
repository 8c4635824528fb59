// Data shapes of the key-value store: key-value pairs, watch events, requests and
// responses, shaped as etcd's v3 API (api/etcdserverpb/rpc.proto) in camelCase. They match
// the trace types (src/sim/trace-types.ts: Kv, WatchEvent, OpResult) structurally, and the
// request types match the scenario's client operations (src/sim/scenario-types.ts), so the
// cluster can hand a client op to the store unchanged. src/kv imports nothing, hence the copy.

import type { LeaseRef } from './lease-ref';

/** A key-value pair as etcd's mvccpb.KeyValue; field order is the trace's. */
export interface Kv {
  key: string;
  value: string;
  createRevision: number;
  modRevision: number;
  version: number;
  lease: number;
}

export interface WatchEvent {
  type: 'PUT' | 'DELETE';
  kv: Kv;
  prevKv?: Kv;
}

export interface ResponseHeader {
  revision: number;
}

// ---- requests (what one committed Raft entry carries) ----

export type SortTarget = 'key' | 'create' | 'mod' | 'version' | 'value';
export type SortOrder = 'none' | 'ascend' | 'descend';

/** etcd's RangeRequest. `prefix` is the etcdctl flag: the range end becomes the prefix end. */
export interface RangeRequest {
  type: 'get';
  key: string;
  rangeEnd?: string;
  prefix?: boolean;
  /** Read at this revision; absent or <= 0 reads the current one. */
  revision?: number;
  /** Served by the local node without a quorum read; the store ignores it. */
  serializable?: boolean;
  limit?: number;
  sortTarget?: SortTarget;
  sortOrder?: SortOrder;
  keysOnly?: boolean;
  countOnly?: boolean;
  minModRevision?: number;
  maxModRevision?: number;
  minCreateRevision?: number;
  maxCreateRevision?: number;
}

export interface PutRequest {
  type: 'put';
  key: string;
  value: string;
  /** A granted id, or any int64 as a decimal string (lease-ref.ts). */
  lease?: LeaseRef;
  prevKv?: boolean;
  ignoreValue?: boolean;
  ignoreLease?: boolean;
}

export interface DeleteRangeRequest {
  type: 'delete';
  key: string;
  rangeEnd?: string;
  prefix?: boolean;
  prevKv?: boolean;
}

/** etcd's Compare; `lease` is etcd's LEASE target, an extension of the scenario format. */
export type CompareTarget = 'create' | 'mod' | 'version' | 'value' | 'lease';
export type CompareResult = '=' | '!=' | '<' | '>';

export interface Compare {
  key: string;
  target: CompareTarget;
  result: CompareResult;
  /** A number for create / mod / version / lease, a string for value. */
  value: number | string;
  /** etcd's Compare.range_end: every key in the range must pass. "\0" means from-key. */
  rangeEnd?: string;
}

export type TxnOpRequest = RangeRequest | PutRequest | DeleteRangeRequest | TxnRequest;

export interface TxnRequest {
  type: 'txn';
  compare: Compare[];
  success: TxnOpRequest[];
  failure: TxnOpRequest[];
}

export interface CompactionRequest {
  type: 'compact';
  revision: number;
}

/** A lease grant; without `id` the store picks the next free one at apply time (deterministically). */
export interface LeaseGrantRequest {
  type: 'lease-grant';
  ttl: number;
  id?: number;
}

export interface LeaseRevokeRequest {
  type: 'lease-revoke';
  id: LeaseRef;
}

/** etcd's LeaseCheckpoint: the leader records remaining TTLs so a new leader does not restart them in full. */
export interface LeaseCheckpointRequest {
  type: 'lease-checkpoint';
  checkpoints: { id: number; remainingTtl: number }[];
}

/** Everything the cluster may commit through Raft and apply to the store. */
export type KvRequest =
  | RangeRequest
  | PutRequest
  | DeleteRangeRequest
  | TxnRequest
  | CompactionRequest
  | LeaseGrantRequest
  | LeaseRevokeRequest
  | LeaseCheckpointRequest;

// ---- responses (structurally OpResult of the trace) ----

export interface RangeResponse {
  header: ResponseHeader;
  kvs: Kv[];
  /** Keys in the range at the read revision, before limit and before the revision filters (as etcd). */
  count: number;
  /** Present (true) only when the limit cut the answer short. */
  more?: boolean;
}

export interface PutResponse {
  header: ResponseHeader;
  prevKv?: Kv;
}

export interface DeleteRangeResponse {
  header: ResponseHeader;
  deleted: number;
  prevKvs?: Kv[];
}

export type TxnOpResponse = RangeResponse | PutResponse | DeleteRangeResponse | TxnResponse;

export interface TxnResponse {
  header: ResponseHeader;
  succeeded: boolean;
  responses: TxnOpResponse[];
}

export interface CompactionResponse {
  header: ResponseHeader;
}

export interface LeaseGrantResponse {
  header: ResponseHeader;
  id: number;
  ttl: number;
}

export interface LeaseRevokeResponse {
  header: ResponseHeader;
}

export interface LeaseCheckpointResponse {
  header: ResponseHeader;
}

export interface LeaseKeepAliveResponse {
  header: ResponseHeader;
  id: LeaseRef;
  ttl: number;
}

export interface LeaseTimeToLiveResponse {
  header: ResponseHeader;
  /** The id asked about, echoed as etcd does. */
  id: LeaseRef;
  /** Remaining seconds (truncated), -1 when the lease does not exist (etcd's LeaseServer). */
  ttl: number;
  grantedTtl: number;
  keys?: string[];
}

export interface LeaseLeasesResponse {
  header: ResponseHeader;
  leases: { id: number }[];
}

export type KvResponse =
  | RangeResponse
  | PutResponse
  | DeleteRangeResponse
  | TxnResponse
  | CompactionResponse
  | LeaseGrantResponse
  | LeaseRevokeResponse
  | LeaseCheckpointResponse;

/** Copies a key-value pair, so callers never share objects with the store's history. */
export function copyKv(kv: Kv): Kv {
  return {
    key: kv.key,
    value: kv.value,
    createRevision: kv.createRevision,
    modRevision: kv.modRevision,
    version: kv.version,
    lease: kv.lease,
  };
}
