// The etcdctl console over a running simulation: a line becomes scenario steps (client
// operations of the console's client at the next virtual millisecond), and the trace's
// answers become etcdctl's output. Driven from inside the run by driver.ts, for the page's
// worker and `sim etcdctl` alike, so the two print the same. Inspection commands (member list, endpoint status) read the nodes' state.
// Commands that stream (watch, elect, lock, lease keep-alive) run on until stopped; the
// prompt stays usable meanwhile, and stop() ends them all (Ctrl+C).

import { RECIPE_OPS, type ClientOp, type GetOp } from '../sim/scenario-types';
import type { Simulation } from '../sim/simulation';
import type { OpResult, TraceEvent } from '../sim/trace-types';
import { endpointNode, endpointStatus, headerFor, members } from './nodes';
import { clientUrl, memberId } from './ids';
import { planLine, txnRequest, type Action, type Plan, type Request } from './plan';
import { print, UnsupportedFormat, type EndpointStatus, type OutputFormat, type Shown } from './print';
import { tokenize } from './tokenize';
import { parseTxnSections } from './txn-input';
import { completeLine } from './complete';
import { COMMAND_TIMEOUT_MS, InFlight, type Answer } from './in-flight';
import { runMemberChange, type MemberContext, type MembershipStep } from './member-commands';
import { printMemberChange } from './print-members';
import { HealthCheck, healthClient, healthGet } from './health';
import { echoLine, lockedCommand, notFinishing, unsupportedProgram, withLockEnv } from './lock-command';

/** etcdctl's --command-timeout default: a request unanswered this long fails. */
export { COMMAND_TIMEOUT_MS };
const TXN_PROMPTS = ['compares:', 'success requests (get, put, del):', 'failure requests (get, put, del):'];

/** The steps a command issues. */
export type ConsoleAction = { do: 'client'; client: string; op: ClientOp; node?: string; endpoints?: string[] } | { do: 'transfer'; to: string } | { do: 'client-crash'; client: string } | MembershipStep;

export interface ConsoleHost {
  sim(): Simulation;
  /** Issues a step at the next virtual millisecond; returns why not, if refused. */
  act(step: ConsoleAction): string | undefined;
}

export interface ConsoleLine {
  text: string;
  kind: 'out' | 'err';
  /** When it was due, if the run noticed it later (a timeout): the virtual time it is printed at. */
  t?: number;
}

interface Stream {
  kind: 'watch' | 'elect' | 'observe' | 'lock' | 'keep-alive';
  client: string;
  format: OutputFormat;
  node: string;
  election?: string;
  watchId?: number;
  leaseId?: number;
  nextAt?: number;
  held?: boolean;
}

export class EtcdctlConsole {
  private readonly inFlight = new InFlight();
  /** Answers that come from the nodes' state rather than a trace event (move-leader). */
  private awaiting: { done(): boolean; deadline: number; then(): void; fail: string; timer?: boolean }[] = [];
  /** The endpoints of the line being run (see endpointsFor). */
  private lineNodes: string[] = [];
  /** Answers that are trace events of another kind than a client's return (a membership change taking effect). */
  private eventWaits: { match(e: TraceEvent): boolean; then(e: TraceEvent): void; deadline: number }[] = [];
  /** The virtual time lines are printed at while something due earlier is handled (see tick). */
  private dueAt: number | undefined;
  private streams: Stream[] = [];
  private txn: { plan: Plan; sections: string[][] } | undefined;
  private lockClients = 0;
  private listeners: ((lines: ConsoleLine[]) => void)[] = [];

  constructor(
    private readonly host: ConsoleHost,
    public client = 'etcdctl',
    /** The endpoint used when a line gives no --endpoints. */
    public endpoint?: string,
  ) {}

  onOutput(fn: (lines: ConsoleLine[]) => void): void {
    this.listeners.push(fn);
  }

  private get sim(): Simulation {
    return this.host.sim();
  }

  /** The text shown before the input: etcdctl's txn prompts while a txn is being read. */
  prompt(): string | undefined {
    return this.txn ? TXN_PROMPTS[this.txn.sections.length - 1] : undefined;
  }

  /** Waiting for an answer that will come within the command timeout (the page runs on until it does). */
  waiting(): boolean {
    return this.inFlight.answerable() || this.awaiting.length > 0 || this.eventWaits.length > 0;
  }

