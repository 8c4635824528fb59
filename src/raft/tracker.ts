// The leader's progress tracker plus the configuration (etcd's tracker.ProgressTracker).

import { Progress } from './progress';
import { committedIndex, quorumSize, voteResult, type VoteResult } from './quorum';
import type { ConfState, NodeId } from './types';

export class Tracker {
  voters: NodeId[];
  learners: NodeId[];
  progress = new Map<NodeId, Progress>();
  votes = new Map<NodeId, boolean>();

  constructor(conf: ConfState) {
    this.voters = [...conf.voters];
    this.learners = [...conf.learners];
  }

  conf(): ConfState {
    return { voters: [...this.voters], learners: [...this.learners] };
  }

  isVoter(id: NodeId): boolean {
    return this.voters.includes(id);
  }

  members(): NodeId[] {
    return [...this.voters, ...this.learners];
  }

  /** Fresh progress for every member, as a new leader or a reset node has (Figure 2, "Volatile state on leaders"). */
  resetProgress(lastIndex: number, maxInflight: number): void {
    this.progress = new Map();
    for (const id of this.voters) this.progress.set(id, new Progress(lastIndex + 1, maxInflight));
    for (const id of this.learners) this.progress.set(id, new Progress(lastIndex + 1, maxInflight, true));
  }

  /** Stamps the change times of every follower's next and match (Progress.noteChanges). */
  noteChanges(now: number): void {
    for (const p of this.progress.values()) p.noteChanges(now);
  }

  committed(): number {
    return committedIndex(this.voters, this.matchOf);
  }

  /** A voter's match index, 0 when it has no progress (bound once, not per call). */
  private readonly matchOf = (id: NodeId): number => this.progress.get(id)?.match ?? 0;

  recordVote(id: NodeId, granted: boolean): void {
    if (!this.votes.has(id)) this.votes.set(id, granted);
  }

  tally(): VoteResult {
    return voteResult(this.voters, this.votes);
  }

  /** CheckQuorum: did a majority of voters (counting ourselves) speak to us lately? */
  quorumActive(self: NodeId): boolean {
    let active = 0;
    for (const id of this.voters) if (id === self || this.progress.get(id)?.recentActive) active++;
    return active >= quorumSize(this.voters.length);
  }

  /** A tracker for another configuration (from an installed snapshot), keeping the votes. */
  withConf(conf: ConfState): Tracker {
    const t = new Tracker(conf);
    t.votes = this.votes;
    return t;
  }

  clone(): Tracker {
    const copy = new Tracker({ voters: this.voters, learners: this.learners });
    for (const [id, p] of this.progress) copy.progress.set(id, p.clone());
    copy.votes = new Map(this.votes);
    return copy;
  }
}
