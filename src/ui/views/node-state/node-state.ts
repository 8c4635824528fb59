// What the Figure 2 panel shows for one node, from the frame's NodeView: the state every
// server keeps (currentTerm, votedFor, commitIndex, lastApplied, the log's last index and
// term) and, on a leader, its volatile state per follower (nextIndex[], matchIndex[]) with
// etcd's progress state. Pure, so it is tested without a browser.

import type { NodeView, PeerProgressView } from '../../../protocol';

type Role = NodeView['role'];

/**
 * A value that moved less than this long ago (virtual ms) is marked as just changed: about one
 * message's flight (5-15 ms), so the mark follows the answer that moved it, not a whole round.
 */
export const RECENT_MS = 15;

export interface PeerRow {
  id: string;
  next: number;
  match: number;
  state: string;
  inflight: number;
  paused: boolean;
  nextChangedAt: number;
  matchChangedAt: number;
  nextRecent: boolean;
  matchRecent: boolean;
}

export interface NodeStateModel {
  id: string;
  up: boolean;
  role: Role | 'crashed';
  term: number;
  /** '' for no vote in this term. */
  votedFor: string;
  /** The leader this node follows, '' if none known. */
  lead: string;
  /** Volatile state (Figure 2): gone while the node is down, so null. */
  commit: number | null;
  applied: number | null;
  lastIndex: number;
  lastTerm: number;
  /** The leader's view of every other member; null on a node that is not leading. */
  peers: PeerRow[] | null;
}

export function nodeStateModel(node: NodeView, time: number): NodeStateModel {
  const leading = node.up && node.role === 'leader';
  return {
    id: node.id,
    up: node.up,
    role: node.up ? node.role : 'crashed',
    term: node.term,
    votedFor: node.vote,
    lead: node.up ? node.lead : '',
    commit: node.up ? node.commit : null,
    applied: node.up ? node.applied : null,
    lastIndex: node.lastIndex,
    lastTerm: node.lastTerm ?? 0,
    peers: leading ? (node.progress ?? []).filter((p) => p.id !== node.id).map((p) => peerRow(p, time)) : null,
  };
}

function peerRow(p: PeerProgressView, time: number): PeerRow {
  return {
    id: p.id,
    next: p.next,
    match: p.match,
    state: p.state,
    inflight: p.inflight,
    paused: p.paused,
    nextChangedAt: p.nextChangedAt,
    matchChangedAt: p.matchChangedAt,
    nextRecent: isRecent(p.nextChangedAt, time),
    matchRecent: isRecent(p.matchChangedAt, time),
  };
}

function isRecent(changedAt: number, time: number): boolean {
  return changedAt <= time && time - changedAt < RECENT_MS;
}
