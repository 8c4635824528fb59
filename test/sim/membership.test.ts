// Membership changes, learners, log compaction and snapshots through the whole cluster
// (single-server changes, thesis chapter 4, as etcd's ConfChange v1; §7 for snapshots).

import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../src/scenario';
import { createSimulation } from '../../src/sim/run';
import type { Simulation } from '../../src/sim/simulation';
import type { Step } from '../../src/sim/scenario-types';
import type { TraceEvent } from '../../src/sim/trace-types';
import { checkSafety } from '../../src/check';
import type { KvMachine } from '../../src/cluster/kv-machine';

type Cluster = NonNullable<Parameters<typeof makeScenario>[0]>['cluster'];

function run(steps: Step[], until: number, cluster: Cluster = {}, stopAt = until): Simulation {
  const sim = createSimulation(makeScenario({ cluster: { nodes: ['n1', 'n2', 'n3'], ...cluster }, until, steps }), { trace: true });
  sim.runUntil(stopAt);
  expect(checkSafety(sim.recorder.events)).toEqual([]);
  return sim;
}

const put = (at: number, key: string, value = 'v', client = 'c1'): Step => ({ at, do: 'client', client, op: { type: 'put', key, value } });
const puts = (from: number, count: number, every = 40, prefix = 'k'): Step[] => Array.from({ length: count }, (_, i) => put(from + i * every, `${prefix}${i}`, `v${i}`, `c${i % 3}`));

function ofKind<K extends TraceEvent['ev']>(sim: Simulation, kind: K): Extract<TraceEvent, { ev: K }>[] {
  return sim.recorder.events.filter((e): e is Extract<TraceEvent, { ev: K }> => e.ev === kind);
}

function returns(sim: Simulation, client: string): Extract<TraceEvent, { ev: 'return' }>[] {
  return ofKind(sim, 'return').filter((e) => e.client === client);
}

function image(sim: Simulation, node: string): string {
  return JSON.stringify((sim.servers.get(node)?.machine as KvMachine).image());
}

function conf(sim: Simulation, node: string) {
  return sim.servers.get(node)?.node.conf();
}

