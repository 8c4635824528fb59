// The deterministic kernel's event loop: virtual time and its agenda (what is on it:
// agenda.ts), wired to the node processes (node-processes.ts), the transport that carries
// every message (transport.ts), the clients, and the read-only questions the page may ask
// (queries.ts). One scenario and one seed give one run, event for event.

import type { Server } from '../cluster/server';
import type { MachineFactory } from '../cluster/machine';
import type { Storage } from '../raft';
import { EventQueue } from './event-queue';
import { adoptSteps, insertStep, moveEnd, PRIORITY_END, scheduleStep, truncateSteps, type SimEvent } from './agenda';
import type { Envelope } from './messages';
import { Network } from './network';
import { Connections } from './connections';
import { NodeProcesses, type ProcessHost } from './node-processes';
import { SimQueries, type QueriedWorld } from './queries';
import { Transport, type TransportHost } from './transport';
import { Rng } from './prng';
import { Recorder } from './recorder';
import type { Scenario, Step } from './scenario-types';
import { textOf } from './text';
import { runStep } from './steps';
import type { ClientProcess } from './clients/client';
import { ClientProcesses, type ClientHost } from './client-processes';

export interface SimOptions {
  /** Record the trace (false: count events only, for benchmarks). */
  readonly trace: boolean;
  readonly machine: MachineFactory;
}

export class Simulation {
  now = 0;
  done = false;
  /** Agenda items processed so far: the unit of "step back one event". */
  processed = 0;
  readonly queue = new EventQueue<SimEvent>();
  readonly recorder: Recorder;
  private readonly rngs = new Map<string, Rng>();
  /** The clients: etcd clients on the simulated network, with their recipes (client-processes.ts). */
  readonly clientProcesses: ClientProcesses;
  /** The servers as processes: boot, crash, restart, join, retire (node-processes.ts). */
  readonly processes: NodeProcesses;
  private readonly transport: Transport;
  /** Read-only questions about the run: a node's store, the election owners, a message's fate (queries.ts). */
  readonly query: SimQueries;

  readonly scenario: Scenario;

