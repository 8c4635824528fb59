// etcd's Election.Observe (client/v3/concurrency/election.go, observe()): report the
// leader, then every new value it proclaims, and when its key is deleted, the next leader.
//   loop: get the key with the smallest create revision under the prefix;
//         if none, watch the prefix from that revision for the first PUT;
//         report it; watch that key from the next revision: report each PUT, until a DELETE.
// Each report is an `observed` trace event. The observe op returns with the first get's
// answer (in etcd, Observe returns its channel at once; here the op's return says whether
// the observation started); the rest runs in the background, through RecipeHost.

import type { WatchResponse } from '../../kv';
import type { Kv } from '../trace-types';
import { failed, type Answer } from './answer';
import type { RecipeHost } from './recipe-host';

interface Observation {
  election: string;
  /** The observe op, until its first answer. */
  invoke?: number;
  /** Bumped whenever a new watch replaces the old one: events of old watches are ignored. */
  gen: number;
  phase: 'getting' | 'waiting-first' | 'watching-leader';
  leaderKey?: string;
  node?: string;
}

export class Observers {
  private byElection = new Map<string, Observation>();

  constructor(private readonly host: RecipeHost) {}

  observe(election: string, invoke: number, node?: string): void {
    if (this.byElection.has(election)) {
      return this.host.complete(invoke, failed('already observing this election'));
    }
    const o: Observation = { election, invoke, gen: 0, phase: 'getting', ...(node ? { node } : {}) };
    this.byElection.set(election, o);
    this.getLeader(o);
  }

  private getLeader(o: Observation): void {
    o.phase = 'getting';
    o.gen++;
    const req = { type: 'get' as const, key: `${o.election}/`, prefix: true, sortTarget: 'create' as const, sortOrder: 'ascend' as const, limit: 1 };
    this.host.call(`${this.host.id}/o/${o.election}`, { kind: 'kv', req, label: `get ${o.election}/* first` }, { kind: 'observe', election: o.election }, o.node);
  }

  /** The get's answer: the first one returns the observe op; a failed get ends the observation. */
  answered(election: string, answer: Answer, from: string | undefined): void {
    const o = this.byElection.get(election);
    if (!o) return;
    if (from) o.node = from;
    const invoke = o.invoke;
    delete o.invoke;
    if (invoke !== undefined) this.host.complete(invoke, answer);
    if (!answer.ok) return void this.byElection.delete(election);
    const r = answer.result;
    const leader = r.kvs?.[0];
    if (!leader) {
      o.phase = 'waiting-first';
      this.host.watch({ key: `${election}/`, prefix: true, startRevision: r.header.revision }, { kind: 'observe', election, gen: o.gen }, o.node);
      return;
    }
    this.follow(o, leader, r.header.revision);
  }

  private follow(o: Observation, leader: Kv, revision: number): void {
    this.report(o, leader);
    o.phase = 'watching-leader';
    o.leaderKey = leader.key;
    o.gen++;
    this.host.watch({ key: leader.key, startRevision: revision + 1 }, { kind: 'observe', election: o.election, gen: o.gen }, o.node);
  }

  watchEvents(election: string, gen: number, resp: WatchResponse): void {
    const o = this.byElection.get(election);
    if (!o || o.gen !== gen) return;
    if (o.phase === 'waiting-first') {
      // Only a PUT names a leader; a DELETE would make observe spin (etcd's comment).
      const put = resp.events.find((e) => e.type === 'PUT');
      if (put) this.follow(o, put.kv, put.kv.modRevision);
      return;
    }
    for (const e of resp.events) {
      if (e.type === 'DELETE') return this.getLeader(o);
      this.report(o, e.kv);
    }
    if (resp.canceled) this.getLeader(o);
  }

  /** Whether the observation still follows the watch of generation `gen`. */
  current(election: string, gen: number): boolean {
    return this.byElection.get(election)?.gen === gen;
  }

  private report(o: Observation, kv: Kv): void {
    this.host.record(() => ({ t: this.host.now(), ev: 'observed', client: this.host.id, election: o.election, kv }));
  }

  copyInto(other: Observers): void {
    for (const [k, o] of this.byElection) other.byElection.set(k, { ...o });
  }
}
