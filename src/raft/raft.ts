// One Raft node as a pure state machine, in the style of etcd-io/raft's raft.go.
//
// The node never sends, sleeps or writes. Inputs: step(message), tick() when its next
// deadline has passed, and local requests (propose, readIndex, transfer). Outputs are
// collected in a Ready (ready.ts): state and entries to persist, messages to send,
// committed entries to apply. Time is virtual milliseconds, passed in with every input.

import { RaftLog } from './log';
import { Progress } from './progress';
import { ReadOnlyQueue } from './read-only';
import type { Storage } from './storage';
import { Tracker } from './tracker';
import type { ConfChange, Entry, Message, NodeId, RaftConfig, ReadState, Role } from './types';
import { applyChange, confAt } from './conf';
import { NONE } from './types';
import { stepLeader, bcastAppend, bcastHeartbeat, maybeCommit, sendAppend } from './leader';
import { stepCandidate, stepFollower } from './follower';

export type MessageDraft = Omit<Message, 'from' | 'term'> & { term?: number };

export class Raft {
  readonly id: NodeId;
  term: number;
  vote: NodeId;
  lead: NodeId = NONE;
  role: Role = 'follower';
  readonly log: RaftLog;
  tracker: Tracker;
  now: number;

  /** When the election timer last restarted, and its randomized length (§5.2). */
  electionStart: number;
  electionTimeout = 0;
  heartbeatDeadline = 0;
  checkQuorumDeadline = 0;

  leadTransferee: NodeId = NONE;
  transferDeadline = 0;
  /** A conf change may not be proposed until the previous one is applied (etcd pendingConfIndex). */
  pendingConfIndex = 0;
  /** Index of the last conf entry (or snapshot) the tracker's configuration includes. */
  confIndex: number;

  readOnly = new ReadOnlyQueue();
  /** Read requests waiting for this leader to commit an entry of its own term (etcd pendingReadIndexMessages). */
  pendingReads: Message[] = [];
  readStates: ReadState[] = [];
  msgs: Message[] = [];

  constructor(
    readonly cfg: RaftConfig,
    storage: Storage,
    now: number,
  ) {
    this.id = cfg.id;
    this.now = now;
    this.log = new RaftLog(storage);
    this.term = storage.hardState.term;
    this.vote = storage.hardState.vote;
    // A restarted node takes the configuration its snapshot holds plus the conf entries up
    // to the commit index it persisted: etcd keeps the applied configuration with its state
    // machine, so a node's configuration never goes back, even if it forgot its commit index.
    const restored = confAt(storage, storage.hardState.commit);
    this.tracker = new Tracker(restored.conf);
    this.confIndex = restored.index;
    this.electionStart = now;
    this.becomeFollower(this.term, NONE);
  }

  // ---- inputs -------------------------------------------------------------

  /** Called when `now` reached nextDeadline(): the election timer or a leader's periodic work fires. */
  tick(now: number): void {
    this.now = now;
    if (this.role === 'leader') this.tickLeader();
    else if (now >= this.electionStart + this.electionTimeout) this.hup(false);
  }

  /** The earliest virtual time at which tick() has something to do. */
  nextDeadline(): number {
    if (this.role !== 'leader') return this.promotable() ? this.electionStart + this.electionTimeout : Infinity;
    let d = this.heartbeatDeadline;
    if (this.cfg.checkQuorum) d = Math.min(d, this.checkQuorumDeadline);
    if (this.leadTransferee !== NONE) d = Math.min(d, this.transferDeadline);
    return d;
  }

  step(m: Message, now: number): void {
    this.now = now;
    if (m.term > this.term) {
      if (!this.acceptHigherTerm(m)) return;
    } else if (m.term < this.term) {
      this.answerLowerTerm(m);
      return;
    }
    this.dispatch(m);
  }

  /** Starts an election now, as if the election timer fired (the page's "trigger timeout"). */
  timeoutNow(now: number): void {
    this.now = now;
    this.hup(false);
  }

