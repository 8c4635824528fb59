// Read-only questions about the world, one idea: what the page's worker, the etcdctl console
// and the runner may ask a simulation, typed, without reaching through its servers into
// their state machines. Nothing here changes the run (a range on a node's store is a
// serializable read that no trace sees).

import { changeToEvent, compareKeys, type Kv, type Outcome, type RangeRequest, type RangeResponse, type WatchEvent } from '../kv';
import { describeEntry } from '../cluster/commands';
import type { Entry } from '../raft';
import type { Server } from '../cluster/server';
import type { ClientProcess } from './clients/client';
import type { Phase } from './clients/recipe';
import type { Envelope } from './messages';
import type { Connection } from './connections';

/** One node's etcd store, read-only. */
export interface NodeStore {
  /** The store's current revision (1 when empty). */
  readonly revision: number;
  /** The last compaction revision, -1 when never compacted (etcd's compactMainRev). */
  readonly compactRevision: number;
  /** Every live key at the current revision, in key order. */
  keys(): Kv[];
  /** etcd's Range on this node, served locally (a serializable read). */
  range(req: RangeRequest): Outcome<RangeResponse>;
  /** What revision `rev` changed, as watch events (none for a compacted revision). */
  eventsAt(rev: number): WatchEvent[];
}

/** What a client's election recipe is doing in one election (for the watch chain). */
export interface CampaignState {
  readonly client: string;
  readonly election: string;
  /** Its key, once its lease is granted: election + "/" + lease id in hex. */
  readonly key?: string;
  /** Its key's create revision, once the key is created. */
  readonly revision?: number;
  readonly phase: Phase;
  /** The key just ahead whose deletion it waits for. */
  readonly waitKey?: string;
  /** A mutex (lock) rather than an election campaign. */
  readonly lock: boolean;
}

/** The parts of the world the queries read. */
export interface QueriedWorld {
  readonly servers: ReadonlyMap<string, Server>;
  readonly clients: ReadonlyMap<string, ClientProcess>;
  willBeLost(env: Envelope): boolean;
  notOpenConnections(): readonly Connection[];
}

export class SimQueries {
  constructor(private readonly world: QueriedWorld) {}

  /** The leader of the highest term among running nodes, if any (SCENARIO.md "leader"). */
  leader(): Server | undefined {
    let best: Server | undefined;
    for (const s of this.world.servers.values()) {
      if (s.node.role === 'leader' && (!best || s.node.term > best.node.term)) best = s;
    }
    return best;
  }

  /** The store of a running node; undefined when it is down or the run has no store (benchmarks). */
  store(node: string): NodeStore | undefined {
    const kv = this.world.servers.get(node)?.machine.store();
    if (!kv) return undefined;
    return {
      revision: kv.revision,
      compactRevision: kv.compactRevision,
      keys: () => {
        const all = kv.store.range({ key: '', end: '' });
        return all.ok ? all.value.kvs : [];
      },
      range: (req) => kv.range(req),
      eventsAt: (rev) => kv.store.changesAt(rev).map((c) => changeToEvent(rev, c)),
    };
  }

  /** The revision of a running node's state machine (TRACE.md apply.revision); 0 when it is down. */
  revision(node: string): number {
    return this.world.servers.get(node)?.machine.revision() ?? 0;
  }

  /** A running node's last compaction revision; 0 when it is down or has no store. */
  compactRevision(node: string): number {
    return this.store(node)?.compactRevision ?? 0;
  }

  /** The campaigns of every client that has not crashed, by election in etcd's key order, then client by client. */
  campaigns(): CampaignState[] {
    const out: CampaignState[] = [];
    for (const [client, c] of this.world.clients) {
      if (c.crashed) continue;
      for (const view of c.campaigns.views()) out.push({ client, ...view });
    }
    return out.sort((a, b) => compareKeys(a.election, b.election));
  }

  /**
   * Which client each election key belongs to, for every key a recipe has created or is
   * creating, crashed clients included: a crashed client's key stays until its lease
   * expires, and the watch chain still names its owner.
   */
  electionOwners(): Map<string, string> {
    const owners = new Map<string, string>();
    for (const [client, c] of this.world.clients) for (const key of c.campaigns.ownKeys()) owners.set(key, client);
    return owners;
  }

  /** The trace's name for a log entry ("3:put a=1 c1#7"). */
  describe(e: Entry): string {
    return describeEntry(e);
  }

  /** The client connections whose current epoch broke: the client has not noticed yet, or knows (connections.ts). */
  brokenConnections(): readonly Readonly<Connection>[] {
    return this.world.notOpenConnections();
  }

  /** Whether a message in flight will be dropped on arrival, as things stand now (transport.ts). */
  willBeLost(env: Envelope): boolean {
    return this.world.willBeLost(env);
  }
}
