// Linearizable reads without a log write (§6.4 of the thesis, etcd's readOnly with
// ReadOnlySafe): the leader records its commit index, confirms it still leads by a round
// of heartbeats acknowledged by a majority, and only then releases the read.

import { quorumSize } from './quorum';
import type { NodeId } from './types';

export interface PendingRead {
  index: number;
  /** Who asked: the leader itself or a follower that forwarded the request. */
  from: NodeId;
  context: string;
  acks: Set<NodeId>;
}

export class ReadOnlyQueue {
  private pending = new Map<string, PendingRead>();
  private queue: string[] = [];

  add(index: number, from: NodeId, context: string): void {
    if (this.pending.has(context)) return;
    this.pending.set(context, { index, from, context, acks: new Set() });
    this.queue.push(context);
  }

  /** Records a heartbeat acknowledgement; returns the requests it releases, oldest first. */
  ack(context: string, from: NodeId, voters: readonly NodeId[]): PendingRead[] {
    const read = this.pending.get(context);
    if (!read) return [];
    if (voters.includes(from)) read.acks.add(from);
    if (read.acks.size < quorumSize(voters.length)) return [];
    // Confirming a later request confirms every earlier one (etcd readOnly.advance).
    const at = this.queue.indexOf(context);
    const released = this.queue.splice(0, at + 1).map((c) => this.pending.get(c) as PendingRead);
    for (const r of released) this.pending.delete(r.context);
    return released;
  }

  lastPendingContext(): string | undefined {
    return this.queue[this.queue.length - 1];
  }

  size(): number {
    return this.queue.length;
  }

  clone(): ReadOnlyQueue {
    const copy = new ReadOnlyQueue();
    copy.queue = this.queue.slice();
    for (const [k, v] of this.pending) copy.pending.set(k, { ...v, acks: new Set(v.acks) });
    return copy;
  }
}
