// The node processes, one idea: the servers of a run as processes that boot, crash, restart,
// join and retire, with their durable storage and their timers (node-timers.ts). After every
// input a server handled (a message, a tick, a client request) its Ready has been processed
// (src/cluster/server.ts) and its timer is re-armed here; a server that applied its own
// removal is stopped a second later, as etcd's is.

import { Server, type ServerHost } from '../cluster/server';
import type { MachineFactory } from '../cluster/machine';
import { Storage, type Message, type RaftConfig } from '../raft';
import type { ConnReason } from './trace-types';
import type { EventQueue } from './event-queue';
import type { SimEvent } from './agenda';
import type { Payload } from './messages';
import { NodeTimers } from './node-timers';
import type { Rng } from './prng';
import type { Recorder } from './recorder';
import type { Scenario } from './scenario-types';

/** etcd stops a member 1 s after it applies its own removal (server.go: stopWithDelay(10*100ms)). */
const REMOVED_STOP_DELAY_MS = 1000;

/** Engine limits (DESIGN.md: put a limit on everything). */
export const MAX_INFLIGHT = 8;
export const MAX_ENTRIES_PER_MSG = 16;

/** What the node processes need of the world around them. */
export interface ProcessHost {
  now(): number;
  readonly queue: EventQueue<SimEvent>;
  readonly recorder: Recorder;
  readonly cluster: Scenario['cluster'];
  readonly machine: MachineFactory;
  rng(stream: string): Rng;
  send(from: string, to: string, payload: Payload): void;
  /** A node stopped: its client connections are reset (client-links.ts). */
  resetLinks(node: string, reason: ConnReason): void;
}

export class NodeProcesses {
  /** The running servers: a crashed or retired node has none. */
  readonly servers = new Map<string, Server>();
  /** Every node's durable storage: it survives crashes (Figure 2 "persistent state"). */
  readonly storages: Map<string, Storage>;
  /** Every node id ever part of the run, in order of appearance. */
  readonly nodeIds: string[];
  /** Nodes that were removed from the cluster and shut down for good. */
  readonly retired: Set<string>;
  /** Nodes that applied their own removal and stop soon (settle). */
  private readonly retiring: Set<string>;
  private readonly timers: NodeTimers;
  /** The last conf entry whose member event is recorded: each change is reported once. */
  private memberIndex: number;

  constructor(
    private readonly host: ProcessHost,
    copyOf?: NodeProcesses,
  ) {
    this.storages = new Map(copyOf ? [...copyOf.storages].map(([id, st]) => [id, st.clone()]) : []);
    this.nodeIds = copyOf ? copyOf.nodeIds.slice() : [...host.cluster.nodes];
    this.retired = new Set(copyOf?.retired);
    this.retiring = new Set(copyOf?.retiring);
    this.timers = copyOf ? copyOf.timers.clone() : new NodeTimers();
    this.memberIndex = copyOf?.memberIndex ?? 0;
  }

  /**
   * An independent copy for a checkpoint, in the copied world of `host`: storages are
   * cloned, and each server is cloned onto its cloned storage with the copy's PRNG stream.
   */
  clone(host: ProcessHost): NodeProcesses {
    const copy = new NodeProcesses(host, this);
    for (const [id, server] of this.servers) {
      const rng = host.rng(`node:${id}`);
      copy.servers.set(id, server.clone(copy.storages.get(id) as Storage, (a, b) => rng.int(a, b), host.recorder, copy.hostFor(id)));
    }
    return copy;
  }

  /** The initial members boot with the initial configuration. */
  bootAll(nodes: readonly string[]): void {
    for (const id of nodes) {
      this.storages.set(id, new Storage({ voters: [...nodes], learners: [] }));
      this.boot(id);
    }
  }

  /** A node stops: everything volatile is gone, storage stays (Figure 2). */
  crash(id: string): void {
    this.servers.delete(id);
    this.timers.disarm(id);
    this.host.recorder.record(() => ({ t: this.host.now(), ev: 'crash', node: id }));
    // Its connections are reset: clients learn at once that their watches there are gone.
    this.host.resetLinks(id, 'crashed');
  }

  restart(id: string): void {
    this.host.recorder.record(() => ({ t: this.host.now(), ev: 'restart', node: id }));
    this.boot(id);
  }

  /**
   * add-node: a new node starts with no log and no configuration, as an etcd member joining
   * an existing cluster; the leader's snapshot and log teach it the configuration.
   */
  join(id: string): void {
    this.storages.set(id, new Storage({ voters: [], learners: [] }));
    this.nodeIds.push(id);
    this.host.recorder.record(() => ({ t: this.host.now(), ev: 'join', node: id }));
    this.boot(id);
  }

