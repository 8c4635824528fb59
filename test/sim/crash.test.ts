import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../src/scenario';
import { createSimulation } from '../../src/sim/run';

function cluster(until = 5000) {
  return createSimulation(makeScenario({ cluster: { nodes: ['n1', 'n2', 'n3'] }, until }), { trace: true });
}

describe('crash and restart (Figure 2: persistent versus volatile state)', () => {
  it('a crashed node keeps term, vote and log, and loses role, leader and commit index', () => {
    const sim = cluster();
    sim.runUntil(1000);
    const leader = sim.leader();
    expect(leader).toBeDefined();
    const id = leader!.id;
    const { term, vote } = leader!.node;
    const lastIndex = leader!.node.lastIndex;
    sim.addStep({ at: 1001, do: 'crash', node: id });
    sim.addStep({ at: 1002, do: 'restart', node: id });
    sim.runUntil(1002);
    const back = sim.servers.get(id)!;
    expect(back.node.role).toBe('follower');
    expect(back.node.lead).toBe('');
    expect(back.node.committed).toBe(0);
    expect(back.node.term).toBe(term);
    expect(back.node.vote).toBe(vote);
    expect(back.node.lastIndex).toBe(lastIndex);
  });

  it('messages to a crashed node are dropped, and the trace says why', () => {
    const sim = cluster();
    sim.runUntil(500);
    sim.addStep({ at: 501, do: 'crash', node: 'n2' });
    sim.runUntil(1000);
    const drops = sim.recorder.events.filter((e) => e.ev === 'drop' && e.to === 'n2');
    expect(drops.length).toBeGreaterThan(0);
    expect(drops.every((e) => e.ev === 'drop' && e.reason === 'crashed')).toBe(true);
  });

  it('a step that finds nothing to do is recorded as a noop', () => {
    const sim = cluster();
    sim.addStep({ at: 10, do: 'restart', node: 'n1' });
    sim.addStep({ at: 11, do: 'crash', node: 'leader' });
    sim.runUntil(20);
    const noops = sim.recorder.events.filter((e) => e.ev === 'noop');
    expect(noops.map((e) => e.ev === 'noop' && e.reason)).toEqual(['n1 is already running', 'there is no leader']);
  });
});

describe('network faults', () => {
  it('a partition leaves the minority without a leader and the majority with one', () => {
    const sim = createSimulation(makeScenario({ cluster: { nodes: ['n1', 'n2', 'n3', 'n4', 'n5'] }, until: 6000 }), { trace: true });
    sim.runUntil(1000);
    sim.addStep({ at: 1001, do: 'partition', groups: [['n1', 'n2'], ['n3', 'n4', 'n5']] });
    sim.runUntil(4000);
    const leaders = [...sim.servers.values()].filter((s) => s.node.role === 'leader').map((s) => s.id);
    expect(leaders).toHaveLength(1);
    expect(['n3', 'n4', 'n5']).toContain(leaders[0]);
  });

  it('a one-way link cut drops messages in that direction only', () => {
    const sim = cluster(3000);
    sim.addStep({ at: 1, do: 'link', from: 'n1', to: 'n2', state: 'down' });
    sim.runUntil(3000);
    const n1n2 = sim.recorder.events.filter((e) => (e.ev === 'recv' || e.ev === 'drop') && e.from === 'n1' && e.to === 'n2');
    const n2n1 = sim.recorder.events.filter((e) => (e.ev === 'recv' || e.ev === 'drop') && e.from === 'n2' && e.to === 'n1');
    expect(n1n2.length).toBeGreaterThan(0);
    expect(n1n2.every((e) => e.ev === 'drop' && e.reason === 'link')).toBe(true);
    expect(n2n1.some((e) => e.ev === 'recv')).toBe(true);
  });

  it('a message in flight when a partition starts is lost', () => {
    const sim = cluster(3000);
    sim.runUntil(1000);
    const inFlight = [...sim.inFlight.values()].find((e) => e.deliverAt > 1001);
    expect(inFlight).toBeDefined();
    sim.addStep({ at: 1001, do: 'isolate', node: inFlight!.to });
    sim.runUntil(inFlight!.deliverAt);
    const fate = sim.recorder.events.find((e) => (e.ev === 'drop' || e.ev === 'recv') && e.id === inFlight!.id);
    expect(fate).toMatchObject({ ev: 'drop', reason: 'partition' });
  });
});
