// The deterministic kernel, one idea: the simulated world a run happens in. Virtual time and
// its agenda (what is on it: agenda.ts), the node processes (boot, crash, join, retire) and
// their timers (node-timers.ts), message delivery through the network, and the clients. One
// scenario and one seed give one run, event for event.

import { Server, type ServerHost } from '../cluster/server';
import type { MachineFactory } from '../cluster/machine';
import { Storage, type Entry, type Message, type RaftConfig } from '../raft';
import { describeEntry } from '../cluster/commands';
import type { DropReason, MessageSummary } from './trace-types';
import { EventQueue } from './event-queue';
import { NodeTimers } from './node-timers';
import { adoptSteps, insertStep, moveEnd, PRIORITY_END, scheduleStep, truncateSteps, type SimEvent } from './agenda';
import { summarize, type Envelope, type Payload } from './messages';
import { Network } from './network';
import { Connections } from './connections';
import { ClientLinks } from './client-links';
import { Rng } from './prng';
import { Recorder } from './recorder';
import type { Scenario, Step } from './scenario-types';
import { textOf } from './text';
import { runStep } from './steps';
import { ClientProcess } from './clients/client';
import type { ClientEnv } from './clients/env';

export type { SimEvent };

export interface SimOptions {
  /** Record the trace (false: count events only, for benchmarks). */
  readonly trace: boolean;
  readonly machine: MachineFactory;
}

/** etcd stops a member 1 s after it applies its own removal (server.go: stopWithDelay(10*100ms)). */
export const REMOVED_STOP_DELAY_MS = 1000;

/** Engine limits (DESIGN.md: put a limit on everything). */
export const MAX_INFLIGHT = 8;
export const MAX_ENTRIES_PER_MSG = 16;

export class Simulation {
  now = 0;
  done = false;
  /** Agenda items processed so far: the unit of "step back one event". */
  processed = 0;
  readonly queue = new EventQueue<SimEvent>();
  readonly network: Network;
  readonly recorder: Recorder;
  readonly servers = new Map<string, Server>();
  readonly storages = new Map<string, Storage>();
  /** Every node id ever part of the run, in order of appearance. */
  readonly nodeIds: string[];
  /** Envelopes on the wire, by id (for the page and for drops). */
  readonly inFlight = new Map<number, Envelope>();
  /** Messages in flight that the loss rate has already taken: they vanish on arrival. */
  private readonly lost = new Set<number>();
  /** Client ⇄ node connections: ordered streams that deliver or break (client-links.ts). */
  private links: ClientLinks;
  private readonly rngs = new Map<string, Rng>();
  readonly clients = new Map<string, ClientProcess>();
  private readonly clientEnv: ClientEnv;
  private readonly timers = new NodeTimers();
  /** Nodes that were removed from the cluster and shut down for good. */
  readonly retired = new Set<string>();
  /** Nodes that applied their own removal and stop soon (settle). */
  private readonly retiring = new Set<string>();
  /** The last conf entry whose member event is recorded: each change is reported once. */
  private memberIndex = 0;
  private nextMessageId = 1;

  readonly scenario: Scenario;

  constructor(
    scenario: Scenario,
    readonly opts: SimOptions,
  ) {
    // The run owns its copy of the steps: the page may add more as the user acts.
    this.scenario = { ...scenario, steps: [...scenario.steps] };
    this.network = new Network([...scenario.network.latency], scenario.network.loss);
    this.network.duplicate = scenario.network.duplicate ?? 0;
    this.recorder = new Recorder(opts.trace);
    this.nodeIds = [...scenario.cluster.nodes];
    this.clientEnv = this.makeClientEnv();
    this.links = this.makeLinks(new Connections());
  }

