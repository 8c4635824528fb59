// A client process on the simulated network: it issues the scenario's operations one at a
// time (a main stream), retries them against other nodes with leader hints, reports each
// answer (or an unknown outcome) in the trace, and runs the etcd recipes (recipe.ts,
// observe.ts) in the background. Its state is plain data, driven by typed answers
// (answer.ts), routed by each request's purpose (rpc.ts), and typed timer records
// (timers.ts). The recipes see the client only through RecipeHost (recipe-host.ts), and
// every op ends in complete(), the one place that reports a return and frees the main stream.

import { ErrNoLeader, type Reply, type RequestBody } from '../../cluster/client-protocol';
import type { WatchRequest } from '../../kv';
import type { ClientOp } from '../scenario-types';
import { answerOf, failed, type Answer } from './answer';
import type { ClientEnv } from './env';
import { kvRequestOf, labelOf } from './ops';
import { Campaigns } from './recipe';
import { Observers } from './observe';
import type { RecipeHost, RecipeWatchOwner } from './recipe-host';
import type { ClientTimer } from './timers';
import { ClientWatches } from './watches';
import { backoffMs, callOf, isRepeatable, mayTakeEffect, MAX_ATTEMPTS, RETRY_BACKOFF_MS, UNARY_MAX_ATTEMPTS, type Purpose, type Rpc } from './rpc';

interface QueuedOp {
  op: ClientOp;
  node?: string;
  /** The etcd client's endpoint list for this op (a client step's `endpoints`): only these nodes are contacted. */
  endpoints?: readonly string[];
}

type TrackedRpc = Rpc & { sentAt: number; lastError?: string; endpoints?: readonly string[] };

/** Who a watch (on one node) reports to: a user's watch op, or a recipe. */
export type WatchOwner = { readonly kind: 'user'; readonly invoke: number } | RecipeWatchOwner;

export class ClientProcess {
  crashed = false;
  private invokes = 0;
  private queue: QueuedOp[] = [];
  private busy = false;
  /** The op holding the main stream until it returns (none once a Campaign went to the background). */
  private main: number | undefined;
  private rpcs = new Map<string, TrackedRpc>();
  private seqs = new Map<string, number>();
  leaderHint: string | undefined;
  /** Watches, resumed elsewhere when their connection breaks (watches.ts). */
  readonly watches: ClientWatches;
  readonly campaigns: Campaigns;
  readonly observers: Observers;

  constructor(
    readonly id: string,
    readonly env: ClientEnv,
  ) {
    const host = this.recipeHost();
    this.campaigns = new Campaigns(host);
    this.observers = new Observers(host);
    this.watches = new ClientWatches(this);
  }

  /** An independent copy in `env` (a cloned simulation), for time-travel checkpoints. */
  clone(env: ClientEnv): ClientProcess {
    const copy = new ClientProcess(this.id, env);
    copy.crashed = this.crashed;
    copy.invokes = this.invokes;
    copy.queue = this.queue.slice();
    copy.busy = this.busy;
    copy.main = this.main;
    copy.rpcs = new Map([...this.rpcs].map(([k, r]) => [k, { ...r }]));
    copy.seqs = new Map(this.seqs);
    copy.leaderHint = this.leaderHint;
    this.watches.copyInto(copy.watches);
    this.campaigns.copyInto(copy.campaigns);
    this.observers.copyInto(copy.observers);
    return copy;
  }

  /** A scenario step: queue the op; it starts once earlier ops of this client are done. */
  submit(op: ClientOp, node?: string, endpoints?: readonly string[]): void {
    if (this.crashed) return;
    this.queue.push({ op, ...(node ? { node } : {}), ...(endpoints ? { endpoints } : {}) });
    this.startNext();
  }

  private startNext(): void {
    if (this.busy || this.crashed) return;
    const next = this.queue.shift();
    if (!next) return;
    this.busy = true;
    const invoke = ++this.invokes;
    this.main = invoke;
    const { op, node, endpoints } = next;
    this.env.recorder.record(() => ({ t: this.env.now(), ev: 'invoke', client: this.id, id: invoke, op }));
    switch (op.type) {
      case 'campaign':
        // Campaign waits in the background; the client goes on (after a refusal's return).
        this.main = undefined;
        this.campaigns.campaign(op, invoke, node);
        return this.freeMain();
      case 'lock':
        // A mutex is the same recipe with an empty value; Lock blocks until it is held.
        return this.campaigns.campaign({ type: 'campaign', election: op.name, value: '', ...(op.ttl ? { ttl: op.ttl } : {}) }, invoke, node, true);
      case 'resign':
        return this.campaigns.resign(op.election, invoke);
      case 'unlock':
        return this.campaigns.resign(op.name, invoke);
      case 'leader':
        return this.campaigns.leader(op.election, invoke);
      case 'observe':
        return this.observers.observe(op.election, invoke, node);
      case 'proclaim':
        return this.campaigns.proclaim(op.election, op.value, invoke);
      default:
        return this.startOp(op, invoke, node, endpoints);
    }
  }

