// Linearizable reads without a log write (§6.4 of the thesis, etcd's readOnly with
// ReadOnlySafe): the leader records its commit index, confirms it still leads by a round
// of heartbeats acknowledged by a majority, and only then releases the read.
//
// Every request gets its own round number, and heartbeats carry the latest round (etcd
// keys acks by a context unique per request). An ack proves the follower still took us as
// leader after every read of that round or earlier was registered, so it counts only for
// those: a late ack of an earlier round never confirms a newer read, even one a client
// retried with the same context (thesis §6.4 step 3).

import { quorumSize } from './quorum';
import type { NodeId } from './types';

export interface PendingRead {
  index: number;
  /** Who asked: the leader itself or a follower that forwarded the request. */
  from: NodeId;
  context: string;
  round: number;
}

export class ReadOnlyQueue {
  private queue: PendingRead[] = [];
  private lastRound = 0;
  /** The highest round each voter acknowledged in this leadership. */
  private acked = new Map<NodeId, number>();

  /** Registers a read; returns its round, the heartbeat context that can confirm it. */
  add(index: number, from: NodeId, context: string): number {
    const round = ++this.lastRound;
    this.queue.push({ index, from, context, round });
    return round;
  }

  /** Records an acknowledgement of `round`; returns the requests it releases, oldest first. */
  ack(round: number, from: NodeId, voters: readonly NodeId[]): PendingRead[] {
    if (!voters.includes(from) || !(round > (this.acked.get(from) ?? 0))) return [];
    this.acked.set(from, Math.min(round, this.lastRound));
    const need = quorumSize(voters.length);
    // Rounds only grow, so the confirmed reads are a prefix of the queue (etcd readOnly.advance).
    let n = 0;
    while (n < this.queue.length) {
      const r = (this.queue[n] as PendingRead).round;
      if (voters.filter((v) => (this.acked.get(v) ?? 0) >= r).length < need) break;
      n++;
    }
    return this.queue.splice(0, n);
  }

  /** The round heartbeats carry now: the latest pending one. */
  lastPendingRound(): number | undefined {
    return this.queue[this.queue.length - 1]?.round;
  }

  size(): number {
    return this.queue.length;
  }

  clone(): ReadOnlyQueue {
    const copy = new ReadOnlyQueue();
    copy.queue = this.queue.map((r) => ({ ...r }));
    copy.lastRound = this.lastRound;
    copy.acked = new Map(this.acked);
    return copy;
  }
}

/** Heartbeat contexts are decimal round numbers; anything else confirms nothing. */
export function parseRound(context: string | undefined): number {
  const n = Number(context);
  return context && Number.isSafeInteger(n) && n > 0 ? n : 0;
}
