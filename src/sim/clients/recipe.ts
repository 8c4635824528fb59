// etcd's election recipe (client/v3/concurrency: session.go, election.go), as a client
// runs it in the background:
//   1. a session: a lease of `ttl` seconds, kept alive every ttl/3 (session.go);
//   2. Campaign: key = election + "/" + lease id in hex, created by a txn
//      "if createRevision(key) == 0 then put(key, value, lease) else get(key)"; our
//      revision is the txn's header revision (or the existing key's create revision);
//   3. waitDeletes: get the key with the greatest create revision below ours; if there is
//      none we lead; else watch that key from the get's revision until it is deleted, and
//      ask again (each campaigner watches only the key just ahead of it: no herd effect);
//   4. Resign: delete our key if it is still ours (create revision unchanged), then close
//      the session (revoke the lease). Once elected, the compare-and-delete is sent
//      whatever became of the session: clientv3's Election keeps its leader key and
//      revision after the session's keep-alives stopped, and Resign is a no-op only when
//      it was never elected (leaderSession == nil).
// The client's view of its session ends when a keep-alive was not answered in time
// (counted from when the last successful keep-alive was sent, so the client gives up no
// later than the leader expires the lease), or when the lease is gone.
// The mutex (mutex.go) is the same sequence with an empty value: Lock is Campaign that
// holds the client's main stream until the key is the oldest (tryAcquire, then
// waitDeletes on the key just ahead), Unlock is Resign with a plain Delete of the key.
// Each call reads top to bottom below: a request, then its answer's handler, which sends
// the next request. Answers arrive typed (answer.ts) and routed by step (rpc.ts); every op
// ends through RecipeHost.complete, the one completion path.

import type { RequestBody } from '../../cluster/client-protocol';
import type { WatchResponse } from '../../kv';
import type { CampaignOp } from '../scenario-types';
import type { Kv, OpResult } from '../trace-types';
import { failed, succeeded, type Answer } from './answer';
import type { RecipeHost } from './recipe-host';
import type { Purpose, RecipeStep } from './rpc';
import type { SessionTimer } from './timers';

/** Where a campaign (or lock) stands, in the order client/v3/concurrency goes through them. */
export type Phase = 'granting' | 'creating' | 'querying' | 'waiting' | 'holding' | 'resigning';

interface Campaign {
  election: string;
  value: string;
  ttl: number;
  /** The campaign op still waiting to return, if any. */
  invoke?: number;
  /** The campaign (or lock) op that started this campaign: its own requests name it (TRACE.md 1.1). */
  readonly origin: number;
  /** The resign op waiting to return, if any. */
  resignInvoke?: number;
  /** The proclaim op waiting to return, if any. */
  proclaimInvoke?: number;
  phase: Phase;
  node?: string;
  lease?: number;
  key?: string;
  rev?: number;
  /** The key just ahead of ours that we wait to be deleted. */
  waitKey?: string;
  /** Lock (a mutex): the client's main stream waits until it is held. */
  blocking?: boolean;
  /** We were elected and have not given it up yet. */
  held?: boolean;
  /** Session: keep-alive generation and the client-side deadline. */
  kaGen: number;
  deadline: number;
  /** Resigning after the session ended: the compare-and-delete alone, no lease to revoke. */
  sessionLost?: boolean;
}

/** What an Election remembers of a leadership whose session ended (election.go's leaderKey, leaderRev). */
interface LostLeadership {
  election: string;
  value: string;
  ttl: number;
  key: string;
  rev: number;
  lease: number;
  blocking?: boolean;
  node?: string;
}

export class Campaigns {
  private byElection = new Map<string, Campaign>();
  /** Elections this client held until its session ended, and has not resigned yet. */
  private lost = new Map<string, LostLeadership>();
  /** Keep-alive generations, unique across this client's sessions: a timer of an ended session never matches a later one. */
  private gens = 0;
  /** Every key this client's campaigns created or are creating, kept after a crash (the key outlives it until its lease expires). */
  private keys = new Set<string>();