  private makeLinks(connections: Connections): ClientLinks {
    return new ClientLinks(connections, {
      now: () => this.now,
      recorder: this.recorder,
      serverDropsClient: (node, client) => this.withServer(node, (s) => s.frontend.dropClient(client)),
      noticeLater: (client, node, epoch) => this.queue.push(this.now + this.scenario.cluster.electionTimeout[1], { kind: 'conn-lost', client, node, epoch }),
      connectionLost: (node, client) => {
        if (client !== undefined) this.clients.get(client)?.connectionLost(node);
        else for (const c of this.clients.values()) c.connectionLost(node);
      },
    });
  }

  /** The client connections (for the page and tests). */
  get connections(): Connections {
    return this.links.connections;
  }

  private makeClientEnv(): ClientEnv {
    return {
      now: () => this.now,
      // Like etcd clients syncing their endpoints from the member list: removed nodes drop out.
      nodes: () => (this.retired.size === 0 ? this.nodeIds : this.nodeIds.filter((id) => !this.retired.has(id))),
      send: (req, to) => this.send(req.client, to, { kind: 'request', req }),
      timer: (client, at, timer) => this.queue.push(Math.max(at, this.now), { kind: 'client-timer', client, timer }),
      recorder: this.recorder,
      attemptTimeoutMs: Math.max(1000, 4 * this.scenario.cluster.electionTimeout[1]),
    };
  }

  /**
   * An independent copy of the whole run (a time-travel checkpoint), recording into
   * `recorder`. Immutable data is shared: messages, log entries (see Storage), the store's
   * history; everything mutable is copied, and every closure is rebound to the copy.
   */
  clone(recorder: Recorder): Simulation {
    const copy = Object.create(Simulation.prototype) as Simulation;
    Object.assign(copy, this, {
      recorder,
      scenario: { ...this.scenario, steps: this.scenario.steps.slice() },
      queue: this.queue.clone(),
      network: this.network.clone(),
      servers: new Map(),
      storages: new Map([...this.storages].map(([id, st]) => [id, st.clone()])),
      nodeIds: this.nodeIds.slice(),
      inFlight: new Map(this.inFlight),
      lost: new Set(this.lost),
      rngs: new Map([...this.rngs].map(([k, r]) => [k, r.clone()])),
      clients: new Map(),
      timers: this.timers.clone(),
      retired: new Set(this.retired),
      retiring: new Set(this.retiring),
    });
    Object.assign(copy, { clientEnv: copy.makeClientEnv(), links: copy.makeLinks(this.links.connections.clone()) });
    for (const [id, server] of this.servers) {
      const rng = copy.rng(`node:${id}`);
      copy.servers.set(id, server.clone(copy.storages.get(id) as Storage, (a, b) => rng.int(a, b), recorder, copy.hostFor(id)));
    }
    for (const [id, c] of this.clients) copy.clients.set(id, c.clone(copy.clientEnv));
    return copy;
  }

  /** Records the start, boots every node and schedules the steps and the end. */
  start(): void {
    const c = this.scenario.cluster;
    this.recorder.record(() => ({ t: 0, ev: 'start', scenario: textOf(this.scenario.name), seed: this.scenario.seed, nodes: [...c.nodes] }));
    for (const id of c.nodes) {
      this.storages.set(id, new Storage({ voters: [...c.nodes], learners: [] }));
      this.boot(id);
    }
    this.scenario.steps.forEach((s, index) => scheduleStep(this.queue, s, index, this.scenario.until));
    this.queue.push(this.scenario.until, { kind: 'end' }, PRIORITY_END);
  }

  /** The time of the next agenda item, if any. */
  nextTime(): number | undefined {
    return this.done ? undefined : this.queue.peek()?.time;
  }

  /**
   * Runs every event up to and including virtual time `t`. With `open`, the end of the run
   * stays on the agenda: the page's free play may still move it later (setUntil).
   */
  runUntil(t: number, open = false): void {
    for (;;) {
      const next = this.queue.peek();
      if (!next || next.time > t || this.done || (open && next.event.kind === 'end')) break;
      this.processNext();
    }
    if (!this.done) this.setNow(Math.max(this.now, Math.min(t, this.scenario.until)));
  }

