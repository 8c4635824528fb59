// The client-facing side of a server (etcd's v3 API server): answers serializable reads
// locally, linearizable reads after ReadIndex (§6.4 of the thesis), proposes writes and
// answers them once applied here, serves lease keep-alives on the leader, and keeps this
// node's watches. Everything here is volatile: a crash loses it, as it would in etcd.

import { minLeaseTtlSeconds, type KvStateMachine, type RangeRequest, type WatchResponse } from '../kv';
import type { Role } from '../raft';
import { ErrNoLeader, ErrNotLeader, type ClientRequest, type Reply, type RequestBody } from './client-protocol';
import type { ClientCommand } from './commands';
import type { ClientAnswer } from './kv-machine';

/** etcd checks for expired leases twice a second (lessor.runLoop). */
export const LEASE_CHECK_MS = 500;

export interface FrontendHost {
  readonly id: string;
  /** This node's key-value store; undefined when the machine keeps none (engine benchmarks). */
  store(): KvStateMachine | undefined;
  role(): Role;
  lead(): string;
  propose(data: unknown, now: number): string | undefined;
  readIndex(context: string, now: number): string | undefined;
  reply(client: string, reply: Reply): void;
}

interface Pending {
  client: string;
  stream: string;
  seq: number;
}

export class Frontend {
  private writes = new Map<string, Pending>();
  private reads = new Map<string, Pending & { req: RangeRequest }>();
  private watchOwners = new Map<number, string>();
  private leaseCheckAt = Infinity;

  constructor(
    private readonly host: FrontendHost,
    /** The base election timeout: how long a new leader extends every lease (etcd Promote). */
    private readonly electionMs: number,
  ) {}

  /** A copy serving `host` (a cloned server), with the same pending requests and watches. */
  clone(host: FrontendHost): Frontend {
    const copy = new Frontend(host, this.electionMs);
    copy.writes = new Map(this.writes);
    copy.reads = new Map(this.reads);
    copy.watchOwners = new Map(this.watchOwners);
    copy.leaseCheckAt = this.leaseCheckAt;
    return copy;
  }

  handle(r: ClientRequest, now: number): void {
    const kv = this.host.store();
    const b = r.body;
    if (!kv) return this.withoutStore(r, now);
    if (b.kind === 'kv') {
      const invalid = kv.validate(b.req);
      if (invalid !== null) return this.fail(r, invalid);
      if (b.req.type === 'get') return this.read(r, b.req, now);
      const key = `${r.stream}#${r.seq}`;
      this.writes.set(key, { client: r.client, stream: r.stream, seq: r.seq });
      const err = this.host.propose(commandOf(r, b), now);
      if (err) {
        this.writes.delete(key);
        this.fail(r, err === 'no leader' ? ErrNoLeader : `etcdserver: ${err}`, true);
      }
      return;
    }
    if (b.kind === 'watch') {
      for (const resp of kv.watch(b.req)) {
        this.watchOwners.set(resp.watchId, r.client);
        this.host.reply(r.client, { kind: 'watch', response: resp, stream: r.stream, seq: r.seq });
      }
      return;
    }
    if (b.kind === 'watch-cancel') {
      const done = kv.cancelWatch(b.watchId);
      this.watchOwners.delete(b.watchId);
      return done.ok ? this.answer(r, { ok: true, result: done.value }) : this.fail(r, done.error);
    }
    this.leaderOnly(r, kv, now);
  }

  /** The engine without a store (benchmarks): writes still go through Raft, reads see nothing. */
  private withoutStore(r: ClientRequest, now: number): void {
    const b = r.body;
    if (b.kind !== 'kv') return this.fail(r, 'etcdserver: no key-value store');
    if (b.req.type === 'get') return this.answer(r, { ok: true, result: { header: { revision: 1 }, kvs: [], count: 0 } });
    this.writes.set(`${r.stream}#${r.seq}`, { client: r.client, stream: r.stream, seq: r.seq });
    const err = this.host.propose(commandOf(r, b), now);
    if (err) this.fail(r, ErrNoLeader, true);
  }