  /** Any command still unanswered, a lock or campaign waiting its turn included. */
  busy(): boolean {
    return this.inFlight.any() || this.awaiting.length > 0 || this.eventWaits.length > 0;
  }

  /** Streams running (watch, elect, lock, keep-alive). */
  streaming(): boolean {
    return this.streams.length > 0 || this.inFlight.waiting();
  }

  complete(line: string): string[] {
    return completeLine(line, this.keys());
  }

  private keys(): string[] {
    const node = this.defaultNode();
    const m = node ? (this.sim.servers.get(node)?.machine as { kv?: { store: { range(r: { key: string; end: string }): { ok: boolean; value?: { kvs: { key: string }[] } } } } } | undefined) : undefined;
    const all = m?.kv?.store.range({ key: '', end: '' });
    return all?.ok && all.value ? all.value.kvs.map((kv) => kv.key) : [];
  }

  /** Runs one line typed at the prompt. */
  run(line: string): void {
    if (this.txn) return this.txnLine(line);
    if (line.trim() === '') return;
    const tokens = tokenize(line);
    if (!tokens.ok) return this.error(tokens.error);
    if (tokens.tokens.args.length === 0) return;
    const plan = planLine(tokens.tokens);
    if (plan.action.kind === 'txn-read') {
      this.txn = { plan, sections: [[]] };
      if (plan.action.interactive) this.emit([TXN_PROMPTS[0] as string]);
      return;
    }
    this.execute(plan);
  }

  private txnLine(line: string): void {
    const t = this.txn as { plan: Plan; sections: string[][] };
    const text = line.trim();
    const current = t.sections[t.sections.length - 1] as string[];
    if (text !== '') {
      current.push(text);
      return;
    }
    if (t.sections.length < 3) {
      t.sections.push([]);
      if (t.plan.action.kind === 'txn-read' && t.plan.action.interactive) this.emit([TXN_PROMPTS[t.sections.length - 1] as string]);
      return;
    }
    this.txn = undefined;
    const [c, s, f] = t.sections as [string[], string[], string[]];
    this.execute({ ...t.plan, action: txnRequest(parseTxnSections(c, s, f)) });
  }

  private execute(plan: Plan): void {
    const a = plan.action;
    if (a.kind === 'usage') return this.emit(a.text.split('\n'));
    if (a.kind === 'error') return this.error(a.message);
    if (a.kind === 'printed') return a.lines.forEach((l) => this.emit([l.text], l.kind));
    const nodes = this.endpointNodes(plan);
    if (typeof nodes === 'string') return this.error(nodes);
    this.lineNodes = nodes;
    const node = nodes[0] as string;
    switch (a.kind) {
      case 'request':
        return this.request(a, plan.format, node);
      case 'show':
        return this.show(a.shown, plan.format, node, this.revisionAt(node));
      case 'members':
        return this.viaLiveEndpoint(nodes, 'context deadline exceeded', (n) => this.show({ kind: 'members', members: members(this.sim) }, plan.format, n, 0));
      case 'status':
        if (!a.cluster) return this.status(nodes, nodes, plan);
        return this.viaLiveEndpoint(nodes, 'failed to fetch endpoints from etcd cluster member list: context deadline exceeded', () => {
          const names = members(this.sim).map((m) => m.name);
          this.status(names, names.map(clientUrl), plan);
        });
      case 'health':
        return this.health(a.cluster ? this.sim.nodeIds.slice() : nodes, plan);
      case 'move-leader':
        return this.moveLeader(a.target, nodes, plan.format);
      case 'member-add':
      case 'member-remove':
      case 'member-promote':
        return this.viaLiveEndpoint(nodes, 'context deadline exceeded', (n) => runMemberChange(this.memberContext(plan.format, n), a));
      default:
        return this.startStream(a, plan.format, node);
    }
  }

  private endpointNodes(plan: Plan): string[] | string {
    const given = plan.endpoints ?? [this.defaultNode() ?? ''];
    const out: string[] = [];
    for (const ep of given) {
      const node = endpointNode(this.sim, ep);
      if (!node) return `unknown endpoint "${ep}" (the nodes are ${this.sim.nodeIds.join(', ')})`;
      out.push(node);
    }
    return out.length > 0 ? out : `no endpoints given`;
  }