  constructor(private readonly host: RecipeHost) {}

  private get now(): number {
    return this.host.now();
  }

  private stream(election: string): string {
    return `${this.host.id}/e/${election}`;
  }

  /** Copies every campaign's state into another client's (a clone). */
  copyInto(other: Campaigns): void {
    for (const [k, c] of this.byElection) other.byElection.set(k, { ...c });
    for (const [k, l] of this.lost) other.lost.set(k, { ...l });
    other.gens = this.gens;
    for (const k of this.keys) other.keys.add(k);
  }

  /** The keys this client's campaigns created or are creating, for naming their owner in the watch chain. */
  ownKeys(): ReadonlySet<string> {
    return this.keys;
  }

  /** What each campaign of this client is doing, for the page's watch-chain view. */
  views(): { election: string; key?: string; revision?: number; phase: Phase; waitKey?: string; lock: boolean }[] {
    return [...this.byElection.values()].map((c) => ({
      election: c.election,
      ...(c.key !== undefined ? { key: c.key } : {}),
      ...(c.rev !== undefined ? { revision: c.rev } : {}),
      phase: c.phase,
      ...(c.phase === 'waiting' && c.waitKey !== undefined ? { waitKey: c.waitKey } : {}),
      lock: c.blocking ?? false,
    }));
  }

  holding(election: string): boolean {
    return this.byElection.get(election)?.phase === 'holding';
  }

  private request(c: Campaign, step: RecipeStep, body: RequestBody): void {
    const purpose: Purpose = { kind: 'recipe', election: c.election, step, invoke: recipeCall(c, step) };
    this.host.call(this.stream(c.election), body, purpose, c.node);
  }

  /** The answer to one of the recipe's requests, handed to the step that sent it. */
  answered(p: Extract<Purpose, { kind: 'recipe' }>, answer: Answer, from: string | undefined, sentAt: number): void {
    const c = this.byElection.get(p.election);
    if (!c) return;
    // A failed Proclaim fails that call alone; any other failed request ends the campaign (or the resign).
    if (!answer.ok) return p.step === 'proclaim' ? this.proclaimed(c, answer) : this.fail(c, answer.error);
    if (from) c.node = from;
    const r = answer.result;
    switch (p.step) {
      case 'grant':
        return this.granted(c, r, sentAt);
      case 'create':
        return this.created(c, r);
      case 'query':
        return this.queried(c, r);
      case 'resign-delete':
        return this.resignDeleted(c, r);
      case 'resign-revoke':
        return this.closed(c, r);
      case 'proclaim':
        return this.proclaimed(c, answer);
    }
  }

  // ---- Campaign (election.go Campaign; mutex.go Lock) ----

  /** NewSession: grant the lease first; `blocking` (Lock) keeps the main stream until elected. */
  campaign(op: CampaignOp, invoke: number, node?: string, blocking = false): void {
    if (this.byElection.has(op.election)) return this.host.complete(invoke, failed('already campaigning in this election'));
    const c: Campaign = { election: op.election, value: op.value, ttl: op.ttl ?? 10, invoke, origin: invoke, phase: 'granting', kaGen: 0, deadline: Infinity, ...(node ? { node } : {}), ...(blocking ? { blocking } : {}) };
    this.lost.delete(op.election); // a new Election: the old leadership is forgotten
    this.byElection.set(op.election, c);
    this.request(c, 'grant', { kind: 'kv', req: { type: 'lease-grant', ttl: c.ttl }, label: `lease-grant ${c.ttl}s` });
  }