  private startOp(op: ClientOp, invoke: number, node?: string, endpoints?: readonly string[]): void {
    const purpose: Purpose = { kind: 'op', invoke };
    if (op.type === 'lease-keepalive') return this.call(this.id, { kind: 'keepalive', id: op.id }, purpose, node, endpoints);
    if (op.type === 'lease-timetolive') return this.call(this.id, { kind: 'lease-ttl', id: op.id, keys: op.keys ?? false }, purpose, node, endpoints);
    if (op.type === 'lease-leases') return this.call(this.id, { kind: 'lease-list' }, purpose, node, endpoints);
    if (op.type === 'watch') {
      const req = { key: op.key, ...(op.prefix ? { prefix: true } : {}), ...(op.rangeEnd ? { rangeEnd: op.rangeEnd } : {}), ...(op.startRevision ? { startRevision: op.startRevision } : {}), ...(op.prevKv ? { prevKv: true } : {}) };
      return this.watch(req, { kind: 'user', invoke }, node ?? (endpoints ? this.preferredNode(endpoints) : undefined), endpoints);
    }
    const req = kvRequestOf(op);
    if (!req) return this.complete(invoke, failed(`unsupported operation ${op.type}`));
    this.call(this.id, { kind: 'kv', req, label: labelOf(req) }, purpose, node, endpoints);
  }

  /**
   * The one completion path of an op: its `return` in the trace, then, if it held the main
   * stream (every op but a Campaign gone to the background), the next op starts.
   */
  complete(invoke: number, answer: Answer): void {
    this.env.recorder.record(() =>
      answer.ok ? { t: this.env.now(), ev: 'return', client: this.id, id: invoke, ok: true, result: answer.result } : { t: this.env.now(), ev: 'return', client: this.id, id: invoke, ok: false, error: answer.error },
    );
    if (invoke !== this.main) return;
    this.main = undefined;
    this.freeMain();
  }

  private freeMain(): void {
    this.busy = false;
    this.startNext();
  }

  /** What the recipes may do with this client (recipe-host.ts). */
  private recipeHost(): RecipeHost {
    return {
      id: this.id,
      now: () => this.env.now(),
      call: (stream, body, purpose, node) => this.call(stream, body, purpose, node),
      watch: (req, owner, node) => this.watch(req, owner, node),
      timer: (at, timer) => this.env.timer(this.id, at, timer),
      record: (event) => this.env.recorder.record(event),
      complete: (invoke, answer) => this.complete(invoke, answer),
    };
  }

  // ---- requests with retries ----

  /** Sends a request on `stream` (one outstanding per stream), retrying on failure. */
  call(stream: string, body: RequestBody, purpose: Purpose, node?: string, endpoints?: readonly string[]): void {
    const seq = this.nextSeq(stream);
    const deadline = this.env.now() + MAX_ATTEMPTS * this.env.attemptTimeoutMs;
    const rpc: TrackedRpc = { stream, seq, body, purpose, attempt: 1, target: node ?? this.preferredNode(endpoints), timeoutAt: 0, maybeApplied: false, unavailable: 0, deadline, sentAt: 0, ...(endpoints ? { endpoints } : {}) };
    this.rpcs.set(stream, rpc);
    this.sendAttempt(rpc);
  }

  private sendAttempt(rpc: TrackedRpc): void {
    const now = this.env.now();
    rpc.sentAt = now;
    rpc.timeoutAt = now + this.env.attemptTimeoutMs;
    const call = callOf(rpc.purpose);
    this.env.send({ client: this.id, stream: rpc.stream, seq: rpc.seq, body: rpc.body, ...(call !== undefined ? { call } : {}) }, rpc.target);
    this.env.timer(this.id, rpc.timeoutAt, { kind: 'attempt-timeout', stream: rpc.stream, seq: rpc.seq, attempt: rpc.attempt });
  }