  /** A local proposal. Returns why it could not be taken, or undefined when it was taken or forwarded. */
  propose(data: unknown, now: number, type: Entry['type'] = 'normal'): string | undefined {
    this.now = now;
    if (this.role === 'leader') return this.leaderAppend(type, data);
    if (this.lead === NONE) return 'no leader';
    this.send({ type: 'propose', to: this.lead, entries: [{ term: 0, index: 0, type, data }] });
    return undefined;
  }

  /** Asks for a linearizable read point (§6.4); the answer arrives as a ReadState in a Ready. */
  readIndex(context: string, now: number): string | undefined {
    this.now = now;
    const m: Message = { type: 'read-index', from: this.id, to: this.id, term: 0, context };
    if (this.role === 'leader') {
      stepLeader(this, m);
      return undefined;
    }
    if (this.lead === NONE) return 'no leader';
    this.send({ type: 'read-index', to: this.lead, context });
    return undefined;
  }

  transferLeadership(to: NodeId, now: number): void {
    this.now = now;
    const m: Message = { type: 'transfer-leader', from: this.id, to: this.id, term: 0, context: to };
    if (this.role === 'leader') stepLeader(this, m);
    else if (this.lead !== NONE) this.send({ type: 'transfer-leader', to: this.lead, context: to });
  }

  /**
   * The host applied the conf entry at `index`: the configuration changes now (etcd applies
   * conf changes at apply time). An entry the configuration already includes (replayed after
   * a restart) changes nothing.
   */
  applyConfChange(cc: ConfChange, index: number): void {
    if (index <= this.confIndex) return;
    this.confIndex = index;
    const conf = applyChange(this.tracker.conf(), cc);
    this.tracker.voters = [...conf.voters];
    this.tracker.learners = [...conf.learners];
    if (this.role !== 'leader') return;
    if (cc.change === 'remove') {
      this.tracker.progress.delete(cc.node);
      if (this.leadTransferee === cc.node) this.leadTransferee = NONE;
      if (cc.node === this.id) {
        // A leader that removed itself steps down once the entry is committed and applied,
        // as etcd's does; first it tells the others the new commit index.
        bcastAppend(this);
        this.becomeFollower(this.term, NONE);
        return;
      }
    } else {
      const p = this.tracker.progress.get(cc.node) ?? newProgressFor(this, cc);
      p.isLearner = cc.change === 'add-learner';
      this.tracker.progress.set(cc.node, p);
    }
    // A smaller (or differently shaped) quorum may commit more now.
    if (maybeCommit(this)) bcastAppend(this);
    else sendAppend(this, cc.node);
  }

  // ---- term rules common to every role (Figure 2, "Rules for All Servers") ----

  /** A message from a later term. Returns false when the message is to be ignored. */
  private acceptHigherTerm(m: Message): boolean {
    if (m.type === 'vote' || m.type === 'pre-vote') {
      // §6 / thesis 4.2.3: a node that heard from a leader within the minimum election
      // timeout ignores vote requests, so a removed or partitioned server cannot disrupt it.
      const force = m.context === 'transfer';
      if (!force && this.inLease()) return false;
    }
    if (m.type === 'pre-vote') return true; // a pre-vote never changes our term (thesis 9.6)
    if (m.type === 'pre-vote-resp' && !m.reject) return true; // our term rises when we win
    const isLeaderMsg = m.type === 'append' || m.type === 'heartbeat' || m.type === 'snapshot';
    this.becomeFollower(m.term, isLeaderMsg ? m.from : NONE);
    return true;
  }

  /**
   * etcd's inLease: with CheckQuorum a leader keeps its lease for the whole term (it steps
   * down by itself once a quorum stops answering, see tickLeader), and a follower holds it
   * for an election timeout after it last heard from the leader.
   */
  private inLease(): boolean {
    if (!this.cfg.checkQuorum || this.lead === NONE) return false;
    return this.role === 'leader' || this.now - this.electionStart < this.minElection();
  }