  /** The session's lease is granted (its TTL counts from when the grant was sent): create our key unless it exists. */
  private granted(c: Campaign, r: OpResult, sentAt: number): void {
    c.lease = typeof r.id === 'number' ? r.id : 0; // a granted id is always a number
    c.key = `${c.election}/${c.lease.toString(16)}`;
    this.keys.add(c.key);
    c.phase = 'creating';
    this.renewed(c, sentAt, r.ttl ?? c.ttl);
    const compare = [{ key: c.key, target: 'create' as const, result: '=' as const, value: 0 }];
    const put = { type: 'put' as const, key: c.key, value: c.value, lease: c.lease };
    this.request(c, 'create', { kind: 'kv', req: { type: 'txn', compare, success: [put], failure: [{ type: 'get', key: c.key }] }, label: `campaign ${c.key}` });
  }

  /** Our revision: the txn's (we put the key) or the existing key's create revision. */
  private created(c: Campaign, r: OpResult): void {
    c.rev = r.succeeded ? r.header.revision : (r.responses?.[0]?.kvs?.[0]?.createRevision ?? r.header.revision);
    this.query(c);
  }

  /** waitDeletes: who is just ahead of us (the greatest create revision below ours)? */
  private query(c: Campaign): void {
    c.phase = 'querying';
    const req = { type: 'get' as const, key: `${c.election}/`, prefix: true, sortTarget: 'create' as const, sortOrder: 'descend' as const, limit: 1, maxCreateRevision: (c.rev ?? 1) - 1 };
    this.request(c, 'query', { kind: 'kv', req, label: `get ${c.election}/* <${c.rev}` });
  }

  /** No one ahead: we lead. Else watch that key from the get's revision. */
  private queried(c: Campaign, r: OpResult): void {
    const ahead: Kv | undefined = r.kvs?.[0];
    if (!ahead) return this.elected(c);
    c.phase = 'waiting';
    c.waitKey = ahead.key;
    this.host.watch({ key: ahead.key, startRevision: r.header.revision }, { kind: 'recipe', election: c.election }, c.node);
  }

  /** The key ahead of ours is deleted (or the watch was canceled): ask again who is ahead (etcd waitDeletes). */
  watchEvents(election: string, resp: WatchResponse, _from: string): void {
    const c = this.byElection.get(election);
    if (!c || c.phase !== 'waiting') return;
    if (resp.canceled || resp.events.some((e) => e.type === 'DELETE' && e.kv.key === c.waitKey)) this.query(c);
  }

  /** Campaign (or Lock) returns with our key and revision. */
  private elected(c: Campaign): void {
    c.phase = 'holding';
    c.held = true;
    const key = c.key ?? '';
    const revision = c.rev ?? 0;
    this.host.record(() => ({ t: this.now, ev: 'elected', client: this.host.id, election: c.election, key, revision }));
    const invoke = c.invoke;
    delete c.invoke;
    if (invoke !== undefined) this.host.complete(invoke, succeeded({ header: { revision }, key, revision }));
  }

  // ---- Resign (election.go Resign, then session.go Close; mutex.go Unlock) ----

  resign(election: string, invoke: number): void {
    const l = this.lost.get(election);
    if (l && !this.byElection.has(election)) return this.resignLost(l, invoke);
    const c = this.byElection.get(election);
    // etcd: Resign without a leadership held is a no-op.
    if (!c || c.key === undefined || c.phase === 'granting' || c.phase === 'resigning') return this.host.complete(invoke, succeeded({ header: { revision: 0 } }));
    c.resignInvoke = invoke;
    c.phase = 'resigning';
    this.deleteOurKey(c, c.key, c.rev ?? 0);
  }

  /**
   * Resign after the session ended while we held the election: still the compare-and-delete
   * (our key may outlive the client's view of its session until the leader expires the
   * lease). If the lease already expired, the compare fails and Resign still returns OK, as
   * clientv3's does; Close's revoke is left out, the lease being gone or going.
   */
  private resignLost(l: LostLeadership, invoke: number): void {
    this.lost.delete(l.election);
    const { election, value, ttl, key, rev, lease, blocking, node } = l;
    const c: Campaign = { election, value, ttl, key, rev, lease, phase: 'resigning', origin: invoke, resignInvoke: invoke, kaGen: ++this.gens, deadline: Infinity, sessionLost: true, ...(blocking ? { blocking } : {}), ...(node ? { node } : {}) };
    this.byElection.set(election, c);
    this.deleteOurKey(c, key, rev);
  }

