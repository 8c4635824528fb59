// The simulated network: latency drawn per message from the scenario's range (so messages
// reorder), random loss, partitions into groups, isolated nodes and one-way link cuts.
// A link's state is checked when a message is sent and again when it would arrive, so a
// partition also loses what was in flight across it.

import type { DropReason } from './trace-types';
import type { Rng } from './prng';

export class Network {
  latency: [number, number];
  loss: number;
  /** Probability that a Raft message arrives twice (network duplication; Raft must tolerate it). */
  duplicate = 0;
  /** Node -> group number while partitioned; processes in no group are isolated. */
  private groups: Map<string, number> | undefined;
  private isolated = new Set<string>();
  /** One-way cuts, "from>to". */
  private cut = new Set<string>();

  constructor(latency: [number, number], loss: number) {
    this.latency = latency;
    this.loss = loss;
  }

  partition(groups: readonly (readonly string[])[]): void {
    this.groups = new Map();
    groups.forEach((g, i) => g.forEach((id) => this.groups?.set(id, i)));
  }

  isolate(node: string): void {
    this.isolated.add(node);
  }

  setLink(from: string, to: string, up: boolean): void {
    if (up) this.cut.delete(`${from}>${to}`);
    else this.cut.add(`${from}>${to}`);
  }

  heal(): void {
    this.groups = undefined;
    this.isolated.clear();
    this.cut.clear();
  }

  isHealthy(): boolean {
    return this.groups === undefined && this.isolated.size === 0 && this.cut.size === 0;
  }

  /**
   * Why a message from `from` to `to` cannot pass now, or undefined if it can. `isNode`
   * tells which ends are cluster nodes (the others are clients).
   */
  blocked(from: string, to: string, isNode: (id: string) => boolean): DropReason | undefined {
    // (The sizes are tested first: a healthy network, the common case, builds no key.)
    if (this.cut.size > 0 && this.cut.has(`${from}>${to}`)) return 'link';
    // Like a partition, isolation cuts a node off from the other nodes; clients still reach it.
    if (this.isolated.size > 0 && (this.isolated.has(from) || this.isolated.has(to)) && isNode(from) && isNode(to)) return 'partition';
    if (!this.groups) return undefined;
    const gf = this.groups.get(from);
    const gt = this.groups.get(to);
    // A client outside every group reaches everyone; a node outside every group is alone.
    if ((gf === undefined && !isNode(from)) || (gt === undefined && !isNode(to))) return undefined;
    if (gf === undefined || gt === undefined) return 'partition';
    return gf === gt ? undefined : 'partition';
  }

  /** Draws the fate of one message, delay first, then drawLoss (two calls: no object per message). */
  drawDelay(rng: Rng): number {
    return rng.int(this.latency[0], this.latency[1]);
  }

  /** Whether the loss rate takes the message whose delay was just drawn. */
  drawLoss(rng: Rng): boolean {
    return this.loss > 0 && rng.chance(this.loss);
  }

  /** Whether a Raft message gets a second copy (drawn only when duplication is on). */
  drawDuplicate(rng: Rng): boolean {
    return this.duplicate > 0 && rng.chance(this.duplicate);
  }

  state(): { groups?: string[][]; isolated: string[]; cut: [string, string][]; loss: number } {
    const groups = this.groups ? groupLists(this.groups) : undefined;
    return {
      ...(groups ? { groups } : {}),
      isolated: [...this.isolated].sort(),
      cut: [...this.cut].sort().map((k) => k.split('>') as [string, string]),
      loss: this.loss,
    };
  }

  clone(): Network {
    const n = new Network([...this.latency], this.loss);
    n.duplicate = this.duplicate;
    n.groups = this.groups ? new Map(this.groups) : undefined;
    n.isolated = new Set(this.isolated);
    n.cut = new Set(this.cut);
    return n;
  }
}

function groupLists(groups: Map<string, number>): string[][] {
  const lists: string[][] = [];
  for (const [id, g] of groups) (lists[g] ??= []).push(id);
  return lists.filter(Boolean).map((l) => l.sort());
}