  /** Processes the next event on the agenda; false when the run is over. */
  processNext(): boolean {
    const item = this.queue.pop();
    if (!item || this.done) return false;
    this.processed++;
    this.setNow(item.time);
    const e = item.event;
    if (e.kind === 'deliver') this.deliver(e.env, e.lost);
    else if (e.kind === 'timer') this.fireTimer(e.node, e.gen);
    else if (e.kind === 'step') runStep(this, e.index);
    else if (e.kind === 'client-timer') this.clients.get(e.client)?.onTimer(e.timer);
    else if (e.kind === 'retire') this.retire(e.node);
    else if (e.kind === 'conn-lost') this.links.noticed(e.client, e.node, e.epoch);
    else this.finish();
    return true;
  }

  /**
   * Adds a step while the run goes on (a user's action on the page). It must lie in the
   * future: everything up to `now` has already happened. It takes its place in time order.
   */
  addStep(step: Step): number {
    if (step.at <= this.now && this.now > 0) throw new Error(`addStep: step at ${step.at} is not after now (${this.now})`);
    return insertStep(this.scenario.steps, this.queue, step, this.scenario.until);
  }

  /**
   * Moves the end of a run that has not ended to the later time `until` (the page's free
   * play): the end item moves, and steps between the old and the new end get on the agenda.
   * Nothing else depends on `until`, so the run up to now is the run of the longer scenario.
   */
  setUntil(until: number): void {
    const old = this.scenario.until;
    if (this.done || until <= old) return;
    this.scenario.until = until;
    moveEnd(this.scenario.steps, this.queue, old, until);
  }

  /** Takes the live run's steps (a checkpoint being restored: steps were added or dropped since). */
  adoptSteps(steps: readonly Step[]): void {
    adoptSteps(this.scenario.steps, this.queue, steps, this.scenario.until);
  }

  /** Keeps only the first `count` steps (a fork drops the future). */
  truncateSteps(count: number): void {
    truncateSteps(this.scenario.steps, this.queue, count);
  }

  // ---- nodes ---------------------------------------------------------------

  isNode(id: string): boolean {
    return this.storages.has(id);
  }

  isUp(id: string): boolean {
    return this.servers.has(id);
  }

  /** The leader of the highest term among running nodes, if any (SCENARIO.md "leader"). */
  leader(): Server | undefined {
    let best: Server | undefined;
    for (const s of this.servers.values()) {
      if (s.node.role === 'leader' && (!best || s.node.term > best.node.term)) best = s;
    }
    return best;
  }

  /** A node stops: everything volatile is gone, storage stays (Figure 2). */
  crash(id: string): void {
    this.servers.delete(id);
    this.timers.disarm(id);
    this.recorder.record(() => ({ t: this.now, ev: 'crash', node: id }));
    // Its connections are reset: clients learn at once that their watches there are gone.
    this.links.reset(id, 'crashed');
  }

  /**
   * add-node: a new node starts with no log and no configuration, as an etcd member joining
   * an existing cluster; the leader's snapshot and log teach it the configuration.
   */
  join(id: string): void {
    this.storages.set(id, new Storage({ voters: [], learners: [] }));
    this.nodeIds.push(id);
    this.recorder.record(() => ({ t: this.now, ev: 'join', node: id }));
    this.boot(id);
  }

  isRetired(id: string): boolean {
    return this.retired.has(id);
  }

  /** A removed node shuts down for good; its storage stays, but it never restarts. */
  private retire(id: string): void {
    this.retiring.delete(id);
    if (!this.servers.has(id)) return;
    this.servers.delete(id);
    this.timers.disarm(id);
    this.retired.add(id);
    this.recorder.record(() => ({ t: this.now, ev: 'removed', node: id }));
    this.links.reset(id, 'removed');
  }

  restart(id: string): void {
    this.recorder.record(() => ({ t: this.now, ev: 'restart', node: id }));
    this.boot(id);
  }