  /**
   * Delete our key only if it is still ours: its create revision unchanged (election.go
   * Resign's txn). A mutex's Unlock sends a plain Delete of its key instead (mutex.go
   * Unlock: `client.Delete(ctx, m.myKey)`); the key holds our lease id, so it is ours anyway.
   */
  private deleteOurKey(c: Campaign, key: string, rev: number): void {
    if (c.blocking) return this.request(c, 'resign-delete', { kind: 'kv', req: { type: 'delete', key }, label: `unlock ${key}` });
    const compare = [{ key, target: 'create' as const, result: '=' as const, value: rev }];
    this.request(c, 'resign-delete', { kind: 'kv', req: { type: 'txn', compare, success: [{ type: 'delete', key }], failure: [] }, label: `resign ${key}` });
  }

  /** The key is gone (or was not ours any more): close the session by revoking its lease. */
  private resignDeleted(c: Campaign, r: OpResult): void {
    if (c.sessionLost) return this.closed(c, r);
    if (c.held) this.recordResigned(c);
    c.held = false;
    this.request(c, 'resign-revoke', { kind: 'kv', req: { type: 'lease-revoke', id: c.lease ?? 0 }, label: `lease-revoke ${(c.lease ?? 0).toString(16)}` });
  }

  /** The session is closed: Resign returns; a Campaign still waiting is canceled. */
  private closed(c: Campaign, r: OpResult): void {
    this.byElection.delete(c.election);
    if (c.invoke !== undefined) this.host.complete(c.invoke, failed('context canceled'));
    if (c.resignInvoke !== undefined) this.host.complete(c.resignInvoke, succeeded({ header: r.header }));
  }

  private recordResigned(c: Campaign): void {
    this.host.record(() => ({ t: this.now, ev: 'resigned', client: this.host.id, election: c.election }));
  }

  // ---- failures and the end of a session ----

  private fail(c: Campaign, error: string): void {
    if (c.phase === 'resigning') {
      // The session ends anyway: stop keeping it alive and report the resign's failure.
      this.byElection.delete(c.election);
      if (c.held) this.recordResigned(c);
      if (c.resignInvoke !== undefined) this.host.complete(c.resignInvoke, failed(error));
      return;
    }
    this.end(c, error);
  }

  /** The session is over (expired, lost or failed): give up leadership or the campaign. */
  private end(c: Campaign, error: string): void {
    this.byElection.delete(c.election);
    if (c.held) {
      this.recordResigned(c);
      this.rememberLost(c);
    }
    if (c.invoke !== undefined) this.host.complete(c.invoke, failed(error));
  }

  private rememberLost(c: Campaign): void {
    if (c.key === undefined || c.rev === undefined || c.lease === undefined) return;
    const { election, value, ttl, key, rev, lease, blocking, node } = c;
    this.lost.set(election, { election, value, ttl, key, rev, lease, ...(blocking ? { blocking } : {}), ...(node ? { node } : {}) });
  }

  // ---- Leader, Proclaim (election.go) ----

  /** Leader: the key with the smallest create revision in the election holds it. */
  leader(election: string, invoke: number): void {
    const req = { type: 'get' as const, key: `${election}/`, prefix: true, sortTarget: 'create' as const, sortOrder: 'ascend' as const, limit: 1 };
    this.host.call(this.host.id, { kind: 'kv', req, label: `get ${election}/* first` }, { kind: 'leader', election, invoke });
  }

