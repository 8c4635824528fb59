// A server: one Raft node, its durable storage and its state machine, driven by the host.
// It follows the Ready contract (src/raft/ready.ts): persist, then send, then apply.

import { RaftNode, type Storage, type ConfChange, type Entry, type Message, type RaftConfig, type Ready, type Role } from '../raft';
import { describeEntry } from './commands';
import type { Machine, MachineFactory } from './machine';
import type { ServerObserver } from './observer';

export interface ServerOptions {
  readonly raft: RaftConfig;
  /** Compact the log once this many applied entries follow the last snapshot; 0 never (SCENARIO.md). */
  readonly snapshotEntries: number;
  /** Bug toggle: the vote is not persisted, so a restart forgets it. */
  readonly forgetVote: boolean;
  /** Restore the commit index from the hard state on restart (etcd does; the paper's model does not). */
  readonly keepCommit: boolean;
}

export interface ServerHost {
  send(m: Message): void;
  /** A committed command of a client was applied here; `response` is the machine's answer. */
  applied(client: string, seq: number, response: unknown, revision: number): void;
  /** A read index (§6.4) became servable: this server has applied at least `index`. */
  readReady(context: string): void;
}

export class Server {
  readonly node: RaftNode;
  machine: Machine;
  private reportedRole: Role;
  private reportedTerm: number;
  private reportedVote: string;
  private reportedCommit: number;
  /** Read requests waiting for the state machine to catch up with their read index. */
  private waitingReads: { index: number; context: string }[] = [];

  constructor(
    readonly id: string,
    readonly storage: Storage,
    private readonly opts: ServerOptions,
    now: number,
    private readonly makeMachine: MachineFactory,
    private readonly observer: ServerObserver,
    private readonly host: ServerHost,
  ) {
    this.node = new RaftNode(opts.raft, storage, now, opts.keepCommit);
    this.machine = makeMachine(storage.snapshot.data);
    this.reportedRole = this.node.role;
    this.reportedTerm = this.node.term;
    this.reportedVote = this.node.vote;
    this.reportedCommit = storage.snapshot.meta.index;
  }

  tick(now: number): void {
    this.node.tick(now);
    this.flush(now);
  }

  receive(m: Message, now: number): void {
    this.node.step(m, now);
    this.flush(now);
  }

  campaignNow(now: number): void {
    this.node.campaignNow(now);
    this.flush(now);
  }

  transferLeadership(to: string, now: number): void {
    this.node.transferLeadership(to, now);
    this.flush(now);
  }

  propose(data: unknown, now: number): string | undefined {
    const err = this.node.propose(data, now);
    this.flush(now);
    return err;
  }

  proposeConfChange(cc: ConfChange, now: number): string | undefined {
    const err = this.node.proposeConfChange(cc, now);
    this.flush(now);
    return err;
  }

  readIndex(context: string, now: number): string | undefined {
    const err = this.node.readIndex(context, now);
    this.flush(now);
    return err;
  }

  /** Handles every Ready the node has, in the order the paper requires. */
  flush(now: number): void {
    while (this.node.hasReady()) {
      this.reportRoleAndVote();
      const rd = this.node.ready();
      this.persist(rd);
      for (const m of rd.messages) this.host.send(m);
      this.applyAll(rd, now);
      this.node.advance(rd);
      this.maybeCompact();
      this.serveReads(rd);
    }
    this.reportRoleAndVote();
  }

  private reportRoleAndVote(): void {
    const n = this.node;
    if (n.role !== this.reportedRole || n.term !== this.reportedTerm) {
      this.reportedRole = n.role;
      this.reportedTerm = n.term;
      this.observer.role(this.id, n.role, n.term);
    }
    if (n.vote !== this.reportedVote) {
      this.reportedVote = n.vote;
      if (n.vote) this.observer.vote(this.id, n.term, n.vote);
    }
  }

  private persist(rd: Ready): void {
    if (rd.hardState) {
      const vote = this.opts.forgetVote ? '' : rd.hardState.vote;
      this.storage.hardState = { ...rd.hardState, vote };
    }
    if (rd.snapshot) {
      const { index, term } = rd.snapshot.meta;
      const discardsTail = this.storage.lastIndex() > index && this.storage.term(index) !== term;
      this.storage.installSnapshot(rd.snapshot);
      // Entries after a snapshot that does not agree with them are gone: say so (Figure 13, step 7).
      if (discardsTail) this.observer.truncate(this.id, index + 1);
      this.machine = this.makeMachine(rd.snapshot.data);
      this.observer.snapshot(this.id, rd.snapshot.meta.index, rd.snapshot.meta.term);
    }
    const truncatedFrom = this.storage.append(rd.entries);
    if (truncatedFrom !== undefined) this.observer.truncate(this.id, truncatedFrom);
    for (const e of rd.entries) this.observer.append(this.id, e.index, e.term, describeEntry(e));
    if (this.node.committed > this.reportedCommit) {
      this.reportedCommit = this.node.committed;
      this.observer.commit(this.id, this.node.committed);
    }
  }

  private applyAll(rd: Ready, now: number): void {
    for (const e of rd.committedEntries) {
      if (e.type === 'conf') this.applyConf(e);
      const out = this.machine.apply(e, now);
      this.observer.apply(this.id, e.index, e.term, describeEntry(e), out.revision);
      if (out.answer) this.host.applied(out.answer.client, out.answer.seq, out.answer.response, out.revision);
    }
  }

  private applyConf(e: Entry): void {
    const cc = e.data as ConfChange;
    const wasLeader = this.node.role === 'leader';
    this.node.applyConfChange(cc);
    if (wasLeader) this.observer.member(cc.node, cc.change);
  }

  /** §7: snapshot the state machine and drop the log it covers once the log has grown enough. */
  private maybeCompact(): void {
    const every = this.opts.snapshotEntries;
    const applied = this.node.applied;
    if (every <= 0 || applied - this.storage.snapshot.meta.index < every) return;
    this.storage.compact(applied, this.node.conf(), this.machine.image());
    this.observer.snapshot(this.id, applied, this.storage.snapshot.meta.term);
  }

  private serveReads(rd: Ready): void {
    for (const rs of rd.readStates) this.waitingReads.push(rs);
    if (this.waitingReads.length === 0) return;
    const applied = this.node.applied;
    const ready = this.waitingReads.filter((r) => r.index <= applied);
    this.waitingReads = this.waitingReads.filter((r) => r.index > applied);
    for (const r of ready) this.host.readReady(r.context);
  }
}
