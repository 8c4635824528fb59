// A client process on the simulated network: it issues the scenario's operations one at a
// time (a main stream), retries them against other nodes with leader hints, reports each
// answer (or an unknown outcome) in the trace, and runs the etcd recipes (recipe.ts) in
// the background. Its state is plain data, driven by answers and typed timer records (timers.ts).

import type { Reply, RequestBody } from '../../cluster/client-protocol';
import type { WatchRequest } from '../../kv';
import type { ClientOp } from '../scenario-types';
import type { OpResult } from '../trace-types';
import type { ClientEnv } from './env';
import { kvRequestOf, labelOf } from './ops';
import { Campaigns } from './recipe';
import { Observers } from './observe';
import type { ClientTimer } from './timers';
import { ClientWatches } from './watches';
import { callOf, mayTakeEffect, MAX_ATTEMPTS, RETRY_BACKOFF_MS, type Purpose, type Rpc } from './rpc';

interface QueuedOp {
  op: ClientOp;
  node?: string;
  /** The etcd client's endpoint list for this op (a client step's `endpoints`): only these nodes are contacted. */
  endpoints?: readonly string[];
}

type TrackedRpc = Rpc & { sentAt: number; lastError?: string; endpoints?: readonly string[] };

/** Who a watch (on one node) reports to. */
export type WatchOwner = { kind: 'user'; invoke: number } | { kind: 'recipe'; election: string } | { kind: 'observe'; election: string; gen: number };

export class ClientProcess {
  crashed = false;
  private invokes = 0;
  private queue: QueuedOp[] = [];
  private busy = false;
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
    this.campaigns = new Campaigns(this);
    this.observers = new Observers(this);
    this.watches = new ClientWatches(this);
  }

  /** An independent copy in `env` (a cloned simulation), for time-travel checkpoints. */
  clone(env: ClientEnv): ClientProcess {
    const copy = new ClientProcess(this.id, env);
    copy.crashed = this.crashed;
    copy.invokes = this.invokes;
    copy.queue = this.queue.slice();
    copy.busy = this.busy;
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
    const { op, node, endpoints } = next;
    this.env.recorder.record(() => ({ t: this.env.now(), ev: 'invoke', client: this.id, id: invoke, op }));
    switch (op.type) {
      case 'campaign':
        this.campaigns.campaign(op, invoke, node);
        return this.finishMain(); // Campaign waits in the background; the client goes on.
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
    if (!req) return this.returnOp(invoke, false, undefined, `unsupported operation ${op.type}`);
    this.call(this.id, { kind: 'kv', req, label: labelOf(req) }, purpose, node, endpoints);
  }

  /** Reports the answer of a main-stream op in the trace and starts the next one. */
  returnOp(invoke: number, ok: boolean, result?: OpResult, error?: string): void {
    this.env.recorder.record(() =>
      ok ? { t: this.env.now(), ev: 'return', client: this.id, id: invoke, ok: true, result: result as OpResult } : { t: this.env.now(), ev: 'return', client: this.id, id: invoke, ok: false, error: error ?? 'error' },
    );
  }

  finishMain(): void {
    this.busy = false;
    this.startNext();
  }

  // ---- requests with retries ----

  /** Sends a request on `stream` (one outstanding per stream), retrying on failure. */
  call(stream: string, body: RequestBody, purpose: Purpose, node?: string, endpoints?: readonly string[]): void {
    const seq = this.nextSeq(stream);
    const rpc: TrackedRpc = { stream, seq, body, purpose, attempt: 1, target: node ?? this.preferredNode(endpoints), timeoutAt: 0, maybeApplied: false, sentAt: 0, ...(endpoints ? { endpoints } : {}) };
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
      return this.retry(rpc, false);
    }
    this.rpcs.delete(reply.stream);
    this.settle(rpc, reply.ok, reply.ok ? reply.result : undefined, reply.ok ? undefined : reply.error, from);
  }

  private retry(rpc: TrackedRpc, timedOut: boolean): void {
    if (timedOut) {
      if (mayTakeEffect(rpc.body)) rpc.maybeApplied = true;
      if (this.leaderHint === rpc.target) this.leaderHint = undefined;
      rpc.lastError = 'timeout';
    }
    if (rpc.attempt >= MAX_ATTEMPTS) {
      this.rpcs.delete(rpc.stream);
      // TRACE.md: "timeout" means the outcome is unknown; a write every node refused before
      // proposing it has certainly not happened, and gets the node's own error.
      const error = rpc.maybeApplied ? 'timeout' : (rpc.lastError ?? 'unavailable');
      return this.settle(rpc, false, undefined, error, undefined);
    }
    rpc.attempt++;
    rpc.target = this.nextTarget(rpc.target, rpc.endpoints);
    rpc.timeoutAt = Infinity;
    this.env.timer(this.id, this.env.now() + (timedOut ? 0 : RETRY_BACKOFF_MS), { kind: 'retry', stream: rpc.stream, seq: rpc.seq, attempt: rpc.attempt });
  }

  onTimer(timer: ClientTimer): void {
    if (this.crashed) return;
    if (timer.kind === 'keepalive' || timer.kind === 'session-deadline') return this.campaigns.onTimer(timer);
    const rpc = this.rpcs.get(timer.stream);
    if (!rpc || rpc.seq !== timer.seq || rpc.attempt !== timer.attempt) return;
    if (timer.kind === 'retry') this.sendAttempt(rpc);
    else if (this.env.now() >= rpc.timeoutAt) this.retry(rpc, true);
  }

  private settle(rpc: TrackedRpc, ok: boolean, result: unknown, error: string | undefined, from: string | undefined): void {
    const p = rpc.purpose;
    if (p.kind === 'op') {
      this.returnOp(p.invoke, ok, result as OpResult, error);
      this.finishMain();
    } else {
      // Sessions count their TTL from when the successful attempt was sent.
      this.campaigns.answer(p, ok, result, error, from, rpc.sentAt);
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

  /** The connection to `node` broke (or the node stopped): its watches move elsewhere. */
  connectionLost(node: string): void {
    if (!this.crashed) this.watches.connectionLost(node);
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
