// The key-value tab's pure helpers: whose store to show, how far each node's store lags the
// leader's, and which rows changed since the learner last looked.

import type { KvView, NodeView } from '../../../protocol';

/** The leader of the highest term among running nodes (what SCENARIO.md calls "leader"). */
export function leaderOf(nodes: readonly NodeView[]): NodeView | undefined {
  let best: NodeView | undefined;
  for (const n of nodes) if (n.up && n.role === 'leader' && (!best || n.term > best.term)) best = n;
  return best;
}

/**
 * The node the worker should send the store of: the selected node when it is one of the
 * cluster's, else null (the worker then picks the leader, or any running node).
 */
export function requestedStoreNode(selected: string | undefined, nodes: readonly NodeView[]): string | null {
  return selected !== undefined && nodes.some((n) => n.id === selected) ? selected : null;
}

export interface NodeRevision {
  id: string;
  up: boolean;
  leader: boolean;
  revision: number;
  /** Revisions behind the leader's store (0 when level, or with no leader to compare to). */
  behind: number;
}

/** Each node's store revision next to the leader's, so followers that lag stand out. */
export function nodeRevisions(nodes: readonly NodeView[]): NodeRevision[] {
  const leader = leaderOf(nodes);
  return nodes.map((n) => ({
    id: n.id,
    up: n.up,
    leader: n === leader,
    revision: n.revision,
    behind: leader && n.up ? Math.max(0, leader.revision - n.revision) : 0,
  }));
}

export type StoreStatus = 'ok' | 'waiting' | 'down';

/**
 * Whether `kv` is the store asked for: the worker sends nothing for a crashed node, and a
 * frame or two may pass before the newly selected node's store arrives.
 */
export function storeStatus(kv: KvView | undefined, wanted: string | null, nodes: readonly NodeView[]): StoreStatus {
  if (wanted !== null && nodes.find((n) => n.id === wanted)?.up === false) return 'down';
  if (!kv) return 'waiting';
  if (wanted !== null && kv.node !== wanted) return 'waiting';
  return 'ok';
}

/** How long a changed row stays marked (its flash plays once when it is drawn). */
export const FRESH_MS = 1600;

/**
 * When each recent revision of the shown store first appeared on screen (wall clock), so a
 * row changed a moment ago flashes once. Revisions the learner did not see arrive (another
 * node's store, a restarted run after a seek, the first store shown) never count as fresh, and
 * a row stops being fresh after FRESH_MS, so showing the tab again does not flash it anew.
 */
export interface Freshness {
  node: string;
  epoch: number;
  revision: number;
  seen: Map<number, number>;
}

/**
 * Revisions marked per update: one step of playback adds one revision, and flashes it; a
 * jump (a seek, runTo, high speed) marks only its newest, rather than flashing the whole table.
 */
export const FRESH_PER_UPDATE = 2;

export function updateFreshness(prev: Freshness | undefined, kv: KvView, epoch: number, now: number): Freshness {
  if (!prev || prev.node !== kv.node || prev.epoch !== epoch || kv.revision < prev.revision) {
    return { node: kv.node, epoch, revision: kv.revision, seen: new Map() };
  }
  if (kv.revision === prev.revision) return prev;
  const seen = new Map([...prev.seen].filter(([, at]) => now - at < FRESH_MS));
  for (let r = Math.max(prev.revision + 1, kv.revision - FRESH_PER_UPDATE + 1); r <= kv.revision; r++) seen.set(r, now);
  return { node: kv.node, epoch, revision: kv.revision, seen };
}

export function isFresh(f: Freshness | undefined, revision: number, now: number): boolean {
  const at = f?.seen.get(revision);
  return at !== undefined && now - at < FRESH_MS;
}

/** "PUT a = 1" / "DELETE a", with long values cut short (the table shows them whole). */
export function changeText(change: { type: 'PUT' | 'DELETE'; key: string; value: string }, max = 32): string {
  const key = change.key === '' ? '""' : change.key;
  if (change.type === 'DELETE') return `DELETE ${key}`;
  const value = change.value.length > max ? `${change.value.slice(0, max - 1)}…` : change.value;
  return `PUT ${key} = ${value}`;
}
