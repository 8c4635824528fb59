// Data types of one Raft node, after etcd-io/raft's raftpb, with readable names.

export type NodeId = string;
/** No node: no vote cast, no leader known. */
export const NONE: NodeId = '';

export type EntryType = 'normal' | 'conf';

/** One log entry. `data` is opaque to Raft (the cluster's command); undefined for a leader's no-op. */
export interface Entry {
  readonly term: number;
  readonly index: number;
  readonly type: EntryType;
  readonly data?: unknown;
}

/** A membership change carried by a conf entry (single-server changes, thesis chapter 4). */
export interface ConfChange {
  readonly change: 'add' | 'add-learner' | 'remove' | 'promote';
  readonly node: NodeId;
}

/** The configuration: who votes and who only learns (etcd's ConfState). */
export interface ConfState {
  readonly voters: readonly NodeId[];
  readonly learners: readonly NodeId[];
}

/** What a node must persist before it answers (Figure 2, "Persistent state on all servers"). */
export interface HardState {
  readonly term: number;
  readonly vote: NodeId;
  /** etcd keeps the commit index too; the cluster decides whether to restore it. */
  readonly commit: number;
}

export interface SnapshotMeta {
  readonly index: number;
  readonly term: number;
  readonly conf: ConfState;
}

export interface Snapshot {
  readonly meta: SnapshotMeta;
  /** The state machine's image, opaque to Raft. */
  readonly data: unknown;
}

export type MessageType =
  | 'propose'
  | 'append'
  | 'append-resp'
  | 'heartbeat'
  | 'heartbeat-resp'
  | 'vote'
  | 'vote-resp'
  | 'pre-vote'
  | 'pre-vote-resp'
  | 'snapshot'
  | 'timeout-now'
  | 'transfer-leader'
  | 'read-index'
  | 'read-index-resp';

/**
 * One Raft message. As in etcd, one struct serves every type; the meaning of `index`
 * and `logTerm` depends on the type (prevLogIndex/prevLogTerm for append, last log
 * index/term for votes, the acknowledged or rejected index for append replies).
 */
export interface Message {
  readonly type: MessageType;
  readonly from: NodeId;
  readonly to: NodeId;
  readonly term: number;
  readonly logTerm?: number;
  readonly index?: number;
  readonly entries?: readonly Entry[];
  readonly commit?: number;
  readonly reject?: boolean;
  /** On a rejected append: the follower's guess of where the logs may match (fast backtracking). */
  readonly rejectHint?: number;
  readonly snapshot?: Snapshot;
  /** ReadIndex request id, or "transfer" on votes caused by leadership transfer. */
  readonly context?: string;
}

export type Role = 'follower' | 'precandidate' | 'candidate' | 'leader';

/** Rules a learner may switch off on purpose to see what they prevent (SCENARIO.md, bug toggles). */
export interface RaftBugs {
  readonly commitOldTerm?: boolean;
  readonly skipVoteLogCheck?: boolean;
  readonly skipAppendCheck?: boolean;
  readonly staleLeaderRead?: boolean;
}

export interface RaftConfig {
  readonly id: NodeId;
  /** Election timeout range in virtual ms; a fresh random value is drawn at every reset (§5.2). */
  readonly electionTimeout: readonly [number, number];
  readonly heartbeatInterval: number;
  readonly preVote: boolean;
  readonly checkQuorum: boolean;
  /** Bound on append messages in flight to one follower in replicate state (etcd MaxInflightMsgs). */
  readonly maxInflight: number;
  /** Bound on entries per append message (etcd MaxSizePerMsg, counted in entries). */
  readonly maxEntriesPerMsg: number;
  /** A uniform integer in [min, max] from the node's own seeded stream. */
  readonly randomInt: (min: number, max: number) => number;
  readonly bugs?: RaftBugs;
}

/** A linearizable read that may now be served once the state machine has applied `index` (§6.4). */
export interface ReadState {
  readonly index: number;
  readonly context: string;
}