  /** Keep-alives and lease queries are served by the leader's lessor (etcd forwards them there). */
  private leaderOnly(r: ClientRequest, kv: KvStateMachine, now: number): void {
    if (this.host.role() !== 'leader') return this.fail(r, this.host.lead() ? ErrNotLeader : ErrNoLeader, true);
    const b = r.body;
    if (b.kind === 'keepalive') {
      const renewed = kv.leaseKeepAlive(b.id, now);
      this.answer(r, renewed.ok ? { ok: true, result: renewed.value } : { ok: false, error: renewed.error });
    } else if (b.kind === 'lease-ttl') {
      this.answer(r, { ok: true, result: kv.leaseTimeToLive(b.id, now, b.keys) });
    } else if (b.kind === 'lease-list') {
      this.answer(r, { ok: true, result: kv.leaseLeases() });
    }
  }

  private read(r: ClientRequest, req: RangeRequest, now: number): void {
    const kv = this.host.store() as KvStateMachine;
    if (req.serializable) return this.answer(r, outcome(kv.range(req)));
    const context = `${r.client}/${r.stream}/${r.seq}`;
    this.reads.set(context, { client: r.client, stream: r.stream, seq: r.seq, req });
    const err = this.host.readIndex(context, now);
    if (err) {
      this.reads.delete(context);
      this.fail(r, ErrNoLeader, true);
    }
  }

  /** A committed command carried by `stream`/`seq` was applied here. */
  applied(stream: string, seq: number, answer: ClientAnswer): void {
    const key = `${stream}#${seq}`;
    const p = this.writes.get(key);
    if (!p) return;
    this.writes.delete(key);
    this.answer(p, answer);
  }

  /** ReadIndex confirmed and applied: serve the read from this node's store (§6.4). */
  readReady(context: string): void {
    const p = this.reads.get(context);
    const kv = this.host.store();
    if (!p || !kv) return;
    this.reads.delete(context);
    this.answer(p, outcome(kv.range(p.req)));
  }

  deliverWatches(responses: readonly WatchResponse[]): void {
    for (const response of responses) {
      const client = this.watchOwners.get(response.watchId);
      if (client) this.host.reply(client, { kind: 'watch', response });
    }
  }

  /** A client process died: its watches go with its connection. */
  dropClient(client: string): void {
    const kv = this.host.store();
    for (const [id, owner] of this.watchOwners) {
      if (owner !== client) continue;
      this.watchOwners.delete(id);
      kv?.cancelWatch(id);
    }
  }

  // ---- leases: only the leader's lessor keeps deadlines and revokes ----

  roleChanged(role: Role, now: number): void {
    const kv = this.host.store();
    if (role === 'leader') {
      kv?.promote(now, this.electionMs);
      this.leaseCheckAt = now + LEASE_CHECK_MS;
    } else {
      kv?.demote();
      this.leaseCheckAt = Infinity;
    }
  }

  nextDeadline(): number {
    return this.leaseCheckAt;
  }

  /** The leader proposes the revocation of expired leases through Raft (etcd revokeExpiredLeases). */
  tick(now: number): void {
    if (now < this.leaseCheckAt) return;
    this.leaseCheckAt = now + LEASE_CHECK_MS;
    const ids = this.host.store()?.expiredLeases(now) ?? [];
    if (ids.length > 0) this.host.propose({ kind: 'lease-expire', ids }, now);
  }

  private answer(p: Pending, a: ClientAnswer): void {
    this.host.reply(p.client, a.ok ? { kind: 'answer', stream: p.stream, seq: p.seq, ok: true, result: a.result } : { kind: 'answer', stream: p.stream, seq: p.seq, ok: false, error: a.error });
  }

  private fail(r: Pending, error: string, retry = false): void {
    const leader = this.host.lead();
    this.host.reply(r.client, { kind: 'answer', stream: r.stream, seq: r.seq, ok: false, error, ...(retry ? { retry: true } : {}), ...(retry && leader ? { leader } : {}) });
  }
}

function outcome(o: { ok: true; value: unknown } | { ok: false; error: string }): ClientAnswer {
  return o.ok ? { ok: true, result: o.value } : { ok: false, error: o.error };
}

/** etcd's minimum lease TTL for an election timeout in ms (1.5 election timeouts, in whole seconds). */
export function minLeaseTtlFor(electionMs: number): number {
  return minLeaseTtlSeconds(electionMs, 1);
}

/** The Raft command of a write: the stream/seq that deduplicate it and the call it serves. */
function commandOf(r: ClientRequest, b: Extract<RequestBody, { kind: 'kv' }>): ClientCommand {
  const origin = r.call !== undefined ? { origin: { client: r.client, call: r.call } } : {};
  return { kind: 'client', client: r.stream, seq: r.seq, req: b.req, label: b.label, ...origin };
}
