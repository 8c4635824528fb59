// A bare Raft loop, the benchmark's reference (issue 17): the same nodes, messages and
// latencies as a simulated cluster under a steady load of proposals, and nothing else: no
// store, no clients, no trace, no faults. `npm run bench` compares the engine with it.

import { RaftNode, Storage, type Message, type RaftConfig } from '../raft';
import type { ClusterConfig } from './scenario-types';
import { EventQueue } from './event-queue';
import { Rng } from './prng';
import { MAX_ENTRIES_PER_MSG, MAX_INFLIGHT } from './node-processes';
import { NodeTimers } from './node-timers';

type BareEvent = { kind: 'deliver'; msg: Message } | { kind: 'timer'; node: number; gen: number } | { kind: 'propose' };

export interface BareLoad {
  readonly cluster: ClusterConfig;
  readonly latency: readonly [number, number];
  /** A proposal every `every` virtual ms from `from` on, to the leader (or the first node). */
  readonly from: number;
  readonly every: number;
  readonly until: number;
  /** No proposals from this virtual ms on (default: until). */
  readonly stopProposingAt?: number;
  readonly seed: number;
}

/** Runs the load; returns how many entries the first node applied (so the work is not optimized away). */
export function runBareLoop(load: BareLoad): number {
  const ids = load.cluster.nodes;
  const storages = ids.map(() => new Storage({ voters: [...ids], learners: [] }));
  const net = new Rng(load.seed, 'bare:net');
  const queue = new EventQueue<BareEvent>();
  const nodes = ids.map((id, i) => new RaftNode(raftConfig(load.cluster, id, new Rng(load.seed, `node:${id}`)), storages[i] as Storage, 0));
  const timers = new NodeTimers();
  const index = new Map(ids.map((id, i) => [id, i]));
  let applied = 0;
  let now = 0;

  // One pending timer event per node, as the simulation keeps (node-timers.ts).
  const arm = (i: number) => {
    const at = Math.max((nodes[i] as RaftNode).nextDeadline(), now);
    const gen = timers.arm(ids[i] as string, at);
    if (gen > 0) queue.push(at, { kind: 'timer', node: i, gen });
  };
  const flush = (i: number) => {
    const node = nodes[i] as RaftNode;
    while (node.hasReady()) {
      const rd = node.ready();
      const st = storages[i] as Storage;
      if (rd.hardState) st.hardState = rd.hardState;
      st.append(rd.entries);
      for (const m of rd.messages) queue.push(now + net.int(load.latency[0], load.latency[1]), { kind: 'deliver', msg: m });
      if (i === 0) applied += rd.committedEntries.length;
      node.advance(rd);
    }
    arm(i);
  };

  ids.forEach((_, i) => arm(i));
  for (let t = load.from; t < (load.stopProposingAt ?? load.until); t += load.every) queue.push(t, { kind: 'propose' });
  let seq = 0;
  for (let time = queue.peekTime(); time !== undefined && time <= load.until; time = queue.peekTime()) {
    now = time;
    const e = queue.pop() as BareEvent;
    if (e.kind === 'deliver') {
      const i = index.get(e.msg.to) as number;
      (nodes[i] as RaftNode).step(e.msg, now);
      flush(i);
    } else if (e.kind === 'timer') {
      if (!timers.fire(ids[e.node] as string, e.gen)) continue;
      if (now >= (nodes[e.node] as RaftNode).nextDeadline()) (nodes[e.node] as RaftNode).tick(now);
      flush(e.node);
    } else {
      const lead = nodes.findIndex((n) => n.role === 'leader');
      const i = lead < 0 ? 0 : lead;
      (nodes[i] as RaftNode).propose({ kind: 'put', key: `k${seq % 50}`, value: `v${seq}` }, now);
      seq++;
      flush(i);
    }
  }
  return applied;
}

function raftConfig(c: ClusterConfig, id: string, rng: Rng): RaftConfig {
  return {
    id,
    electionTimeout: c.electionTimeout,
    heartbeatInterval: c.heartbeatInterval,
    preVote: c.preVote,
    checkQuorum: c.checkQuorum,
    maxInflight: MAX_INFLIGHT,
    maxEntriesPerMsg: MAX_ENTRIES_PER_MSG,
    randomInt: (min, max) => rng.int(min, max),
  };
}