  receive(reply: Reply, from: string): void {
    if (this.crashed) return;
    if (reply.kind === 'watch') return this.watches.receive(reply.response, from, reply.stream, reply.seq);
    const rpc = this.rpcs.get(reply.stream);
    if (!rpc || rpc.seq !== reply.seq) return; // an answer to an attempt we gave up on
    if (!reply.ok && reply.retry) {
      this.leaderHint = reply.leader;
      rpc.lastError = reply.error;
      // "etcdserver: no leader" is codes.Unavailable (rpctypes.ErrGRPCNoLeader): clientv3
      // retries a repeatable request on it until the call's deadline, as after a broken
      // connection, so it does not use up the attempts (a write does, see retry()).
      if (reply.error === ErrNoLeader && isRepeatable(rpc.body) && this.env.now() < rpc.deadline && rpc.attempt < UNARY_MAX_ATTEMPTS) rpc.unavailable++;
      return this.retry(rpc, false);
    }
    this.rpcs.delete(reply.stream);
    this.settle(rpc, reply.ok ? answerOf(true, reply.result, undefined) : failed(reply.error), from);
  }

  private retry(rpc: TrackedRpc, timedOut: boolean): void {
    if (timedOut) {
      if (mayTakeEffect(rpc.body)) rpc.maybeApplied = true;
      if (this.leaderHint === rpc.target) this.leaderHint = undefined;
      rpc.lastError = 'timeout';
    }
    if (rpc.attempt - rpc.unavailable >= MAX_ATTEMPTS) {
      this.rpcs.delete(rpc.stream);
      // TRACE.md: "timeout" means the outcome is unknown; a write every node refused before
      // proposing it has certainly not happened, and gets the node's own error.
      const error = rpc.maybeApplied ? 'timeout' : (rpc.lastError ?? 'unavailable');
      return this.settle(rpc, failed(error), undefined);
    }
    rpc.attempt++;
    rpc.target = this.nextTarget(rpc.target, rpc.endpoints);
    rpc.timeoutAt = Infinity;
    this.env.timer(this.id, this.env.now() + (timedOut ? 0 : RETRY_BACKOFF_MS), { kind: 'retry', stream: rpc.stream, seq: rpc.seq, attempt: rpc.attempt });
  }

  /**
   * The connection to `node` is seen broken while this request's attempt is in flight on it:
   * the attempt fails at once with codes.Unavailable (grpc-go fails every stream of a closed
   * transport). clientv3's unaryClientInterceptor then asks isSafeRetry: a repeatable request
   * is sent again on the next endpoint after roundRobinQuorumBackoff's wait, with the same
   * request id, until the call's deadline or clientv3's 100 attempts (then "timeout",
   * clientv3's DeadlineExceeded); a write (nonRepeatable: the request was written to the
   * connection, so it may have been applied) returns "unavailable" to its caller, outcome
   * unknown (TRACE.md).
   * `refused`: the connection was never established (the node was down when it was opened),
   * so the request was never written: gRPC sends it on another connection (WaitForReady,
   * transparent retry), a write as well as a read.
   */
  private unavailable(rpc: TrackedRpc, node: string, refused: boolean): void {
    const now = this.env.now();
    const call = callOf(rpc.purpose);
    const request = rpc.body.kind === 'kv' ? rpc.body.label : rpc.body.kind;
    rpc.unavailable++;
    rpc.lastError = 'unavailable';
    if (!refused && mayTakeEffect(rpc.body)) rpc.maybeApplied = true;
    if (this.leaderHint === node) this.leaderHint = undefined;
    const base = { t: now, ev: 'request-failed' as const, client: this.id, node, code: 'unavailable' as const, request, ...(call !== undefined ? { call } : {}), ...(refused ? { refused: true as const } : {}) };
    if ((!refused && !isRepeatable(rpc.body)) || now >= rpc.deadline || rpc.attempt >= UNARY_MAX_ATTEMPTS) {
      this.env.recorder.record(() => ({ ...base, retry: false }));
      this.rpcs.delete(rpc.stream);
      // A write gets the connection's Unavailable; a call out of time gets its context's
      // DeadlineExceeded ("timeout": waitRetryBackoff, or WaitForReady's wait, ends with it).
      const retryable = refused || isRepeatable(rpc.body);
      return this.settle(rpc, failed(retryable ? 'timeout' : 'unavailable'), undefined);
    }
    // The next attempt's index in the interceptor's loop is the number of attempts so far.
    const endpoints = (rpc.endpoints ?? this.env.nodes()).length;
    const at = refused ? now : now + backoffMs(rpc.attempt, endpoints, (min, max) => this.env.rng(`backoff:${this.id}`).int(min, max));
    rpc.attempt++;
    rpc.target = this.nextTarget(node, rpc.endpoints);
    rpc.timeoutAt = Infinity;
    const next = rpc.target;
    this.env.recorder.record(() => ({ ...base, retry: true, next, at }));
    this.env.timer(this.id, at, { kind: 'retry', stream: rpc.stream, seq: rpc.seq, attempt: rpc.attempt });
  }

