// A server: one Raft node, its durable storage, its state machine and its client frontend,
// driven by the host. It follows the Ready contract (src/raft/ready.ts): persist, then
// send, then apply.

import { RaftNode, confAt, type ConfChange, type Entry, type Message, type RaftConfig, type Ready, type Role, type Storage } from '../raft';
import type { WatchResponse } from '../kv';
import type { ClientRequest, Reply } from './client-protocol';
import { describeEntry, type Command } from './commands';
import { Frontend, type FrontendHost } from './frontend';
import type { ClientAnswer } from './kv-machine';
import type { Applied, Machine, MachineFactory } from './machine';
import type { AppliedCall, ServerObserver } from './observer';
import { packSnapshot, unpackSnapshot } from './snapshot-data';

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
  reply(client: string, reply: Reply): void;
  /** A membership change took effect on this server while it leads (the conf entry's index). */
  member?(node: string, change: ConfChange['change'], index: number): void;
}

export class Server {
  readonly node: RaftNode;
  machine: Machine;
  readonly frontend: Frontend;
  private reportedRole: Role;
  private reportedTerm: number;
  private reportedVote: string;
  private reportedVoteTerm: number;
  private reportedCommit: number;
  /** Read requests waiting for the state machine to catch up with their read index. */
  private waitingReads: { index: number; context: string }[] = [];
  /**
   * This server applied its own removal: like an etcd member that learns it was removed, it
   * shuts down for good (the host stops it once the current input is handled).
   */
  removedSelf = false;
  /** Nodes whose removal this server applied (etcd's membership remembers removed ids). */
  removedIds = new Set<string>();

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
    const snapshot = unpackSnapshot(storage.snapshot.data);
    this.machine = makeMachine(snapshot.machine);
    this.removedIds = new Set(snapshot.removed);
    this.frontend = new Frontend(this.frontendHost(), opts.raft.electionTimeout[0]);
    this.reportedRole = this.node.role;
    this.reportedTerm = this.node.term;
    this.reportedVote = this.node.vote;
    this.reportedVoteTerm = this.node.term;
    this.reportedCommit = storage.snapshot.meta.index;
  }

  private frontendHost(): FrontendHost {
    return {
      id: this.id,
      store: () => this.machine.store(),
      role: () => this.node.role,
      lead: () => this.node.lead,
      propose: (data, t) => this.propose(data, t),
      readIndex: (ctx, t) => this.readIndex(ctx, t),
      reply: (client, reply) => this.host.reply(client, reply),
    };
  }

  /**
   * An independent copy for a time-travel checkpoint, on a clone of our storage, reporting
   * to `observer` and `host`, with timeouts from `randomInt` (the copy's own PRNG stream).
   */
  clone(storage: Storage, randomInt: RaftConfig['randomInt'], observer: ServerObserver, host: ServerHost): Server {
    const copy = Object.create(Server.prototype) as Server;
    Object.assign(copy, this, {
      storage,
      observer,
      host,
      opts: { ...this.opts, raft: { ...this.opts.raft, randomInt } },
      node: this.node.clone(storage, randomInt),
      machine: this.machine.clone(),
      waitingReads: this.waitingReads.slice(),
      removedIds: new Set(this.removedIds),
    });
    Object.assign(copy, { frontend: this.frontend.clone(copy.frontendHost()) });
    return copy;
  }

  nextDeadline(): number {
    return Math.min(this.node.nextDeadline(), this.frontend.nextDeadline());
  }

  tick(now: number): void {
    if (now >= this.node.nextDeadline()) this.node.tick(now);
    this.flush(now);
    this.frontend.tick(now);
  }

  receive(m: Message, now: number): void {
    this.node.step(m, now);
    this.flush(now);
  }

  handleClient(r: ClientRequest, now: number): void {
    this.frontend.handle(r, now);
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
      this.reportRoleAndVote(now);
      const rd = this.node.ready();
      this.persist(rd);
      for (const m of rd.messages) this.host.send(m);
      this.applyAll(rd, now);
      this.node.advance(rd);
      this.maybeCompact();
      this.serveReads(rd);
    }
    this.reportRoleAndVote(now);
  }

  private reportRoleAndVote(now: number): void {
    const n = this.node;
    if (n.role !== this.reportedRole || n.term !== this.reportedTerm) {
      const wasLeader = this.reportedRole === 'leader';
      this.reportedRole = n.role;
      this.reportedTerm = n.term;
      this.observer.role(this.id, n.role, n.term);
      if (wasLeader !== (n.role === 'leader')) this.frontend.roleChanged(n.role, now);
    }
    // A vote is granted anew in each term, even for the same candidate as before.
    if (n.vote !== this.reportedVote || (n.vote && n.term !== this.reportedVoteTerm)) {
      this.reportedVote = n.vote;
      this.reportedVoteTerm = n.term;
      if (n.vote) this.observer.vote(this.id, n.term, n.vote);
    }
  }

  private persist(rd: Ready): void {
    if (rd.hardState) {
      const vote = this.opts.forgetVote ? '' : rd.hardState.vote;
      this.storage.hardState = { ...rd.hardState, vote };
    }
    if (rd.snapshot) this.installSnapshot(rd);
    const truncatedFrom = this.storage.append(rd.entries);
    if (truncatedFrom !== undefined) this.observer.truncate(this.id, truncatedFrom);
    for (const e of rd.entries) this.observer.append(this.id, e.index, e.term, this.entryText(e));
    if (this.node.committed > this.reportedCommit) {
      this.reportedCommit = this.node.committed;
      this.observer.commit(this.id, this.node.committed);
    }
  }

  private installSnapshot(rd: Ready): void {
    const snap = rd.snapshot;
    if (!snap) return;
    const { index, term } = snap.meta;
    const discardsTail = this.storage.lastIndex() > index && this.storage.term(index) !== term;
    this.storage.installSnapshot(snap);
    // Entries after a snapshot that does not agree with them are gone: say so (Figure 13, step 7).
    if (discardsTail) this.observer.truncate(this.id, index + 1);
    // The snapshot every log starts from (index 0) has no image: a fresh state machine.
    const content = unpackSnapshot(snap.data);
    let watchResponses: readonly WatchResponse[] = [];
    if (content.machine === undefined) this.machine = this.makeMachine(undefined);
    else watchResponses = this.machine.restore(content.machine);
    for (const id of content.removed) this.removedIds.add(id);
    this.observer.snapshot(this.id, index, term);
    this.deliverWatches(watchResponses);
  }

  private applyAll(rd: Ready, now: number): void {
    for (const e of rd.committedEntries) {
      if (e.type === 'conf') this.applyConf(e);
      const out = this.machine.apply(e, now);
      this.observer.apply(this.id, e.index, e.term, this.entryText(e), out.revision, appliedCall(e, out));
      this.deliverWatches(out.watchResponses);
      if (out.answer) this.frontend.applied(out.answer.client, out.answer.seq, out.answer.response as ClientAnswer);
    }
  }

  /** The trace's name for an entry; not built for an observer that only counts. */
  private entryText(e: Entry): string {
    return this.observer.active === false ? '' : entryName(e);
  }

  /** Watch responses come back from the state machine with the entry or snapshot that made them. */
  private deliverWatches(responses: readonly WatchResponse[] | undefined): void {
    if (responses && responses.length > 0) this.frontend.deliverWatches(responses);
  }

  private applyConf(e: Entry): void {
    const cc = e.data as ConfChange;
    const wasLeader = this.node.role === 'leader';
    this.node.applyConfChange(cc, e.index);
    if (cc.change === 'remove') {
      this.removedIds.add(cc.node);
      if (cc.node === this.id) this.removedSelf = true;
    }
    // TRACE.md: a membership change "takes effect on the leader".
    if (!wasLeader) return;
    if (this.host.member) this.host.member(cc.node, cc.change, e.index);
    else this.observer.member(cc.node, cc.change);
  }

  /** §7: snapshot the state machine and drop the log it covers once the log has grown enough. */
  private maybeCompact(): void {
    const every = this.opts.snapshotEntries;
    const applied = this.node.applied;
    if (every <= 0 || applied - this.storage.snapshot.meta.index < every) return;
    // The snapshot holds the configuration as of its own index (its conf entries are dropped).
    this.storage.compact(applied, confAt(this.storage, applied).conf, packSnapshot(this.machine.image(), this.removedIds));
    this.observer.snapshot(this.id, applied, this.storage.snapshot.meta.term);
  }

  private serveReads(rd: Ready): void {
    for (const rs of rd.readStates) this.waitingReads.push(rs);
    if (this.waitingReads.length === 0) return;
    const applied = this.node.applied;
    const ready = this.waitingReads.filter((r) => r.index <= applied);
    this.waitingReads = this.waitingReads.filter((r) => r.index > applied);
    for (const r of ready) this.frontend.readReady(r.context);
  }
}

/**
 * Every node appends and applies the same entry objects (messages carry them in memory), so
 * an entry's name is built once, not ten times on five nodes, and its text is kept once.
 */
const ENTRY_NAMES = new WeakMap<Entry, string>();

function entryName(e: Entry): string {
  let name = ENTRY_NAMES.get(e);
  if (name === undefined) ENTRY_NAMES.set(e, (name = describeEntry(e)));
  return name;
}

/** The call an applied entry serves, for the trace (TRACE.md 1.1); none for noops, conf and lease expiry. */
function appliedCall(e: Entry, out: Applied): AppliedCall | undefined {
  const cmd = e.type === 'normal' ? (e.data as Command | undefined) : undefined;
  if (cmd?.kind !== 'client' || !cmd.origin) return undefined;
  return out.duplicate ? { ...cmd.origin, duplicate: true } : cmd.origin;
}
