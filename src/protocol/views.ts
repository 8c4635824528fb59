// The page's view models of a node's store and of the elections' watch chains: plain data
// in the frames (the worker builds them in src/worker/views.ts). Types only.

import type { Kv } from '../kv';

/** The key-value store of one node, with its recent revisions. */
export interface KvView {
  node: string;
  revision: number;
  compactRevision: number;
  keys: Kv[];
  truncated: boolean;
  /** The newest revisions, newest first, with what each changed. */
  history: { revision: number; changes: { type: 'PUT' | 'DELETE'; key: string; value: string }[] }[];
}

export interface CampaignerView {
  client: string;
  key?: string;
  revision?: number;
  /** granting / creating / querying / waiting / holding / resigning */
  phase: string;
  /** The key just ahead whose deletion this campaigner waits for. */
  waitKey?: string;
  lock: boolean;
}

export interface ElectionView {
  election: string;
  /** The election's keys in create-revision order, as the store has them. */
  keys: Kv[];
  campaigners: CampaignerView[];
  /**
   * The client each of those keys belongs to, as its recipe knows (crashed clients too:
   * a crashed client's key stays until its lease expires). Keys of no recipe are absent.
   */
  owners?: { key: string; client: string }[];
}