  private answerLowerTerm(m: Message): void {
    if ((this.cfg.checkQuorum || this.cfg.preVote) && (m.type === 'heartbeat' || m.type === 'append')) {
      // A stale leader cut off by a partition may never learn the new term otherwise:
      // our node ignores its messages and, with PreVote or CheckQuorum, never bumps the term it sees.
      this.send({ type: 'append-resp', to: m.from });
    } else if (m.type === 'pre-vote') {
      this.send({ type: 'pre-vote-resp', to: m.from, reject: true });
    }
  }

  private dispatch(m: Message): void {
    if (m.type === 'vote' || m.type === 'pre-vote') {
      this.handleVoteRequest(m);
    } else if (this.role === 'leader') {
      stepLeader(this, m);
    } else if (this.role === 'follower') {
      stepFollower(this, m);
    } else {
      stepCandidate(this, m);
    }
  }

  /** RequestVote receiver (Figure 2), with PreVote (thesis 9.6). */
  private handleVoteRequest(m: Message): void {
    const canVote =
      this.vote === m.from ||
      (this.vote === NONE && this.lead === NONE) ||
      (m.type === 'pre-vote' && m.term > this.term);
    const upToDate = this.cfg.bugs?.skipVoteLogCheck || this.log.isUpToDate(m.index ?? 0, m.logTerm ?? 0);
    const respType = m.type === 'vote' ? 'vote-resp' : 'pre-vote-resp';
    if (canVote && upToDate) {
      // Answer in the term of the request: a granted pre-vote is for a future term.
      this.send({ type: respType, to: m.from, term: m.term });
      if (m.type === 'vote') {
        this.electionStart = this.now;
        this.vote = m.from;
      }
    } else {
      this.send({ type: respType, to: m.from, reject: true });
    }
  }

  // ---- elections (§5.2) ----------------------------------------------------

  promotable(): boolean {
    return this.tracker.isVoter(this.id);
  }

  minElection(): number {
    return this.cfg.electionTimeout[0];
  }

  hup(transfer: boolean): void {
    if (this.role === 'leader' || !this.promotable()) return;
    if (this.hasUnappliedConfChange()) return; // etcd: wait until the config is known for sure
    if (this.cfg.preVote && !transfer) this.campaign('pre-vote');
    else this.campaign('vote', transfer);
  }

  campaign(kind: 'pre-vote' | 'vote', transfer = false): void {
    if (kind === 'pre-vote') this.becomePreCandidate();
    else this.becomeCandidate();
    const term = kind === 'pre-vote' ? this.term + 1 : this.term;
    this.tracker.recordVote(this.id, true);
    if (this.tracker.tally() === 'won') {
      if (kind === 'pre-vote') this.campaign('vote');
      else this.becomeLeader();
      return;
    }
    for (const id of this.tracker.voters) {
      if (id === this.id) continue;
      this.send({
        type: kind,
        to: id,
        term,
        index: this.log.lastIndex(),
        logTerm: this.log.lastTerm(),
        ...(transfer ? { context: 'transfer' } : {}),
      });
    }
  }

  private hasUnappliedConfChange(): boolean {
    if (this.log.committed <= this.log.applied) return false;
    const pending = this.log.slice(this.log.applied + 1, this.log.committed + 1) ?? [];
    return pending.some((e) => e.type === 'conf');
  }

  // ---- role transitions (etcd becomeX) ------------------------------------

  private reset(term: number): void {
    if (term !== this.term) {
      this.term = term;
      this.vote = NONE;
    }
    this.lead = NONE;
    this.electionStart = this.now;
    this.electionTimeout = this.cfg.randomInt(this.cfg.electionTimeout[0], this.cfg.electionTimeout[1]);
    this.leadTransferee = NONE;
    this.tracker.votes = new Map();
    this.tracker.resetProgress(this.log.lastIndex(), this.cfg.maxInflight);
    this.readOnly = new ReadOnlyQueue();
    this.pendingReads = [];
  }