  private defaultNode(): string | undefined {
    const e = this.endpoint;
    return e && this.sim.nodeIds.includes(e) ? e : this.sim.nodeIds[0];
  }

  private compactRevisionAt(node: string): number {
    const m = this.sim.servers.get(node)?.machine as { kv?: { compactRevision: number } } | undefined;
    return m?.kv?.compactRevision ?? 0;
  }

  private revisionAt(node: string): number {
    return this.sim.servers.get(node)?.machine.revision() ?? 0;
  }

  // ---- requests ----

  private submit(op: ClientOp, node: string, answer: Answer, client = this.client, waits = false, endpoints = this.endpointsFor(op, node)): void {
    const refused = this.host.act({ do: 'client', client, op, node, ...(endpoints ? { endpoints } : {}) });
    if (refused) return this.error(refused);
    this.inFlight.add({ op, client, waits, answer });
  }

  /**
   * etcdctl's client knows only the line's endpoints (--endpoints, else the console's): it
   * never falls over to another member. A recipe (elect, lock) picks its nodes itself.
   */
  private endpointsFor(op: ClientOp, node: string): string[] | undefined {
    if (RECIPE_OPS.includes(op.type)) return undefined;
    return this.lineNodes.includes(node) ? [...this.lineNodes] : [node];
  }

  private request(a: Request, format: OutputFormat, node: string): void {
    this.submit(a.op, node, (ok, r, error, invokedAt) => {
      if (!ok && retriedUntilDeadline(a.op, error)) return this.after(invokedAt + COMMAND_TIMEOUT_MS, () => this.error(etcdError(undefined, a.wrapError)));
      if (!ok) return this.error(etcdError(error, a.wrapError));
      if (a.after) return this.error(a.after);
      if (a.fixed) return this.emit(a.fixed(r as OpResult));
      this.show(a.show(r as OpResult), format, node, (r as OpResult).header.revision);
    });
  }

  private show(shown: Shown, format: OutputFormat, node: string, revision: number): void {
    try {
      const printed = print(shown, format, headerFor(this.sim, node, revision));
      this.emit(printed.out);
      if (printed.err) this.emit(printed.err, 'err');
    } catch (e) {
      if (e instanceof UnsupportedFormat) return this.error(`${e.message} not supported as output format`);
      throw e;
    }
  }

  /**
   * etcdctl asks each endpoint in turn (ep_command.go): one that is down costs the command
   * timeout and a "Failed to get the status" line; then the others are shown.
   */
  private status(nodes: readonly string[], labels: readonly string[], plan: Plan): void {
    const list: EndpointStatus[] = [];
    const from = (i: number): void => {
      for (; i < nodes.length; i++) {
        const st = endpointStatus(this.sim, labels[i] as string, nodes[i] as string);
        if (st) {
          list.push(st);
          continue;
        }
        const next = i + 1;
        return this.after(this.sim.now + COMMAND_TIMEOUT_MS, () => {
          this.emit([`Failed to get the status of endpoint ${labels[next - 1]} (context deadline exceeded)`], 'err');
          from(next);
        });
      }
      this.show({ kind: 'status', list }, plan.format, nodes[0] as string, 0);
    };
    from(0);
  }

  /** A request any of the line's endpoints answers at once; with all of them down, `error` after the command timeout. */
  private viaLiveEndpoint(nodes: readonly string[], error: string, then: (node: string) => void): void {
    const live = nodes.find((n) => this.sim.isUp(n));
    if (live !== undefined) return then(live);
    this.after(this.sim.now + COMMAND_TIMEOUT_MS, () => this.error(error));
  }

  /** Runs `then` once the run reaches virtual time `at` (the prompt waits meanwhile). */
  private after(at: number, then: () => void): void {
    this.awaiting.push({ done: () => this.sim.now >= at, deadline: at, then, fail: '', timer: true });
  }

  /** etcdctl's health check: each endpoint asked by a client pinned to it (health.ts). */
  private health(nodes: string[], plan: Plan): void {
    const check = new HealthCheck(nodes, this.sim.now + 1);
    for (const node of nodes) {
      const client = healthClient(this.client, this.sim.nodeIds.indexOf(node));
      this.submit(healthGet(), node, (ok, _r, _error, invokedAt) => check.answer(node, ok, invokedAt, this.sim.now), client, true, [node]);
    }
    const show = () => {
      this.show({ kind: 'health', list: check.results() }, plan.format, nodes[0] as string, 0);
      if (!check.healthy()) this.error('unhealthy cluster');
    };
    // Printed when the last answer comes, or at the deadline if one never does.
    this.awaiting.push({ done: () => check.decided(this.sim.now), deadline: check.deadline, then: show, fail: 'unhealthy cluster', get timer() { return !check.healthy(); } });
  }

