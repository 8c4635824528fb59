// What clients and servers say to each other over the simulated network (etcd's gRPC API,
// reduced to what the explorer's clients use).

import type { KvRequest, LeaseRef, WatchRequest, WatchResponse } from '../kv';

export interface ClientRequest {
  /** The client process (its network address). */
  readonly client: string;
  /** The request stream whose retries are deduplicated (one outstanding request at a time). */
  readonly stream: string;
  readonly seq: number;
  readonly body: RequestBody;
  /**
   * The trace id of the client's invoke this request serves (TRACE.md 1.1): carried into the
   * entry so that apply events name the call, as etcd's robustness tests match persisted
   * requests to the operations of their history.
   */
  readonly call?: number;
}

export type RequestBody =
  | { readonly kind: 'kv'; readonly req: KvRequest; readonly label: string }
  | { readonly kind: 'keepalive'; readonly id: LeaseRef }
  | { readonly kind: 'watch'; readonly req: WatchRequest }
  | { readonly kind: 'watch-cancel'; readonly watchId: number }
  | { readonly kind: 'lease-ttl'; readonly id: LeaseRef; readonly keys: boolean }
  | { readonly kind: 'lease-list' };

export type Reply =
  | { readonly kind: 'answer'; readonly stream: string; readonly seq: number; readonly ok: true; readonly result: unknown }
  | {
      readonly kind: 'answer';
      readonly stream: string;
      readonly seq: number;
      readonly ok: false;
      readonly error: string;
      /** Worth trying again elsewhere (no leader, not leader); with the leader we know of. */
      readonly retry?: boolean;
      readonly leader?: string;
    }
  /** A watch response; the one that creates the watch names the request that asked for it. */
  | { readonly kind: 'watch'; readonly response: WatchResponse; readonly stream?: string; readonly seq?: number };

export const ErrNoLeader = 'etcdserver: no leader';
export const ErrNotLeader = 'etcdserver: not leader';
