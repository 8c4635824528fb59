// The transport decides a drop in one place (src/sim/transport.ts dropReason): what the page
// is told about a message in flight (query.willBeLost, drawn "doomed") is what happens to
// it on arrival, whatever the cause: loss, a partition, a cut link, a crashed receiver.

import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../src/scenario';
import { createSimulation } from '../../src/sim/run';
import type { Step } from '../../src/sim/scenario-types';

function faultyRun(steps: Step[], loss: number) {
  return createSimulation(makeScenario({ cluster: { nodes: ['n1', 'n2', 'n3', 'n4', 'n5'] }, network: { latency: [20, 60], loss }, steps, until: 10000 }), { trace: true });
}

/** For every message in flight at some time from `from` on (after the last step): predicted fate, and the trace's. */
function predictedAndActual(sim: ReturnType<typeof faultyRun>, from: number) {
  const predicted = new Map<number, boolean>();
  for (let t = from; t < sim.scenario.until - 100; t += 7) {
    sim.runUntil(t);
    for (const env of sim.inFlight.values()) if (!predicted.has(env.id)) predicted.set(env.id, sim.query.willBeLost(env));
  }
  sim.runUntil(sim.scenario.until);
  const dropped = new Set(sim.recorder.events.flatMap((e) => (e.ev === 'drop' ? [e.id] : [])));
  return [...predicted].map(([id, doomed]) => ({ id, doomed, dropped: dropped.has(id) }));
}

describe('transport: one decision for a drop', () => {
  it('a message predicted lost is dropped on arrival, and one predicted to pass arrives', () => {
    const steps: Step[] = [
      { at: 1000, do: 'partition', groups: [['n1', 'n2'], ['n3', 'n4']] },
      { at: 1100, do: 'link', from: 'n1', to: 'n2', state: 'down' },
      { at: 1200, do: 'crash', node: 'n3' },
    ];
    for (const loss of [0, 0.2]) {
      const fates = predictedAndActual(faultyRun(steps, loss), 1500);
      expect(fates.filter((f) => f.doomed).length).toBeGreaterThan(5);
      expect(fates.filter((f) => !f.doomed).length).toBeGreaterThan(5);
      for (const f of fates) expect(f, `message ${f.id}`).toEqual({ id: f.id, doomed: f.dropped, dropped: f.dropped });
    }
  });
});