  onTimer(timer: ClientTimer): void {
    if (this.crashed) return;
    if (timer.kind === 'keepalive' || timer.kind === 'session-deadline') return this.campaigns.onTimer(timer);
    const rpc = this.rpcs.get(timer.stream);
    if (!rpc || rpc.seq !== timer.seq || rpc.attempt !== timer.attempt) return;
    if (timer.kind === 'retry') this.sendAttempt(rpc);
    else if (this.env.now() >= rpc.timeoutAt) this.retry(rpc, true);
  }

  /** Routes a request's final answer by its purpose; sessions count their TTL from when the successful attempt was sent. */
  private settle(rpc: TrackedRpc, answer: Answer, from: string | undefined): void {
    const p = rpc.purpose;
    switch (p.kind) {
      case 'op':
        return this.complete(p.invoke, answer);
      case 'leader':
        return this.campaigns.leaderAnswered(p.invoke, answer);
      case 'observe':
        return this.observers.answered(p.election, answer, from);
      case 'keepalive':
        return this.campaigns.keepAliveAnswered(p, answer, rpc.sentAt);
      case 'recipe':
        return this.campaigns.answered(p, answer, from, rpc.sentAt);
    }
  }

  // ---- watches ----

  watch(req: WatchRequest, owner: WatchOwner, node?: string, endpoints?: readonly string[]): void {
    this.watches.watch(req, owner, node ?? this.preferredNode(endpoints), endpoints);
  }

  /** The next sequence number of a request stream. */
  nextSeq(stream: string): number {
    const seq = (this.seqs.get(stream) ?? 0) + 1;
    this.seqs.set(stream, seq);
    return seq;
  }

  /**
   * The connection to `node` was refused (the node is down): nothing sent on it arrived.
   * grpc-go (WaitForReady, transparent retry) sends the requests waiting on it on a ready
   * connection to another endpoint, without the interceptor's backoff; with no other
   * endpoint they wait for the connection's notice as the watches do.
   */
  refused(node: string): void {
    if (this.crashed) return;
    const inFlight = [...this.rpcs.values()].filter((r) => r.target === node && r.timeoutAt !== Infinity && this.nextTarget(node, r.endpoints) !== node);
    for (const rpc of inFlight) if (this.rpcs.get(rpc.stream) === rpc) this.unavailable(rpc, node, true);
  }

  /**
   * The client saw its connection to `node` broken (keepalive timeout, a reset when the
   * node stopped, or `refused`: opened while the node was down): its watches move
   * elsewhere, and its unary requests in flight there fail with codes.Unavailable at once
   * (retried or reported, see unavailable()).
   */
  connectionLost(node: string, refused = false): void {
    if (this.crashed) return;
    this.watches.connectionLost(node);
    // Attempts waiting for an answer from `node` (not those waiting for their retry timer).
    const inFlight = [...this.rpcs.values()].filter((r) => r.target === node && r.timeoutAt !== Infinity);
    for (const rpc of inFlight) if (this.rpcs.get(rpc.stream) === rpc) this.unavailable(rpc, node, refused);
  }

  crash(): void {
    this.crashed = true;
    this.queue = [];
    this.rpcs.clear();
    this.watches.clear();
    this.campaigns.crash();
  }

  // ---- choosing nodes ----

  /** The first node to contact: the known leader, else one picked by the client's id (among `endpoints` if given). */
  preferredNode(endpoints?: readonly string[]): string {
    const nodes = endpoints ?? this.env.nodes();
    if (this.leaderHint && nodes.includes(this.leaderHint)) return this.leaderHint;
    let h = 0;
    for (const ch of this.id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return nodes[h % nodes.length] as string;
  }

  /** Where to retry: the leader a node named, else the next node; with `endpoints`, only among them (a client that knows no others). */
  nextTarget(current: string, endpoints?: readonly string[]): string {
    const nodes = endpoints ?? this.env.nodes();
    if (this.leaderHint && this.leaderHint !== current && (!endpoints || endpoints.includes(this.leaderHint))) return this.leaderHint;
    const i = nodes.indexOf(current);
    return nodes[(i + 1) % nodes.length] as string;
  }
}