  /** Runs `fn` against a running server, then re-arms its timer. */
  withServer(id: string, fn: (s: Server) => void): void {
    const s = this.servers.get(id);
    if (!s) return;
    fn(s);
    this.settle(id, s);
  }

  /**
   * After a server handled an input: re-arm its timer. A server that applied its own removal
   * stops a second later, as etcd's does (stopWithDelay): meanwhile it still answers, so the
   * others can learn that the removal committed (or elect with its vote) before it is gone.
   */
  private settle(id: string, s: Server): void {
    if (s.removedSelf && !this.retiring.has(id)) {
      this.retiring.add(id);
      this.queue.push(this.now + REMOVED_STOP_DELAY_MS, { kind: 'retire', node: id });
    }
    this.armTimer(id);
  }

  private boot(id: string): void {
    const storage = this.storages.get(id) as Storage;
    const bugs = new Set(this.scenario.cluster.bugs);
    const server = new Server(
      id,
      storage,
      { raft: this.raftConfig(id), snapshotEntries: this.scenario.cluster.snapshotEntries, forgetVote: bugs.has('forget-vote'), keepCommit: bugs.has('keep-commit-on-restart') },
      this.now,
      this.opts.machine,
      this.recorder,
      this.hostFor(id),
    );
    this.servers.set(id, server);
    this.armTimer(id);
  }