describe('membership changes', () => {
  it('adds a voter to a 3-node cluster; the new node starts empty, catches up and counts for quorum', () => {
    const sim = run([...puts(900, 5), { at: 1500, do: 'add-node', node: 'n4' }, { at: 2000, do: 'crash', node: 'n3' }, put(2500, 'after', 'x', 'c9')], 4000);
    expect(ofKind(sim, 'member')).toEqual([expect.objectContaining({ node: 'n4', change: 'add' })]);
    // It learned the configuration from the leader (it started with none) and holds the whole store.
    expect(conf(sim, 'n4')).toEqual({ voters: ['n1', 'n2', 'n3', 'n4'], learners: [] });
    expect(ofKind(sim, 'join')).toEqual([expect.objectContaining({ node: 'n4' })]);
    // With n3 down, the write after the change needs n4: a majority of four is three.
    expect(returns(sim, 'c9')).toEqual([expect.objectContaining({ ok: true })]);
    const leader = sim.leader()!.id;
    expect(image(sim, 'n4')).toBe(image(sim, leader));
  });

  it("refuses what etcd's strict reconfiguration check refuses, in etcd's words", () => {
    const sim = run(
      [
        { at: 800, do: 'crash', node: 'n3' },
        { at: 900, do: 'add-node', node: 'n4' }, // a voter is down: unhealthy cluster
        { at: 1000, do: 'remove-node', node: 'n2' }, // n2 and the leader are all that is left
        { at: 1100, do: 'remove-node', node: 'n3' }, // a member that is down may go
        { at: 2000, do: 'add-node', node: 'n5', learner: true },
        { at: 2600, do: 'add-node', node: 'n6', learner: true }, // one learner at a time
        { at: 2700, do: 'promote', node: 'n4' }, // its add was refused: no such member
        { at: 2800, do: 'promote', node: 'n2' },
      ],
      3500,
    );
    expect(ofKind(sim, 'noop').map((e) => `${e.t} ${e.reason.split(' — ')[0]}`)).toEqual([
      '900 etcdserver: unhealthy cluster',
      '1000 etcdserver: unhealthy cluster',
      '2600 etcdserver: too many learner members in cluster',
      '2700 etcdserver: member not found',
      '2800 etcdserver: can only promote a learner member',
    ]);
    expect(ofKind(sim, 'member').map((e) => `${e.node} ${e.change}`)).toEqual(['n3 remove', 'n5 add-learner']);
  });

  it('removes the leader: it steps down after the entry commits, shuts down, and the others elect a new leader', () => {
    const sim = run([...puts(500, 3), { at: 1500, do: 'remove-node', node: 'leader' }, put(3000, 'after', 'x', 'c9')], 5000, {}, 4000);
    const [member] = ofKind(sim, 'member');
    expect(member?.change).toBe('remove');
    const old = member!.node;
    const events = sim.recorder.events;
    const at = events.indexOf(member!);
    // The removal is applied on the old leader (committed), then it steps down and stops.
    expect(events.slice(at).find((e) => e.ev === 'role' && e.node === old)).toMatchObject({ role: 'follower' });
    expect(events.slice(at).find((e) => e.ev === 'removed')).toMatchObject({ node: old });
    expect(events.slice(at).some((e) => e.ev === 'role' && e.node === old && e.role !== 'follower')).toBe(false);
    const leader = sim.leader()!;
    expect(leader.id).not.toBe(old);
    expect(leader.node.conf().voters).not.toContain(old);
    expect(returns(sim, 'c9')).toEqual([expect.objectContaining({ ok: true })]);
    // A removed node cannot be restarted.
    sim.addStep({ at: 4001, do: 'restart', node: old });
    sim.runUntil(4001);
    expect(sim.recorder.events.at(-1)).toMatchObject({ ev: 'noop', reason: `${old} was removed from the cluster` });
  });

  it('a learner catches up, never votes nor counts for quorum, and is promoted once in sync', () => {
    const sim = run(
      [
        ...puts(400, 6),
        { at: 1000, do: 'add-node', node: 'n4', learner: true },
        { at: 1001, do: 'isolate', node: 'n4' },
        { at: 1300, do: 'promote', node: 'n4' }, // refused: it holds nothing yet
        { at: 1400, do: 'heal' },
        { at: 2000, do: 'crash', node: 'n2' },
        { at: 2000, do: 'crash', node: 'n3' },
        put(2100, 'no-quorum', 'x', 'c8'), // leader + learner are not a majority of three voters
        { at: 2200, do: 'restart', node: 'n2' },
        { at: 2200, do: 'restart', node: 'n3' },
        { at: 6000, do: 'promote', node: 'n4' },
        put(6500, 'after', 'x', 'c9'),
      ],
      7500,
    );
    const noops = ofKind(sim, 'noop').filter((e) => e.do === 'promote');
    expect(noops).toEqual([expect.objectContaining({ t: 1300 })]);
    expect(noops[0]?.reason).toMatch(/^etcdserver: can only promote a learner member which is in sync with leader — n4 has \d+ of the leader's \d+ entries/);
    // The write during the outage committed only once a second voter came back.
    const noQuorum = returns(sim, 'c8')[0];
    expect(noQuorum?.t).toBeGreaterThan(2200);
    // A learner never campaigns and never votes.
    const learnerEnd = ofKind(sim, 'member').find((e) => e.change === 'promote')!.t;
    expect(ofKind(sim, 'role').filter((e) => e.node === 'n4' && e.t < learnerEnd && e.role !== 'follower')).toEqual([]);
    expect(ofKind(sim, 'vote').filter((e) => e.node === 'n4' && e.t < learnerEnd)).toEqual([]);
    expect(ofKind(sim, 'member').map((e) => e.change)).toEqual(['add-learner', 'promote']);
    expect(conf(sim, 'n4')).toEqual({ voters: ['n1', 'n2', 'n3', 'n4'], learners: [] });
    expect(returns(sim, 'c9')).toEqual([expect.objectContaining({ ok: true })]);
  });

  it('one change at a time: a second change while the first is in flight is refused', () => {
    const sim = run([{ at: 1000, do: 'add-node', node: 'n4', learner: true }, { at: 1000, do: 'add-node', node: 'n5', learner: true }], 2000);
    expect(ofKind(sim, 'noop')).toEqual([expect.objectContaining({ do: 'add-node', reason: 'a membership change is already in progress' })]);
    expect(sim.isNode('n5')).toBe(false);
  });

  it('a restarted node keeps the configuration it had committed, even before it hears from a leader', () => {
    const sim = run([{ at: 1000, do: 'add-node', node: 'n4' }, { at: 2000, do: 'crash', node: 'n2' }, { at: 2001, do: 'restart', node: 'n2' }], 2001);
    expect(conf(sim, 'n2')).toEqual({ voters: ['n1', 'n2', 'n3', 'n4'], learners: [] });
    expect(sim.servers.get('n2')?.node.committed).toBe(0);
  });

  it('a removed node that never learned of its removal cannot disrupt the cluster', () => {
    const steps: Step[] = [{ at: 900, do: 'isolate', node: 'n3' }, { at: 1000, do: 'remove-node', node: 'n3' }, { at: 3000, do: 'heal' }];
    const sim = run(steps, 5000, { preVote: false, checkQuorum: false });
    const leader = sim.leader()!;
    // Isolated, n3 campaigned in ever higher terms; after the heal its first message to a
    // member that knows it was removed stops it, and the leader keeps its term.
    expect(ofKind(sim, 'role').filter((e) => e.node === 'n3' && e.role === 'candidate').length).toBeGreaterThan(1);
    expect(ofKind(sim, 'drop').some((e) => e.from === 'n3' && e.reason === 'removed')).toBe(true);
    expect(ofKind(sim, 'removed')).toEqual([expect.objectContaining({ node: 'n3' })]);
    expect(ofKind(sim, 'role').filter((e) => e.node === leader.id && e.role === 'leader')).toHaveLength(1);
  });
});

describe('log compaction and snapshots', () => {
  it('members restored from a snapshot still know who was removed (etcd keeps removed ids in what its snapshots carry)', () => {
    const steps: Step[] = [
      { at: 900, do: 'isolate', node: 'n3' },
      { at: 1000, do: 'remove-node', node: 'n3' },
      ...puts(1200, 15),
      // Both members restart from snapshots taken after the removal: its conf entry is compacted away.
      { at: 2200, do: 'crash', node: 'n1' },
      { at: 2200, do: 'crash', node: 'n2' },
      { at: 2300, do: 'restart', node: 'n1' },
      { at: 2300, do: 'restart', node: 'n2' },
      { at: 3500, do: 'heal' },
    ];
    const sim = run(steps, 6000, { preVote: false, checkQuorum: false, snapshotEntries: 5 });
    expect(ofKind(sim, 'snapshot').filter((e) => e.t < 2200 && e.node !== 'n3').length).toBeGreaterThan(0);
    const leaderTerm = sim.leader()!.node.term;
    // After the heal, n3's campaigns in higher terms are refused as a removed member's.
    expect(ofKind(sim, 'drop').some((e) => e.from === 'n3' && e.t > 3500 && e.reason === 'removed')).toBe(true);
    expect(ofKind(sim, 'role').filter((e) => e.t > 3500 && e.node !== 'n3' && e.role === 'leader')).toEqual([]);
    expect(sim.leader()!.node.term).toBe(leaderTerm);
  });


  it('a node restarted after compaction recovers the whole state machine from its snapshot and the rest of its log', () => {
    const lease: Step = { at: 300, do: 'client', client: 'cl', op: { type: 'lease-grant', ttl: 60, id: 7 } };
    const sim = run([lease, ...puts(400, 23), { at: 1800, do: 'crash', node: 'n2' }, { at: 2000, do: 'restart', node: 'n2' }], 3000, { snapshotEntries: 10 });
    const snaps = ofKind(sim, 'snapshot').filter((e) => e.node === 'n2');
    expect(snaps.length).toBeGreaterThanOrEqual(2);
    const restarted = sim.servers.get('n2')!;
    expect(restarted.storage.snapshot.meta.index).toBeGreaterThan(0);
    // The restart rebuilt the store from the snapshot, then applied the entries after it.
    const restart = sim.recorder.events.findIndex((e) => e.ev === 'restart');
    const firstApply = sim.recorder.events.slice(restart).find((e) => e.ev === 'apply' && e.node === 'n2');
    expect(firstApply).toMatchObject({ index: snaps.filter((s) => s.t < 2000).at(-1)!.index + 1 });
    // Store, leases and the client session table are all there: the images are equal.
    expect(image(sim, 'n2')).toBe(image(sim, sim.leader()!.id));
    expect(image(sim, 'n2')).toContain('"sessions"');
  });

  it('a follower partitioned long enough gets InstallSnapshot and catches up', () => {
    const sim = run([{ at: 600, do: 'isolate', node: 'n3' }, ...puts(700, 30), { at: 2500, do: 'heal' }], 4000, { snapshotEntries: 10 });
    const sent = ofKind(sim, 'send').filter((e) => e.to === 'n3' && e.msg.type === 'snapshot');
    expect(sent.length).toBeGreaterThan(0);
    const installed = ofKind(sim, 'snapshot').find((e) => e.node === 'n3' && e.t > 2500);
    expect(installed?.index).toBeGreaterThan(20);
    expect(image(sim, 'n3')).toBe(image(sim, sim.leader()!.id));
  });
});
