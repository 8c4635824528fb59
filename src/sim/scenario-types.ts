// The scenario format of ../shared/SCENARIO.md as TypeScript types. Validation lives in
// src/scenario; these types are what the simulation runs after validation and defaults.

import type { Challenge } from './challenge-types';

/** Text shown to people: one string for every language, or one per language ("en", "zh-CN"). */
export type Text = string | { readonly [lang: string]: string };

export const BUG_NAMES = [
  'commit-old-term',
  'forget-vote',
  'skip-vote-log-check',
  'skip-append-check',
  'stale-leader-read',
  'keep-commit-on-restart',
] as const;
export type BugName = (typeof BUG_NAMES)[number];

export interface ClusterConfig {
  nodes: string[];
  electionTimeout: [number, number];
  heartbeatInterval: number;
  preVote: boolean;
  checkQuorum: boolean;
  snapshotEntries: number;
  bugs: BugName[];
}

export interface NetworkConfig {
  latency: [number, number];
  loss: number;
  /** Extension: probability that a Raft message is delivered twice (a second copy, its own delay). */
  duplicate?: number;
}

export interface Scenario {
  version: 1;
  name: Text;
  description?: Text;
  seed: number;
  cluster: ClusterConfig;
  network: NetworkConfig;
  until: number;
  steps: Step[];
  /** Extension (README "Challenges"): a goal the grader decides from the trace, and limits on the learner's actions. */
  challenge?: Challenge;
}

/** A node id, or "leader": whichever node leads the highest term at that moment. */
export type NodeRef = string;

export type CompareTarget = 'create' | 'mod' | 'version' | 'value';
export type CompareResult = '=' | '!=' | '<' | '>';

export interface Compare {
  key: string;
  target: CompareTarget;
  result: CompareResult;
  value: number | string;
  /** Extension (etcd's range_end on a compare): compare every key in [key, rangeEnd). */
  rangeEnd?: string;
}

export type SortTarget = 'key' | 'create' | 'mod' | 'version' | 'value';

/**
 * A lease id an op names: a number (positive, below 2^53: every id the cluster grants), or,
 * as an extension, any other signed 64-bit id in decimal as a string (protobuf's JSON form
 * of int64), so an id such as etcdctl's 7fffabcd12345678 reaches the server exactly and is
 * answered "etcdserver: requested lease not found".
 */
export type LeaseRef = number | string;

export interface PutOp {
  type: 'put';
  key: string;
  value: string;
  lease?: LeaseRef;
  /** Extensions used by the etcdctl console. */
  prevKv?: boolean;
  ignoreValue?: boolean;
  ignoreLease?: boolean;
}

export interface GetOp {
  type: 'get';
  key: string;
  rangeEnd?: string;
  prefix?: boolean;
  revision?: number;
  serializable?: boolean;
  /** Extensions (etcd RangeRequest fields). */
  limit?: number;
  sortTarget?: SortTarget;
  sortOrder?: 'none' | 'ascend' | 'descend';
  keysOnly?: boolean;
  countOnly?: boolean;
  minModRevision?: number;
  maxModRevision?: number;
  minCreateRevision?: number;
  maxCreateRevision?: number;
}

export interface DeleteOp {
  type: 'delete';
  key: string;
  rangeEnd?: string;
  prefix?: boolean;
  /** Extension: return the deleted pairs. */
  prevKv?: boolean;
}

export type TxnInnerOp = PutOp | GetOp | DeleteOp | TxnOp;

export interface TxnOp {
  type: 'txn';
  compare: Compare[];
  success: TxnInnerOp[];
  failure: TxnInnerOp[];
}