  private raftConfig(id: string): RaftConfig {
    const c = this.scenario.cluster;
    const rng = this.rng(`node:${id}`);
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
      send: (m: Message) => this.send(id, m.to, { kind: 'raft', msg: m }),
      reply: (client, reply) => this.send(id, client, { kind: 'reply', reply }),
      member: (node, change, index) => {
        // TRACE.md: when the change takes effect on the leader. A later leader applying the
        // same entry (it had not yet when the first one did) reports nothing new.
        if (index <= this.memberIndex) return;
        this.memberIndex = index;
        this.recorder.member(node, change);
      },
    };
  }

  rng(stream: string): Rng {
    let r = this.rngs.get(stream);
    if (!r) {
      r = new Rng(this.scenario.seed, stream);
      this.rngs.set(stream, r);
    }
    return r;
  }

  // ---- timers ---------------------------------------------------------------

  /** Makes sure a timer event is scheduled no later than the server's next deadline (node-timers.ts). */
  armTimer(id: string): void {
    const s = this.servers.get(id);
    if (s) this.timers.arm(id, Math.max(s.nextDeadline(), this.now), (at, gen) => this.queue.push(at, { kind: 'timer', node: id, gen }));
  }

  private fireTimer(id: string, gen: number): void {
    if (!this.timers.fire(id, gen)) return;
    const s = this.servers.get(id);
    if (s && this.now >= s.nextDeadline()) this.withServer(id, (srv) => srv.tick(this.now));
    else this.armTimer(id);
  }

  // ---- network ----------------------------------------------------------------

  send(from: string, to: string, payload: Payload): void {
    // A lost message still flies until its arrival time, so the page can show where it vanished.
    const fate = this.network.draw(this.rng(`net:${from}`));
    const drawnAt = this.now + fate.delay;
    const id = this.nextMessageId++;
    let env: Envelope;
    if (payload.kind === 'raft') env = { id, from, to, sentAt: this.now, deliverAt: drawnAt, payload };
    else {
      const { deliverAt, conn } = this.links.stamp(from, to, payload, drawnAt);
      env = { id, from, to, sentAt: this.now, deliverAt, payload, conn };
    }
    this.inFlight.set(env.id, env);
    if (this.recorder.active) this.recorder.push({ t: this.now, ev: 'send', id: env.id, from, to, at: env.deliverAt, msg: summarize(payload) });
    else this.recorder.count++;
    if (fate.lost) this.lost.add(env.id);
    this.queue.push(env.deliverAt, { kind: 'deliver', env, lost: fate.lost });
    // A duplicated Raft message: a second copy with its own delay (client streams never duplicate).
    // (The rate is tested first so that a run without duplication draws nothing: the hot path.)
    if (payload.kind === 'raft' && this.network.duplicate > 0 && this.network.drawDuplicate(this.rng(`dup:${from}`))) this.send(from, to, payload);
  }

  /** How the page sees a message in flight: doomed if it will be dropped as things stand. */
  messageView(env: Envelope): { id: number; from: string; to: string; sentAt: number; deliverAt: number; doomed: boolean; msg: MessageSummary } {
    const doomed = this.lost.has(env.id) || !this.links.current(env) || this.network.blocked(env.from, env.to, (id) => this.isNode(id)) !== undefined || (this.isNode(env.to) && !this.isUp(env.to));
    return { id: env.id, from: env.from, to: env.to, sentAt: env.sentAt, deliverAt: env.deliverAt, doomed, msg: summarize(env.payload) };
  }

  /** The trace's name for a log entry. */
  describe(e: Entry): string {
    return describeEntry(e);
  }

  private deliver(env: Envelope, lost: boolean): void {
    this.inFlight.delete(env.id);
    this.lost.delete(env.id);
    const isNode = (id: string) => this.isNode(id);
    const cause = lost ? 'loss' : (this.network.blocked(env.from, env.to, isNode) ?? (this.isNode(env.to) && !this.isUp(env.to) ? 'crashed' : this.fromRemoved(env)));
    const reason: DropReason | undefined = this.links.current(env) ? cause : 'broken';
    if (reason) {
      this.recorder.record(() => ({ t: this.now, ev: 'drop', id: env.id, from: env.from, to: env.to, reason }));
      this.onDropped(env);
      if (reason === 'removed') this.retire(env.from);
      // A client stream does not lose one message: the whole connection fails.
      else if (reason !== 'broken' && env.conn !== undefined) this.links.breakOn(env, reason);
      return;
    }
    if (this.recorder.active) this.recorder.push({ t: this.now, ev: 'recv', id: env.id, from: env.from, to: env.to });
    else this.recorder.count++;
    const p = env.payload;
    if (p.kind === 'reply') {
      this.clients.get(env.to)?.receive(p.reply, env.from);
      return;
    }
    const server = this.servers.get(env.to);
    if (!server) return;
    if (p.kind === 'raft') server.receive(p.msg, this.now);
    else server.handleClient(p.req, this.now);
    this.settle(env.to, server);
  }

  /**
   * A Raft message from a node the receiver knows was removed: etcd refuses it ("the member
   * has been permanently removed from the cluster") and the removed member stops. This is
   * what keeps a removed node that never learned of its removal from disturbing the cluster.
   */
  private fromRemoved(env: Envelope): 'removed' | undefined {
    if (env.payload.kind !== 'raft') return undefined;
    return this.servers.get(env.to)?.removedIds.has(env.from) ? 'removed' : undefined;
  }

  // ---- clients ----

  /** The client process with this id, started on first use. */
  client(id: string): ClientProcess {
    let c = this.clients.get(id);
    if (!c) {
      c = new ClientProcess(id, this.clientEnv);
      this.clients.set(id, c);
    }
    return c;
  }

  /** A client process dies: its requests, keep-alives and watches stop. */
  crashClient(id: string): void {
    this.client(id).crash();
    for (const s of this.servers.keys()) this.withServer(s, (srv) => srv.frontend.dropClient(id));
  }

  /** The transport tells a leader its snapshot did not arrive (etcd ReportSnapshot). */
  private onDropped(env: Envelope): void {
    const p = env.payload;
    if (p.kind === 'raft' && p.msg.type === 'snapshot') this.withServer(env.from, (s) => s.node.reportSnapshotFailure(env.to));
  }

  private setNow(t: number): void {
    this.now = t;
    this.recorder.now = t;
  }

  private finish(): void {
    this.recorder.record(() => ({ t: this.now, ev: 'end' }));
    this.done = true;
  }
}