  becomeFollower(term: number, lead: NodeId): void {
    this.reset(term);
    this.lead = lead;
    this.role = 'follower';
  }

  private becomePreCandidate(): void {
    // Like a candidate, but neither the term nor the vote changes (thesis 9.6).
    this.tracker.votes = new Map();
    this.lead = NONE;
    this.role = 'precandidate';
    this.electionStart = this.now;
    this.electionTimeout = this.cfg.randomInt(this.cfg.electionTimeout[0], this.cfg.electionTimeout[1]);
  }

  private becomeCandidate(): void {
    this.reset(this.term + 1);
    this.vote = this.id;
    this.role = 'candidate';
  }

  becomeLeader(): void {
    this.reset(this.term);
    this.lead = this.id;
    this.role = 'leader';
    const self = this.tracker.progress.get(this.id);
    if (self) {
      self.match = this.log.lastIndex();
      self.becomeReplicate();
      self.recentActive = true;
    }
    // No conf change until everything from earlier terms is applied (the single-server-change fix).
    this.pendingConfIndex = this.log.lastIndex();
    this.heartbeatDeadline = this.now + this.cfg.heartbeatInterval;
    this.checkQuorumDeadline = this.now + this.minElection();
    // §8: a new leader commits a blank entry of its term to learn what is committed.
    this.leaderAppend('normal', undefined);
  }

  private tickLeader(): void {
    if (this.now >= this.checkQuorumDeadline) {
      this.checkQuorumDeadline = this.now + this.minElection();
      if (this.cfg.checkQuorum && !this.tracker.quorumActive(this.id)) {
        // Thesis 6.2: a leader that cannot reach a majority steps down.
        this.becomeFollower(this.term, NONE);
        return;
      }
      for (const [id, p] of this.tracker.progress) p.recentActive = id === this.id;
    }
    if (this.leadTransferee !== NONE && this.now >= this.transferDeadline) this.leadTransferee = NONE;
    if (this.now >= this.heartbeatDeadline) {
      this.heartbeatDeadline = this.now + this.cfg.heartbeatInterval;
      bcastHeartbeat(this);
    }
  }

  /** Appends to the leader's own log and replicates (§5.3). */
  leaderAppend(type: Entry['type'], data: unknown): string | undefined {
    if (this.leadTransferee !== NONE) return 'leadership transfer in progress';
    if (type === 'conf') {
      if (this.pendingConfIndex > this.log.applied) return 'a membership change is already in progress';
      this.pendingConfIndex = this.log.lastIndex() + 1;
    }
    const entry: Entry = { term: this.term, index: this.log.lastIndex() + 1, type, ...(data === undefined ? {} : { data }) };
    this.log.append([entry]);
    this.tracker.progress.get(this.id)?.maybeUpdate(entry.index);
    maybeCommit(this);
    bcastAppend(this);
    return undefined;
  }

  /** An independent copy on `storage` (a clone of ours), drawing timeouts from `randomInt`. */
  clone(storage: Storage, randomInt: RaftConfig['randomInt']): Raft {
    const copy = Object.create(Raft.prototype) as Raft;
    Object.assign(copy, this, {
      cfg: { ...this.cfg, randomInt },
      log: this.log.clone(storage),
      tracker: this.tracker.clone(),
      readOnly: this.readOnly.clone(),
      pendingReads: this.pendingReads.slice(),
      readStates: this.readStates.slice(),
      msgs: this.msgs.slice(),
    });
    return copy;
  }

  send(draft: MessageDraft): void {
    const m = draft as { from?: string; term?: number };
    m.from = this.id;
    m.term ??= this.term;
    this.msgs.push(draft as Message);
  }
}

function newProgressFor(r: Raft, cc: ConfChange): Progress {
  const p = new Progress(r.log.lastIndex() + 1, r.cfg.maxInflight, cc.change === 'add-learner');
  p.recentActive = true;
  return p;
}