  constructor(
    scenario: Scenario,
    readonly opts: SimOptions,
  ) {
    // The run owns its copy of the steps: the page may add more as the user acts.
    this.scenario = { ...scenario, steps: [...scenario.steps] };
    const network = new Network([...scenario.network.latency], scenario.network.loss);
    network.duplicate = scenario.network.duplicate ?? 0;
    this.recorder = new Recorder(opts.trace);
    const host = this.host();
    this.processes = new NodeProcesses(host);
    this.clientProcesses = new ClientProcesses(host);
    this.transport = new Transport(network, new Connections(), host);
    this.query = new SimQueries(this.queriedWorld());
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
      rngs: new Map([...this.rngs].map(([k, r]) => [k, r.clone()])),
    });
    const host = copy.host();
    Object.assign(copy, { transport: this.transport.clone(host), processes: this.processes.clone(host), clientProcesses: this.clientProcesses.clone(host) });
    Object.assign(copy, { query: new SimQueries(copy.queriedWorld()) });
    return copy;
  }

  /** What the processes, the clients and the transport need of the world: bound to this run. */
  private host(): ProcessHost & ClientHost & TransportHost {
    const c = this.scenario.cluster;
    return {
      now: () => this.now,
      queue: this.queue,
      recorder: this.recorder,
      cluster: c,
      machine: this.opts.machine,
      electionTimeoutMax: c.electionTimeout[1],
      rng: (stream) => this.rng(stream),
      isNode: (id) => this.isNode(id),
      isUp: (id) => this.isUp(id),
      send: (from, to, payload) => this.transport.send(from, to, payload),
      arrive: (env) => {
        const p = env.payload;
        if (p.kind === 'reply') this.clientProcesses.receive(env.to, p.reply, env.from);
        else this.processes.receive(env.to, p);
      },
      dropped: (env, reason) => {
        // The transport tells a leader its snapshot did not arrive (etcd ReportSnapshot).
        const p = env.payload;
        if (p.kind === 'raft' && p.msg.type === 'snapshot') this.processes.withServer(env.from, (s) => s.node.reportSnapshotFailure(env.to));
        if (reason === 'removed') this.processes.retire(env.from);
      },
      knowsRemoved: (receiver, sender) => this.servers.get(receiver)?.removedIds.has(sender) === true,
      resetLinks: (node, reason) => this.transport.links.reset(node, reason),
      serverDropsClient: (node, client) => this.processes.withServer(node, (s) => s.frontend.dropClient(client)),
      noticeLater: (client, node, epoch) => this.queue.push(this.now + c.electionTimeout[1], { kind: 'conn-lost', client, node, epoch }),
      connectionLost: (node, client, refused) => this.clientProcesses.connectionLost(node, client, refused),
      refused: (node, client) => this.clientProcesses.refused(node, client),
      nodes: () => (this.processes.retired.size === 0 ? this.nodeIds : this.nodeIds.filter((id) => !this.processes.retired.has(id))),
      forgetEverywhere: (client) => {
        for (const s of this.servers.keys()) this.processes.withServer(s, (srv) => srv.frontend.dropClient(client));
      },
    };
  }

  private queriedWorld(): QueriedWorld {
    return { servers: this.processes.servers, clients: this.clients, willBeLost: (env) => this.transport.willBeLost(env), notOpenConnections: () => this.transport.links.connections.notOpen() };
  }

  /** Records the start, boots every node and schedules the steps and the end. */
  start(): void {
    const c = this.scenario.cluster;
    this.recorder.record(() => ({ t: 0, ev: 'start', scenario: textOf(this.scenario.name), seed: this.scenario.seed, nodes: [...c.nodes] }));
    this.processes.bootAll(c.nodes);
    this.scenario.steps.forEach((s, index) => scheduleStep(this.queue, s, index, this.scenario.until));
    this.queue.push(this.scenario.until, { kind: 'end' }, PRIORITY_END);
  }

  /** The time of the next agenda item, if any. */
  nextTime(): number | undefined {
    return this.done ? undefined : this.queue.peekTime();
  }

  /**
   * Runs every event up to and including virtual time `t`. With `open`, the end of the run
   * stays on the agenda: the page's free play may still move it later (setUntil).
   */
  runUntil(t: number, open = false): void {
    for (;;) {
      const time = this.queue.peekTime();
      if (time === undefined || time > t || this.done || (open && this.queue.peekEvent()?.kind === 'end')) break;
      this.processNext();
    }
    if (!this.done) this.setNow(Math.max(this.now, Math.min(t, this.scenario.until)));
  }

  /** Processes the next event on the agenda; false when the run is over. */
  processNext(): boolean {
    const time = this.queue.peekTime();
    const e = this.queue.pop();
    if (time === undefined || e === undefined || this.done) return false;
    this.processed++;
    this.setNow(time);
    if (e.kind === 'deliver') this.transport.deliver(e.env, e.lost);
    else if (e.kind === 'timer') this.processes.fireTimer(e.node, e.gen);
    else if (e.kind === 'step') runStep(this, e.index);
    else if (e.kind === 'client-timer') this.clients.get(e.client)?.onTimer(e.timer);
    else if (e.kind === 'retire') this.processes.retire(e.node);
    else if (e.kind === 'conn-lost') this.transport.links.noticed(e.client, e.node, e.epoch);
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

  // ---- the world, as the steps act on it and the page sees it ----

  /** The client processes by id. */
  get clients(): ReadonlyMap<string, ClientProcess> {
    return this.clientProcesses.clients;
  }

  /** The running servers (a crashed or retired node has none). */
  get servers(): ReadonlyMap<string, Server> {
    return this.processes.servers;
  }

  /** Every node's durable storage. */
  get storages(): ReadonlyMap<string, Storage> {
    return this.processes.storages;
  }

  /** Every node id ever part of the run, in order of appearance. */
  get nodeIds(): readonly string[] {
    return this.processes.nodeIds;
  }

  get network(): Network {
    return this.transport.network;
  }

  /** Envelopes on the wire, by id. */
  get inFlight(): ReadonlyMap<number, Envelope> {
    return this.transport.inFlight;
  }

  isNode(id: string): boolean {
    return this.processes.storages.has(id);
  }

  isUp(id: string): boolean {
    return this.processes.servers.has(id);
  }

  isRetired(id: string): boolean {
    return this.processes.retired.has(id);
  }

  /** The leader of the highest term among running nodes, if any (SCENARIO.md "leader"). */
  leader(): Server | undefined {
    return this.query.leader();
  }

  private rng(stream: string): Rng {
    let r = this.rngs.get(stream);
    if (!r) {
      r = new Rng(this.scenario.seed, stream);
      this.rngs.set(stream, r);
    }
    return r;
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