  /** etcdctl finds the leader among the endpoints and asks it to transfer (MoveLeader). */
  private moveLeader(target: bigint, nodes: string[], format: OutputFormat): void {
    const leader = nodes.find((n) => this.sim.servers.get(n)?.node.role === 'leader');
    if (!leader) return this.error(`no leader endpoint given at [${nodes.join(' ')}]`);
    const to = this.sim.nodeIds.find((n) => memberId(n) === target);
    if (!to || to === leader) return this.error('etcdserver: bad leader transferee');
    const refused = this.host.act({ do: 'transfer', to });
    if (refused) return this.error(refused);
    // etcd answers MoveLeader once the transferee leads (or the transfer timed out).
    this.awaiting.push({
      done: () => this.sim.servers.get(to)?.node.role === 'leader',
      deadline: this.sim.now + COMMAND_TIMEOUT_MS,
      then: () => this.show({ kind: 'move-leader', from: memberId(leader), to: target }, format, leader, this.revisionAt(leader)),
      fail: 'etcdserver: request timed out, leader transfer took too long',
    });
  }

  /** What member add / remove / promote use of the console (member-commands.ts). */
  private memberContext(format: OutputFormat, node: string): MemberContext {
    const deadline = this.sim.now + COMMAND_TIMEOUT_MS;
    return {
      sim: this.sim,
      act: (step) => this.host.act(step),
      error: (message) => this.error(message),
      show: (shown) => {
        const printed = printMemberChange(shown, format, headerFor(this.sim, node, 0));
        if (Array.isArray(printed)) return this.emit(printed);
        this.error(`${printed.unsupported} not supported as output format`);
      },
      awaitEvent: (match, then) => this.eventWaits.push({ match, then, deadline }),
      timeOut: () => this.after(deadline, () => this.error('context deadline exceeded')),
    };
  }

  // ---- streams ----

  private startStream(a: Action, format: OutputFormat, node: string): void {
    if (a.kind === 'watch') {
      const stream: Stream = { kind: 'watch', client: this.client, format, node };
      this.streams.push(stream);
      return this.submit(a.op, node, (ok, r, error) => {
        if (!ok) return this.endStream(stream, etcdError(error));
        // A start revision already compacted on that node: etcd cancels the watch at once
        // (watchableStore.syncWatchers), which the trace does not carry as an event.
        const start = a.op.startRevision ?? 0;
        if (r?.canceled || (start > 0 && start <= r!.header.revision && start < this.compactRevisionAt(node))) {
          this.emit(['watch was canceled (etcdserver: mvcc: required revision has been compacted)'], 'err');
          return this.endStream(stream, 'watch is canceled by the server');
        }
        stream.watchId = r?.watchId;
      });
    }
    if (a.kind === 'elect') {
      const stream: Stream = { kind: 'elect', client: this.client, format, node, election: a.election };
      this.streams.push(stream);
      return this.submit({ type: 'campaign', election: a.election, value: a.proposal }, node, (ok, r, error) => this.held(stream, ok, r, error), this.client, true);
    }
    if (a.kind === 'lock') {
      // Each lock runs as its own etcdctl process: a waiting Lock blocks only that client.
      const client = `${this.client.slice(0, 8)}-lock-${++this.lockClients}`;
      const stream: Stream = { kind: 'lock', client, format, node, election: a.name };
      this.streams.push(stream);
      const command = a.command;
      // With a command, etcdctl blocks the terminal until the command has run: the prompt waits.
      if (command) this.awaiting.push({ done: () => !this.streams.includes(stream), deadline: Infinity, then: () => undefined, fail: '' });
      return this.submit({ type: 'lock', name: a.name }, node, (ok, r, error) => (command ? this.runLocked(stream, command, ok, r, error) : this.held(stream, ok, r, error)), client, true);
    }
    if (a.kind === 'observe') {
      const stream: Stream = { kind: 'observe', client: this.client, format, node, election: a.election };
      this.streams.push(stream);
      return this.submit({ type: 'observe', election: a.election }, node, (ok, _r, error) => {
        if (!ok) this.endStream(stream, etcdError(error));
      });
    }
    if (a.kind === 'keep-alive') {
      const stream: Stream = { kind: 'keep-alive', client: this.client, format, node, leaseId: a.id };
      if (!a.once) this.streams.push(stream);
      this.keepAlive(stream, a.once);
    }
  }

