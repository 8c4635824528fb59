import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../src/scenario';
import { fuzzScenario } from '../../src/scenario/fuzz';
import { runScenario } from '../../src/sim/run';

describe('determinism', () => {
  it('the same scenario and seed give a byte-identical trace', () => {
    const { scenario } = fuzzScenario(7, { nodes: 5 });
    const a = runScenario(scenario, { trace: true }).recorder.toJsonl();
    const b = runScenario(scenario, { trace: true }).recorder.toJsonl();
    expect(a.length).toBeGreaterThan(10_000);
    expect(a).toBe(b);
  });

  it('a different seed gives a different run', () => {
    const { scenario } = fuzzScenario(7, { nodes: 5 });
    const a = runScenario(scenario, { trace: true }).recorder.toJsonl();
    const b = runScenario({ ...scenario, seed: 8 }, { trace: true }).recorder.toJsonl();
    expect(a).not.toBe(b);
  });

  it('a step added while running replays identically from the scenario alone', async () => {
    const { createSimulation } = await import('../../src/sim/run');
    const base = makeScenario({ cluster: { nodes: ['n1', 'n2', 'n3'] }, until: 3000 });
    const live = createSimulation(base, { trace: true });
    live.runUntil(1234);
    live.addStep({ at: 1235, do: 'crash', node: 'leader' });
    live.runUntil(2000);
    const crashed = live.nodeIds.find((id) => !live.isUp(id)) as string;
    live.addStep({ at: 2001, do: 'restart', node: crashed });
    live.runUntil(3000);
    const replay = runScenario(live.scenario, { trace: true });
    expect(replay.recorder.toJsonl()).toBe(live.recorder.toJsonl());
  });

  it('trace time never decreases', () => {
    const { scenario } = fuzzScenario(11, { nodes: 3 });
    const events = runScenario(scenario, { trace: true }).recorder.events;
    for (let i = 1; i < events.length; i++) expect(events[i]!.t).toBeGreaterThanOrEqual(events[i - 1]!.t);
    expect(events[0]?.ev).toBe('start');
    expect(events.at(-1)).toEqual({ t: scenario.until, ev: 'end' });
  });
});