  /** No key in the election: ErrElectionNoLeader. */
  leaderAnswered(invoke: number, answer: Answer): void {
    if (answer.ok && answer.result.kvs?.length) return this.host.complete(invoke, answer);
    this.host.complete(invoke, failed(answer.ok ? 'election: no leader' : answer.error));
  }

  /** Proclaim: change the value of our key while we still hold it (create revision unchanged). */
  proclaim(election: string, value: string, invoke: number): void {
    const c = this.byElection.get(election);
    if (!c || !c.held || c.key === undefined) return this.host.complete(invoke, failed('election: not leader'));
    c.proclaimInvoke = invoke;
    c.value = value;
    const compare = [{ key: c.key, target: 'create' as const, result: '=' as const, value: c.rev ?? 0 }];
    const put = { type: 'put' as const, key: c.key, value, lease: c.lease ?? 0 };
    this.request(c, 'proclaim', { kind: 'kv', req: { type: 'txn', compare, success: [put], failure: [] }, label: `proclaim ${c.key}=${value}` });
  }

  /** Proclaim's answer; a failed request fails the Proclaim alone, the session goes on (election.go returns the txn's error). */
  private proclaimed(c: Campaign, answer: Answer): void {
    const invoke = c.proclaimInvoke;
    delete c.proclaimInvoke;
    if (invoke === undefined) return;
    if (!answer.ok) return this.host.complete(invoke, answer);
    // The compare failed: our key is not ours any more (ErrElectionNotLeader).
    this.host.complete(invoke, answer.result.succeeded ? succeeded({ header: answer.result.header }) : failed('election: not leader'));
  }

  // ---- the session (session.go): keep-alives every TTL/3 and the client-side deadline ----

  private renewed(c: Campaign, sentAt: number, ttlSeconds: number): void {
    c.deadline = sentAt + ttlSeconds * 1000;
    c.kaGen = ++this.gens;
    const every = Math.max(1, Math.floor((ttlSeconds * 1000) / 3));
    this.host.timer(this.now + every, { kind: 'keepalive', election: c.election, gen: c.kaGen });
    this.host.timer(c.deadline, { kind: 'session-deadline', election: c.election, gen: c.kaGen });
  }

  onTimer(timer: SessionTimer): void {
    const c = this.byElection.get(timer.election);
    if (!c || c.kaGen !== timer.gen) return;
    if (timer.kind === 'session-deadline' && this.now >= c.deadline) return this.end(c, 'session expired');
    if (timer.kind === 'keepalive' && c.lease !== undefined) {
      this.host.call(`${this.host.id}/ka/${c.election}`, { kind: 'keepalive', id: c.lease }, { kind: 'keepalive', election: c.election, lease: c.lease }, c.node);
    }
  }

  /** A keep-alive's answer; one of an earlier session (still retried when it ended) says nothing of this one. */
  keepAliveAnswered(p: Extract<Purpose, { kind: 'keepalive' }>, answer: Answer, sentAt: number): void {
    const c = this.byElection.get(p.election);
    if (!c || p.lease !== c.lease) return;
    if (answer.ok) return this.renewed(c, sentAt, answer.result.ttl ?? c.ttl);
    if (answer.error === 'etcdserver: requested lease not found') return this.end(c, 'session expired');
    // Unanswered: try again soon; the deadline timer ends the session if it is too late.
    this.host.timer(this.now + 100, { kind: 'keepalive', election: c.election, gen: c.kaGen });
  }

  crash(): void {
    for (const c of this.byElection.values()) if (c.held) this.recordResigned(c);
    this.byElection.clear();
    this.lost.clear();
  }
}

/** A resign's or proclaim's requests serve that call; the rest (grant, key, query) the campaign's. */
function recipeCall(c: Campaign, step: RecipeStep): number {
  if (step === 'proclaim') return c.proclaimInvoke ?? c.origin;
  if (step === 'resign-delete' || step === 'resign-revoke') return c.resignInvoke ?? c.origin;
  return c.origin;
}