  private keepAlive(stream: Stream, once: boolean): void {
    const id = stream.leaseId as number;
    this.submit({ type: 'lease-keepalive', id }, stream.node, (ok, r, error) => {
      if (!ok) {
        if (once) return this.error(etcdError(error));
        if (stream.format === 'simple') this.emit([`lease ${id.toString(16).padStart(16, '0')} expired or revoked.`]);
        return this.endStream(stream);
      }
      const ttl = (r as OpResult).ttl ?? 0;
      this.show({ kind: 'keepalive', id, ttl }, stream.format, stream.node, (r as OpResult).header.revision);
      // clientv3 renews every TTL/3 (lease.go: sendKeepAliveLoop, nextKeepAlive).
      if (!once) stream.nextAt = this.sim.now + Math.max(500, Math.floor((ttl * 1000) / 3));
    }, stream.client);
  }

  /** A campaign or lock is held: etcdctl prints its key as a get of that key. */
  private held(stream: Stream, ok: boolean, r: OpResult | undefined, error: string | undefined): void {
    if (!ok) return this.endStream(stream, etcdError(error));
    stream.held = true;
    const key = r?.key ?? '';
    const get: GetOp = { type: 'get', key };
    this.submit(get, stream.node, (gok, gr, gerror) => {
      if (!gok) return this.error(etcdError(gerror));
      this.show({ kind: 'get', r: gr as OpResult }, stream.format, stream.node, (gr as OpResult).header.revision);
    }, stream.client);
  }

  /** `lock NAME COMMAND...`: the lock is held; run COMMAND (echo or an etcdctl command that finishes), then unlock. */
  private runLocked(stream: Stream, words: string[], ok: boolean, r: OpResult | undefined, error: string | undefined): void {
    if (!ok) return this.endStream(stream, etcdError(error));
    stream.held = true;
    const command = lockedCommand(withLockEnv(words, r?.key ?? '', r?.header.revision ?? 0));
    const unlock = (failure?: string) => {
      if (!this.streams.includes(stream)) return; // stopped meanwhile (Ctrl+C unlocked it)
      this.submit({ type: 'unlock', name: stream.election as string }, stream.node, (uok, _r, uerror) => this.endStream(stream, failure ?? (uok ? undefined : etcdError(uerror))), stream.client);
    };
    if (command.kind === 'unsupported') return unlock(unsupportedProgram(command.program));
    if (command.kind === 'echo') {
      this.emit([echoLine(command.words)]);
      return unlock();
    }
    const plan = planLine({ args: command.words });
    const streams = notFinishing(plan.action, command.words[0] ?? '');
    if (streams) return unlock(streams);
    // The child etcdctl is its own client: run the command as the lock's client.
    const before = this.awaiting.slice();
    const own = this.client;
    this.client = stream.client;
    this.execute(plan);
    this.client = own;
    const mine = this.awaiting.filter((w) => !before.includes(w));
    const done = () => !this.inFlight.anyFor(stream.client) && mine.every((w) => !this.awaiting.includes(w));
    if (done()) return unlock();
    this.awaiting.push({ done, deadline: Infinity, then: () => unlock(), fail: '' });
  }

  private endStream(stream: Stream, error?: string): void {
    this.streams = this.streams.filter((s) => s !== stream);
    if (error) this.error(error);
  }

  /** Ctrl+C: stops every stream; a held election is resigned and a held lock unlocked. */
  stop(): void {
    const streams = this.streams;
    this.streams = [];
    for (const s of streams) {
      if (s.kind === 'elect' && s.held) this.host.act({ do: 'client', client: s.client, op: { type: 'resign', election: s.election as string } });
      if (s.kind === 'lock') {
        if (s.held) this.host.act({ do: 'client', client: s.client, op: { type: 'unlock', name: s.election as string } });
        else this.host.act({ do: 'client-crash', client: s.client });
      }
    }
    this.inFlight.dropWaiting();
    this.txn = undefined;
  }

