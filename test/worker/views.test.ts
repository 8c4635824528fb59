// The worker's views of the store and of the watch chains, built from the simulation's typed
// queries (src/sim/queries.ts): the chain names a key's owner from what the recipe knows,
// even once the owning client has crashed and left the campaigners.

import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../src/scenario';
import { createSimulation } from '../../src/sim/run';
import type { Step } from '../../src/sim/scenario-types';
import { electionViews, storeView } from '../../src/worker/views';

const campaign = (at: number, client: string): Step => ({ at, do: 'client', client, op: { type: 'campaign', election: '/e', value: client, ttl: 5 } });

function chainRun() {
  const steps: Step[] = [campaign(500, 'c1'), campaign(700, 'c2'), { at: 1500, do: 'client-crash', client: 'c2' }];
  return createSimulation(makeScenario({ cluster: { nodes: ['n1', 'n2', 'n3'] }, steps, until: 6000 }), { trace: true });
}

describe('worker views', () => {
  it("name a crashed campaigner's key, still in the store until its lease expires", () => {
    const sim = chainRun();
    sim.runUntil(1600);
    const node = sim.leader()!.id;
    const [election] = electionViews(sim, node);
    expect(election?.keys).toHaveLength(2);
    expect(election?.campaigners.map((c) => c.client)).toEqual(['c1']);
    const c2Key = election?.keys[1]?.key;
    expect(election?.owners).toEqual([
      { key: election?.keys[0]?.key, client: 'c1' },
      { key: c2Key, client: 'c2' },
    ]);
  });

  it('show the store of a node with its newest revision first', () => {
    const sim = chainRun();
    sim.runUntil(1600);
    const kv = storeView(sim, sim.leader()!.id)!;
    expect(kv.keys.map((k) => k.key)).toEqual(electionViews(sim, sim.leader()!.id)[0]?.keys.map((k) => k.key));
    expect(kv.history[0]?.revision).toBe(kv.revision);
    expect(kv.compactRevision).toBe(-1);
  });
});