export interface LeaseGrantOp {
  type: 'lease-grant';
  ttl: number;
  id?: number;
}
export interface LeaseRevokeOp {
  type: 'lease-revoke';
  id: LeaseRef;
}
export interface LeaseKeepAliveOp {
  type: 'lease-keepalive';
  id: LeaseRef;
}
export interface WatchOp {
  type: 'watch';
  key: string;
  prefix?: boolean;
  startRevision?: number;
  /** Extensions. */
  rangeEnd?: string;
  prevKv?: boolean;
}
export interface CampaignOp {
  type: 'campaign';
  election: string;
  value: string;
  ttl?: number;
}
export interface ResignOp {
  type: 'resign';
  election: string;
}
export interface CompactOp {
  type: 'compact';
  revision: number;
}

/** Extensions: the rest of etcd's election API (concurrency.Election) and its mutex. */
export interface ProclaimOp {
  type: 'proclaim';
  election: string;
  value: string;
}
export interface LeaderOp {
  type: 'leader';
  election: string;
}
export interface ObserveOp {
  type: 'observe';
  election: string;
}
export interface LockOp {
  type: 'lock';
  name: string;
  ttl?: number;
}
export interface UnlockOp {
  type: 'unlock';
  name: string;
}
/** Extensions: lease queries (etcd LeaseTimeToLive, LeaseLeases). */
export interface LeaseTimeToLiveOp {
  type: 'lease-timetolive';
  id: LeaseRef;
  keys?: boolean;
}
export interface LeaseLeasesOp {
  type: 'lease-leases';
}

export type ClientOp =
  | PutOp
  | GetOp
  | DeleteOp
  | TxnOp
  | LeaseGrantOp
  | LeaseRevokeOp
  | LeaseKeepAliveOp
  | WatchOp
  | CampaignOp
  | ResignOp
  | CompactOp
  | ProclaimOp
  | LeaderOp
  | ObserveOp
  | LockOp
  | UnlockOp
  | LeaseTimeToLiveOp
  | LeaseLeasesOp;

/** Ops run by a recipe (elections, locks) that picks its nodes as it goes: no endpoint list. */
export const RECIPE_OPS: readonly ClientOp['type'][] = ['campaign', 'resign', 'lock', 'unlock', 'leader', 'observe', 'proclaim'];

interface StepBase {
  at: number;
}

export type Step = StepBase &
  (
    | { do: 'crash'; node: NodeRef }
    | { do: 'restart'; node: NodeRef }
    | { do: 'partition'; groups: string[][] }
    | { do: 'isolate'; node: NodeRef }
    | { do: 'heal' }
    | { do: 'link'; from: string; to: string; state: 'up' | 'down' }
    | { do: 'loss'; rate: number }
    /** Extension `endpoints`: the etcd client's endpoint list; the client contacts only these nodes. */
    | { do: 'client'; client: string; op: ClientOp; node?: NodeRef; endpoints?: string[] }
    | { do: 'client-crash'; client: string }
    | { do: 'transfer'; to: string }
    | { do: 'add-node'; node: string; learner?: boolean }
    | { do: 'remove-node'; node: NodeRef }
    | { do: 'promote'; node: string }
    /** Extension: `question` asks the learner to predict what happens next (predict-then-reveal). */
    | { do: 'narrate'; text: Text; pause?: boolean; question?: Question }
    /** Extension: the node's election timer fires now (the page's "trigger timeout"). */
    | { do: 'timeout'; node: NodeRef }
    /**
     * Extension: a line typed at the etcdctl console by `client`, on endpoint `node` unless
     * the line names --endpoints; or Ctrl+C (`interrupt`), which stops what streams. The
     * console re-runs it when the run reaches it, so that a shared session replays its
     * transcript; the line's effects are the client steps recorded after it.
     */
    | EtcdctlStep
  );

export type EtcdctlStep = { do: 'etcdctl'; client: string } & ({ line: string; node?: string } | { interrupt: true });

export type StepKind = Step['do'];

/**
 * Extension (predict-then-reveal): a question on a narration. Playback stops there; the
 * page asks `ask`, offers `choices`, and after the learner's pick reveals `answer` (an index
 * into `choices`) with `explain`. The run then shows it happen.
 */
export interface Question {
  ask: Text;
  choices: Text[];
  answer: number;
  explain?: Text;
}
