// RawNode: the host's handle on one Raft node (etcd-io/raft rawnode.go).

import { Raft } from './raft';
import { advance, hasReady, takeReady, type Ready } from './ready';
import { reportSnapshotFailure } from './leader';
import type { Storage } from './storage';
import type { ConfChange, ConfState, Entry, HardState, Message, NodeId, RaftConfig, Role } from './types';

export interface NodeStatus {
  id: NodeId;
  role: Role;
  term: number;
  vote: NodeId;
  lead: NodeId;
  commit: number;
  applied: number;
  lastIndex: number;
  /** The term of the last entry (Figure 2's lastLogTerm, what a vote compares, §5.4.1). */
  lastTerm: number;
  firstIndex: number;
  electionStart: number;
  electionDeadline: number;
  conf: ConfState;
  leadTransferee: NodeId;
  progress?: ProgressStatus[];
}

/** The leader's view of one member (Figure 2's nextIndex and matchIndex, plus etcd's Progress). */
export interface ProgressStatus {
  id: NodeId;
  match: number;
  next: number;
  state: string;
  inflight: number;
  /** No append goes out now: a probe awaits its answer, the inflight window is full, or a snapshot is on its way. */
  paused: boolean;
  recentActive: boolean;
  /** Virtual ms when next and match last changed (or when this node became leader). */
  nextChangedAt: number;
  matchChangedAt: number;
}

export class RaftNode {
  private raft: Raft;
  /** The hard state the last Ready reported, to tell what changed since. */
  private prevHardState: HardState;

  constructor(cfg: RaftConfig, storage: Storage, now: number, restoreCommit = false) {
    this.raft = new Raft(cfg, storage, now);
    if (restoreCommit) this.raft.log.committed = Math.min(storage.hardState.commit, storage.lastIndex());
    this.prevHardState = { term: this.raft.term, vote: this.raft.vote, commit: this.raft.log.committed };
  }

  /** An independent copy for checkpoints (time travel): see Raft.clone. */
  clone(storage: Storage, randomInt: RaftConfig['randomInt']): RaftNode {
    const copy = Object.create(RaftNode.prototype) as RaftNode;
    copy.raft = this.raft.clone(storage, randomInt);
    copy.prevHardState = this.prevHardState;
    return copy;
  }

  tick(now: number): void {
    this.raft.tick(now);
    this.noteProgress();
  }

  nextDeadline(): number {
    return this.raft.nextDeadline();
  }

  step(m: Message, now: number): void {
    if (m.to !== this.raft.id) return;
    this.raft.step(m, now);
    this.noteProgress();
  }

  propose(data: unknown, now: number): string | undefined {
    return this.noteProgress(this.raft.propose(data, now));
  }

  proposeConfChange(cc: ConfChange, now: number): string | undefined {
    return this.noteProgress(this.raft.propose(cc, now, 'conf'));
  }

  /** The host applied the conf entry at `index` (see Raft.applyConfChange). */
  applyConfChange(cc: ConfChange, index: number): void {
    this.raft.applyConfChange(cc, index);
    this.noteProgress();
  }

  readIndex(context: string, now: number): string | undefined {
    return this.noteProgress(this.raft.readIndex(context, now));
  }

  transferLeadership(to: NodeId, now: number): void {
    this.raft.transferLeadership(to, now);
    this.noteProgress();
  }

  campaignNow(now: number): void {
    this.raft.timeoutNow(now);
    this.noteProgress();
  }

  reportSnapshotFailure(to: NodeId): void {
    reportSnapshotFailure(this.raft, to);
    this.noteProgress();
  }

  hasReady(): boolean {
    return hasReady(this.raft, this.prevHardState);
  }

  ready(): Ready {
    const rd = takeReady(this.raft, this.prevHardState);
    if (rd.hardState) this.prevHardState = rd.hardState;
    return rd;
  }

  advance(rd: Ready): void {
    advance(this.raft, rd);
    this.noteProgress();
  }

  /** After every input: when the leader's view of each follower moved (for status()); passes `result` on. */
  private noteProgress<T>(result?: T): T | undefined {
    if (this.raft.role === 'leader') this.raft.tracker.noteChanges(this.raft.now);
    return result;
  }

  get id(): NodeId {
    return this.raft.id;
  }
  get role(): Role {
    return this.raft.role;
  }
  get term(): number {
    return this.raft.term;
  }
  get vote(): NodeId {
    return this.raft.vote;
  }
  get lead(): NodeId {
    return this.raft.lead;
  }
  get committed(): number {
    return this.raft.log.committed;
  }
  get applied(): number {
    return this.raft.log.applied;
  }
  get lastIndex(): number {
    return this.raft.log.lastIndex();
  }
  conf(): ConfState {
    return this.raft.tracker.conf();
  }
  entry(index: number): Entry | undefined {
    return this.raft.log.entry(index);
  }

  status(withProgress = false): NodeStatus {
    const r = this.raft;
    const s: NodeStatus = {
      id: r.id,
      role: r.role,
      term: r.term,
      vote: r.vote,
      lead: r.lead,
      commit: r.log.committed,
      applied: r.log.applied,
      lastIndex: r.log.lastIndex(),
      lastTerm: r.log.lastTerm(),
      firstIndex: r.log.firstIndex(),
      electionStart: r.electionStart,
      electionDeadline: r.role === 'leader' ? Infinity : r.electionStart + r.electionTimeout,
      conf: r.tracker.conf(),
      leadTransferee: r.leadTransferee,
    };
    if (withProgress && r.role === 'leader') {
      s.progress = [...r.tracker.progress].map(([id, p]) => ({
        id,
        match: p.match,
        next: p.next,
        state: p.state,
        inflight: p.inflights.length,
        paused: p.isPaused(),
        recentActive: p.recentActive,
        nextChangedAt: p.nextChangedAt,
        matchChangedAt: p.matchChangedAt,
      }));
    }
    return s;
  }
}
