// Majority arithmetic for one voter set (etcd's quorum/majority.go).

import type { NodeId } from './types';

export type VoteResult = 'won' | 'lost' | 'pending';

export function quorumSize(voters: number): number {
  return Math.floor(voters / 2) + 1;
}

/**
 * The largest index that a majority of voters have matched: the commit candidate of §5.3.
 * Voters missing from `match` count as 0.
 */
export function committedIndex(voters: readonly NodeId[], match: (id: NodeId) => number): number {
  if (voters.length === 0) return Number.MAX_SAFE_INTEGER;
  // Insertion sort, largest first, into a reused array: this runs on every acknowledgement
  // a leader gets, for at most a handful of voters (issue 17: no allocation per message).
  const sorted = scratch;
  sorted.length = 0;
  for (const id of voters) {
    const m = match(id);
    let i = sorted.length;
    for (; i > 0 && (sorted[i - 1] as number) < m; i--) sorted[i] = sorted[i - 1] as number;
    sorted[i] = m;
  }
  return sorted[quorumSize(voters.length) - 1] as number;
}

const scratch: number[] = [];

/** The outcome of an election so far, given the votes received (true = granted). */
export function voteResult(voters: readonly NodeId[], votes: ReadonlyMap<NodeId, boolean>): VoteResult {
  if (voters.length === 0) return 'won';
  let granted = 0;
  let missing = 0;
  for (const id of voters) {
    const v = votes.get(id);
    if (v === undefined) missing++;
    else if (v) granted++;
  }
  const q = quorumSize(voters.length);
  if (granted >= q) return 'won';
  if (granted + missing >= q) return 'pending';
  return 'lost';
}