  // ---- the trace ----

  /** Takes one trace event (an answer, watch events, an Observe report) and prints what it carries. */
  observe(e: TraceEvent): void {
    if (this.inFlight.observe(e)) return;
    const wait = this.eventWaits.find((w) => w.match(e));
    if (wait) {
      this.eventWaits = this.eventWaits.filter((w) => w !== wait);
      return wait.then(e);
    }
    // A stream belongs to the client that started it, whoever types next.
    if (e.ev === 'watch') {
      const s = this.streams.find((x) => x.kind === 'watch' && x.client === e.client && x.watchId === e.watchId);
      if (s) this.show({ kind: 'watch', events: e.events }, s.format, s.node, e.events[e.events.length - 1]?.kv.modRevision ?? 0);
    } else if (e.ev === 'observed') {
      const s = this.streams.find((x) => x.kind === 'observe' && x.client === e.client && x.election === e.election);
      if (s) this.show({ kind: 'get', r: { header: { revision: e.kv.modRevision }, kvs: [e.kv] } }, s.format, s.node, e.kv.modRevision);
    }
  }

  /**
   * Time passed: requests past etcdctl's command timeout fail, timers fire, keep-alives fall
   * due. The console hears of time through the trace's events, so what was due before the
   * event that brought it here is printed at the time it was due.
   */
  tick(): void {
    const now = this.sim.now;
    for (const w of this.awaiting.slice()) {
      if (!w.done() && w.deadline > now) continue;
      this.awaiting = this.awaiting.filter((x) => x !== w);
      const done = w.done();
      this.printingAt(done && !w.timer ? now : w.deadline, () => (done ? w.then() : this.error(w.fail)));
    }
    for (const deadline of this.inFlight.expire(now)) this.printingAt(deadline, () => this.error('context deadline exceeded'));
    for (const w of this.eventWaits.filter((x) => x.deadline <= now)) {
      this.eventWaits = this.eventWaits.filter((x) => x !== w);
      this.printingAt(w.deadline, () => this.error('context deadline exceeded'));
    }
    for (const s of this.streams) {
      if (s.kind === 'keep-alive' && s.nextAt !== undefined && s.nextAt <= now) {
        s.nextAt = undefined;
        this.keepAlive(s, false);
      }
    }
  }

  private printingAt(t: number, print: () => void): void {
    this.dueAt = t;
    try {
      print();
    } finally {
      this.dueAt = undefined;
    }
  }

  /** Nothing running, nothing awaited, no txn being read: trace events change nothing here. */
  idle(): boolean {
    return !this.busy() && this.streams.length === 0 && this.txn === undefined;
  }

  private emit(lines: readonly string[], kind: ConsoleLine['kind'] = 'out'): void {
    const t = this.dueAt;
    const out = lines.map((text) => (t === undefined ? { text, kind } : { text, kind, t }));
    for (const l of this.listeners) l(out);
  }

  private error(message: string): void {
    this.emit(`Error: ${message}`.split('\n'), 'err');
  }
}

/** Reads clientv3 retries (retry_interceptor.go, isSafeRetryImmutableRPC); writes it does not. */
const REPEATABLE: readonly ClientOp['type'][] = ['get', 'lease-timetolive', 'lease-leases'];
/** The server's errors with gRPC code Unavailable (rpctypes): transient, worth retrying. */
const UNAVAILABLE = ['etcdserver: no leader', 'etcdserver: not leader'];

/**
 * clientv3 keeps trying until etcdctl's context ends: any request whose member cannot be
 * reached (the simulator's client gave up: "timeout", "unavailable"), and a read that a
 * member answered as unavailable ("no leader"). A write refused by the server fails at once.
 */
function retriedUntilDeadline(op: ClientOp, error: string | undefined): boolean {
  if (error === undefined || error === 'timeout' || error === 'unavailable') return true;
  return REPEATABLE.includes(op.type) && UNAVAILABLE.includes(error);
}

/** An error as etcdctl prints it; the simulator's unknown outcomes read as the client's timeout. */
function etcdError(error: string | undefined, wrap?: (e: string) => string): string {
  const e = error === 'timeout' || error === 'unavailable' || error === undefined ? 'context deadline exceeded' : error;
  return wrap ? wrap(e) : e;
}