  /** A removed node shuts down for good; its storage stays, but it never restarts. */
  retire(id: string): void {
    this.retiring.delete(id);
    if (!this.servers.has(id)) return;
    this.servers.delete(id);
    this.timers.disarm(id);
    this.retired.add(id);
    this.host.recorder.record(() => ({ t: this.host.now(), ev: 'removed', node: id }));
    this.host.resetLinks(id, 'removed');
  }

  /** Runs `fn` against a running server, then re-arms its timer. */
  withServer(id: string, fn: (s: Server) => void): void {
    const s = this.servers.get(id);
    if (!s) return;
    fn(s);
    this.settle(id, s);
  }

  /** A Raft message or a client request reached a node: its server, if running, handles it. */
  receive(to: string, payload: Exclude<Payload, { kind: 'reply' }>): void {
    const server = this.servers.get(to);
    if (!server) return;
    if (payload.kind === 'raft') server.receive(payload.msg, this.host.now());
    else server.handleClient(payload.req, this.host.now());
    this.settle(to, server);
  }

  /** A node's timer event came due: it ticks if its deadline has come, else re-arms (node-timers.ts). */
  fireTimer(id: string, gen: number): void {
    if (!this.timers.fire(id, gen)) return;
    const s = this.servers.get(id);
    const now = this.host.now();
    if (s && now >= s.nextDeadline()) this.withServer(id, (srv) => srv.tick(now));
    else this.armTimer(id);
  }

  /**
   * After a server handled an input: re-arm its timer. A server that applied its own removal
   * stops a second later, as etcd's does (stopWithDelay): meanwhile it still answers, so the
   * others can learn that the removal committed (or elect with its vote) before it is gone.
   */
  private settle(id: string, s: Server): void {
    if (s.removedSelf && !this.retiring.has(id)) {
      this.retiring.add(id);
      this.host.queue.push(this.host.now() + REMOVED_STOP_DELAY_MS, { kind: 'retire', node: id });
    }
    this.armTimer(id);
  }

  /** Makes sure a timer event is scheduled no later than the server's next deadline (node-timers.ts). */
  private armTimer(id: string): void {
    const s = this.servers.get(id);
    if (!s) return;
    const at = Math.max(s.nextDeadline(), this.host.now());
    const gen = this.timers.arm(id, at);
    if (gen > 0) this.host.queue.push(at, { kind: 'timer', node: id, gen });
  }

  private boot(id: string): void {
    const storage = this.storages.get(id) as Storage;
    const bugs = new Set(this.host.cluster.bugs);
    const server = new Server(
      id,
      storage,
      { raft: this.raftConfig(id), snapshotEntries: this.host.cluster.snapshotEntries, forgetVote: bugs.has('forget-vote'), keepCommit: bugs.has('keep-commit-on-restart') },
      this.host.now(),
      this.host.machine,
      this.host.recorder,
      this.hostFor(id),
    );
    this.servers.set(id, server);
    this.armTimer(id);
  }

  private raftConfig(id: string): RaftConfig {
    const c = this.host.cluster;
    const rng = this.host.rng(`node:${id}`);
    const bugs = new Set(c.bugs);
    return {
      id,
      electionTimeout: c.electionTimeout,
      heartbeatInterval: c.heartbeatInterval,
      preVote: c.preVote,
      checkQuorum: c.checkQuorum,
      maxInflight: MAX_INFLIGHT,
      maxEntriesPerMsg: MAX_ENTRIES_PER_MSG,
      randomInt: (min, max) => rng.int(min, max),
      bugs: {
        commitOldTerm: bugs.has('commit-old-term'),
        skipVoteLogCheck: bugs.has('skip-vote-log-check'),
        skipAppendCheck: bugs.has('skip-append-check'),
        staleLeaderRead: bugs.has('stale-leader-read'),
      },
    };
  }

  private hostFor(id: string): ServerHost {
    return {
      send: (m: Message) => this.host.send(id, m.to, { kind: 'raft', msg: m }),
      reply: (client, reply) => this.host.send(id, client, { kind: 'reply', reply }),
      member: (node, change, index) => {
        // TRACE.md: when the change takes effect on the leader. A later leader applying the
        // same entry (it had not yet when the first one did) reports nothing new.
        if (index <= this.memberIndex) return;
        this.memberIndex = index;
        this.host.recorder.member(node, change);
      },
    };
  }
}
