// The etcdctl console's core: what every command builds on. Requests in flight and their
// answers from the trace, timers, waits for trace events, the streams' bookkeeping, and
// printing in the chosen format. The commands live in console-streams.ts (what streams until
// stopped) and console.ts (the rest); driver.ts feeds it the run's trace events.

import { RECIPE_OPS, type ClientOp, type LeaseRef } from '../sim/scenario-types';
import type { Simulation } from '../sim/simulation';
import type { TraceEvent } from '../sim/trace-types';
import { headerFor } from './nodes';
import type { Plan } from './plan';
import { print, UnsupportedFormat, type OutputFormat, type Shown } from './print';
import { InFlight, type Answer } from './in-flight';
import type { MembershipStep } from './member-commands';

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

export interface Stream {
  kind: 'watch' | 'elect' | 'observe' | 'lock' | 'keep-alive';
  client: string;
  format: OutputFormat;
  node: string;
  election?: string;
  watchId?: number;
  leaseId?: LeaseRef;
  nextAt?: number;
  held?: boolean;
}

export abstract class ConsoleCore {
  protected readonly inFlight = new InFlight();
  /** Answers that come from the nodes' state rather than a trace event (move-leader). */
  protected awaiting: { done(): boolean; deadline: number; then(): void; fail: string; timer?: boolean }[] = [];
  /** The endpoints of the line being run (see endpointsFor). */
  protected lineNodes: string[] = [];
  /** Answers that are trace events of another kind than a client's return (a membership change taking effect). */
  protected eventWaits: { match(e: TraceEvent): boolean; then(e: TraceEvent): void; deadline: number }[] = [];
  /** The virtual time lines are printed at while something due earlier is handled (see tick). */
  protected dueAt: number | undefined;
  protected streams: Stream[] = [];
  protected txn: { plan: Plan; sections: string[][] } | undefined;
  protected listeners: ((lines: ConsoleLine[]) => void)[] = [];

  constructor(
    protected readonly host: ConsoleHost,
    public client = 'etcdctl',
    /** The endpoint used when a line gives no --endpoints. */
    public endpoint?: string,
  ) {}

  onOutput(fn: (lines: ConsoleLine[]) => void): void {
    this.listeners.push(fn);
  }

  protected get sim(): Simulation {
    return this.host.sim();
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

  /** Nothing running, nothing awaited, no txn being read: trace events change nothing here. */
  idle(): boolean {
    return !this.busy() && this.streams.length === 0 && this.txn === undefined;
  }

  protected compactRevisionAt(node: string): number {
    return this.sim.query.compactRevision(node);
  }

  protected revisionAt(node: string): number {
    return this.sim.query.revision(node);
  }

  protected submit(op: ClientOp, node: string, answer: Answer, client = this.client, waits = false, endpoints = this.endpointsFor(op, node)): void {
    const refused = this.host.act({ do: 'client', client, op, node, ...(endpoints ? { endpoints } : {}) });
    if (refused) return this.error(refused);
    this.inFlight.add({ op, client, waits, answer });
  }

  /**
   * etcdctl's client knows only the line's endpoints (--endpoints, else the console's): it
   * never falls over to another member. A recipe (elect, lock) picks its nodes itself.
   */
  protected endpointsFor(op: ClientOp, node: string): string[] | undefined {
    if (RECIPE_OPS.includes(op.type)) return undefined;
    return this.lineNodes.includes(node) ? [...this.lineNodes] : [node];
  }

  protected show(shown: Shown, format: OutputFormat, node: string, revision: number): void {
    try {
      const printed = print(shown, format, headerFor(this.sim, node, revision));
      this.emit(printed.out);
      if (printed.err) this.emit(printed.err, 'err');
    } catch (e) {
      if (e instanceof UnsupportedFormat) return this.error(`${e.message} not supported as output format`);
      throw e;
    }
  }

  /** Runs `then` once the run reaches virtual time `at` (the prompt waits meanwhile). */
  protected after(at: number, then: () => void): void {
    this.awaiting.push({ done: () => this.sim.now >= at, deadline: at, then, fail: '', timer: true });
  }

  protected endStream(stream: Stream, error?: string): void {
    this.streams = this.streams.filter((s) => s !== stream);
    if (error) this.error(error);
  }

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

  protected printingAt(t: number, print: () => void): void {
    this.dueAt = t;
    try {
      print();
    } finally {
      this.dueAt = undefined;
    }
  }

  protected emit(lines: readonly string[], kind: ConsoleLine['kind'] = 'out'): void {
    const t = this.dueAt;
    const out = lines.map((text) => (t === undefined ? { text, kind } : { text, kind, t }));
    for (const l of this.listeners) l(out);
  }

  protected error(message: string): void {
    this.emit(`Error: ${message}`.split('\n'), 'err');
  }

  /** Renews a keep-alive that fell due (console-streams.ts). */
  protected abstract keepAlive(stream: Stream, once: boolean): void;
}

/** Reads clientv3 retries (retry_interceptor.go, isSafeRetryImmutableRPC); writes it does not. */
const REPEATABLE: readonly ClientOp['type'][] = ['get', 'lease-timetolive', 'lease-leases'];
/** The server's errors with gRPC code Unavailable (rpctypes): transient, worth retrying. */
const UNAVAILABLE = ['etcdserver: no leader', 'etcdserver: not leader'];

/**
 * clientv3 keeps trying until etcdctl's context ends: any request whose member cannot be
 * reached (the simulator's client gave up: "timeout"), and a read that a member answered
 * as unavailable ("no leader"). A write refused by the server fails at once, and so does a
 * write whose connection broke under it ("unavailable": clientv3's nonRepeatable policy).
 */
export function retriedUntilDeadline(op: ClientOp, error: string | undefined): boolean {
  if (error === undefined || error === 'timeout') return true;
  if (error === 'unavailable') return REPEATABLE.includes(op.type);
  return REPEATABLE.includes(op.type) && UNAVAILABLE.includes(error);
}

/**
 * What etcdctl prints for a request whose connection broke while it was in flight: grpc-go's
 * status for the streams of a transport that read its end (the error reaches etcdctl as is).
 */
export const CONNECTION_BROKEN = 'rpc error: code = Unavailable desc = error reading from server: EOF';

/** An error as etcdctl prints it; the simulator's timeouts read as the client's context deadline. */
export function etcdError(error: string | undefined, wrap?: (e: string) => string): string {
  const e = error === 'unavailable' ? CONNECTION_BROKEN : error === 'timeout' || error === undefined ? 'context deadline exceeded' : error;
  return wrap ? wrap(e) : e;
}
