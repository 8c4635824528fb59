// The trace format of ../shared/TRACE.md as TypeScript types. Checkers (src/check) read
// traces through these types only. Key order inside each event is part of the format:
// the recorder writes fields in the order they are declared here, so traces are
// byte-identical across runs.

import type { ClientOp } from './scenario-types';

export type Role = 'follower' | 'precandidate' | 'candidate' | 'leader';

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
  /** Extension: the raft term of the answering member, as etcd's header has it. */
  raftTerm?: number;
  member?: string;
}

/** etcd-shaped results; which fields appear depends on the operation. */
export interface OpResult {
  header: ResponseHeader;
  kvs?: Kv[];
  count?: number;
  more?: boolean;
  prevKv?: Kv;
  prevKvs?: Kv[];
  deleted?: number;
  succeeded?: boolean;
  responses?: OpResult[];
  /** A lease id: a number for every lease granted; a lease query about an id outside 2^53 echoes it as an int64 decimal string (kv/lease-ref.ts). */
  id?: number | string;
  ttl?: number;
  /** Election recipe answers. */
  key?: string;
  revision?: number;
  /** Watch creation answers. */
  watchId?: number;
  compactRevision?: number;
  canceled?: boolean;
}

export type MemberChange = 'add' | 'add-learner' | 'remove' | 'promote';

/**
 * Why a message was dropped: the loss rate, a partition or cut link, a crashed end, a user,
 * or a sender the receiver knows was removed from the cluster (etcd answers such a peer
 * "the member has been permanently removed").
 */
export type DropReason = 'loss' | 'partition' | 'link' | 'crashed' | 'user' | 'removed' | 'broken';

/** Why a client's connection to a node broke (connections.ts). */
export type ConnReason = 'loss' | 'partition' | 'link' | 'crashed' | 'removed' | 'user';

/** Summary of a Raft message, as it appears in send events and in the page. */
export interface MessageSummary {
  type: string;
  term: number;
  [field: string]: string | number | boolean | undefined;
}

export type TraceEvent =
  | { t: number; ev: 'start'; scenario: string; seed: number; nodes: string[] }
  | { t: number; ev: 'role'; node: string; role: Role; term: number }
  | { t: number; ev: 'vote'; node: string; term: number; for: string }
  | { t: number; ev: 'append'; node: string; index: number; term: number; entry: string }
  | { t: number; ev: 'truncate'; node: string; from: number }
  | { t: number; ev: 'snapshot'; node: string; index: number; term: number }
  | { t: number; ev: 'commit'; node: string; index: number }
  /** TRACE.md 1.1: `client`/`call` name the invoke an entry's request serves; `duplicate` a retry applied again. */
  | { t: number; ev: 'apply'; node: string; index: number; term: number; entry: string; revision: number; client?: string; call?: number; duplicate?: true }
  | { t: number; ev: 'crash'; node: string }
  | { t: number; ev: 'restart'; node: string }
  | { t: number; ev: 'partition'; groups: string[][] }
  | { t: number; ev: 'heal' }
  | { t: number; ev: 'link'; from: string; to: string; state: 'up' | 'down' }
  | { t: number; ev: 'member'; node: string; change: MemberChange }
  | { t: number; ev: 'invoke'; client: string; id: number; op: ClientOp }
  | { t: number; ev: 'return'; client: string; id: number; ok: boolean; result?: OpResult; error?: string }
  | { t: number; ev: 'watch'; client: string; watchId: number; events: WatchEvent[] }
  | { t: number; ev: 'elected'; client: string; election: string; key: string; revision: number }
  | { t: number; ev: 'resigned'; client: string; election: string }
  | { t: number; ev: 'end' }
  // Extensions (TRACE.md allows new kinds):
  /** A message leaves `from`; it arrives at `at` unless a drop event for the same id follows. */
  | { t: number; ev: 'send'; id: number; from: string; to: string; at: number; msg: MessageSummary }
  | { t: number; ev: 'recv'; id: number; from: string; to: string }
  | { t: number; ev: 'drop'; id: number; from: string; to: string; reason: DropReason }
  | { t: number; ev: 'loss'; rate: number }
  | { t: number; ev: 'isolate'; node: string }
  | { t: number; ev: 'client-crash'; client: string }
  | { t: number; ev: 'transfer'; from: string; to: string }
  | { t: number; ev: 'timeout'; node: string }
  | { t: number; ev: 'narrate'; step: number }
  /** The run reached an etcdctl step: the console runs `line`, or stops its streams (Ctrl+C). */
  | { t: number; ev: 'etcdctl'; step: number; client: string; line?: string; interrupt?: true }
  /** add-node started a new node, empty: no log, no configuration (etcd's joining member). */
  | { t: number; ev: 'join'; node: string }
  /** A removed node shuts down for good: it applied its own removal, or a member told it so. */
  | { t: number; ev: 'removed'; node: string }
  /** etcd's Election.Observe reports a leader (or a new value it proclaimed). */
  | { t: number; ev: 'observed'; client: string; election: string; kv: Kv }
  /**
   * A client's connection to a node broke (`reason`: what broke it), or was opened again
   * after a break. The messages in flight on a broken connection are dropped (reason
   * "broken"); the server cancels the client's watches there.
   */
  | { t: number; ev: 'conn'; client: string; node: string; state: 'broken' | 'open'; reason?: ConnReason }
  /**
   * A watch whose connection broke is created again on `node` from `revision`, the last
   * revision it delivered + 1 (clientv3 watchGrpcStream resume); `watchId` stays the one the
   * client's watch got at first.
   */
  | { t: number; ev: 'watch-resume'; client: string; watchId: number; node: string; revision: number }
  /**
   * A unary request (`request`: its label, `call`: the invoke it serves) was in flight on a
   * connection to `node` that the client saw broken: it failed at once with gRPC's
   * codes.Unavailable. `retry`: clientv3's retry interceptor repeats it (a repeatable
   * request: Range, the lease calls) on `next`, sent at `at` after its backoff; false: the
   * error went to the caller (a write: its return says "unavailable", outcome unknown; a
   * call past its deadline: "timeout"). `refused`: the connection was refused (the node was down when
   * it was opened), so the request never reached it and is sent elsewhere, a write too
   * (gRPC's WaitForReady and transparent retry).
   */
  | { t: number; ev: 'request-failed'; client: string; node: string; code: 'unavailable'; request: string; call?: number; refused?: true; retry: boolean; next?: string; at?: number }
  /** A watch ends: canceled by the server, with the compaction revision when its start was compacted. */
  | { t: number; ev: 'watch-cancel'; client: string; watchId: number; revision: number; compactRevision?: number; reason?: string }
  /** A scenario step found nothing to do (e.g. crash "leader" with no leader). */
  | { t: number; ev: 'noop'; step: number; do: string; reason: string };

export type TraceEventKind = TraceEvent['ev'];
