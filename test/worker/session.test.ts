// The worker's session, in Node: seeking anywhere (checkpoints + replay) gives the states
// a straight run gives; stepping back undoes one agenda item; acting in the past forks.

import { describe, expect, it } from 'vitest';
import { fuzzScenario } from '../../src/scenario/fuzz';
import { runScenario } from '../../src/sim/run';
import { Session } from '../../src/worker/session';

function traceUpTo(jsonl: string, t: number): string {
  return jsonl
    .split('\n')
    .filter((l) => l && (JSON.parse(l) as { t: number }).t <= t)
    .map((l) => l + '\n')
    .join('');
}

describe('time travel', () => {
  const { scenario } = fuzzScenario(5, { nodes: 5, clients: true });
  const full = runScenario(scenario, { trace: true }).recorder.toJsonl();

  it('seeks back and forth and always shows the state of a straight run', () => {
    const session = new Session(scenario);
    for (const t of [6000, 1234, 9000, 40, 7777, 3000, 3001, 2999]) {
      session.seek(t);
      expect(session.sim.now).toBe(t);
      expect(session.sim.recorder.toJsonl()).toBe(traceUpTo(full, t));
    }
  });

  it('steps back one agenda item, then forward again to the same state', () => {
    const session = new Session(scenario);
    session.seek(4000);
    const processed = session.sim.processed;
    const trace = session.sim.recorder.toJsonl();
    session.step('back');
    expect(session.sim.processed).toBe(processed - 1);
    session.step('event');
    expect(session.sim.recorder.toJsonl()).toBe(trace);
  });

  it('acting in the past drops later steps, and undo brings them back', () => {
    const session = new Session(scenario);
    session.seek(scenario.until);
    session.seek(1000);
    const later = scenario.steps.filter((s) => s.at > 1000).length;
    expect(later).toBeGreaterThan(0);
    session.act({ do: 'crash', node: 'n1' });
    expect(session.sim.scenario.steps.filter((s) => s.at > 1001)).toEqual([]);
    expect(session.sim.scenario.steps.at(-1)).toEqual({ at: 1001, do: 'crash', node: 'n1' });
    expect(session.canUndo()).toBe(true);
    session.undo();
    expect(session.sim.scenario.steps).toEqual(scenario.steps);
    expect(session.sim.now).toBe(1000);
  });

  it('acting at the front of the run keeps the scenario\'s later steps (the story goes on)', () => {
    const session = new Session(scenario);
    session.seek(1000);
    session.act({ do: 'crash', node: 'n1' });
    expect(session.canUndo()).toBe(false);
    expect(session.sim.scenario.steps.filter((s) => s.at > 1001).length).toBe(scenario.steps.filter((s) => s.at > 1001).length);
  });

  it('a fork keeps what was done at the front of a story before the fork point', () => {
    const session = new Session(scenario);
    session.seek(1000);
    session.act({ do: 'isolate', node: 'n3' }); // recorded after the story's later steps
    session.seek(6000);
    session.seek(3000);
    session.act({ do: 'heal' });
    const steps = session.sim.scenario.steps;
    expect(steps.filter((s) => s.at > 3001)).toEqual([]);
    expect(steps).toContainEqual({ at: 1001, do: 'isolate', node: 'n3' });
    expect(steps.map((s) => s.at)).toEqual([...steps.map((s) => s.at)].sort((a, b) => a - b));
    session.seek(5000);
    const replay = runScenario(session.sim.scenario, { trace: true }).recorder.toJsonl();
    expect(session.sim.recorder.toJsonl()).toBe(traceUpTo(replay, 5000));
  });

  it('acting in the past with no later steps forgets the old future, checkpoints included', () => {
    const session = new Session({ ...scenario, steps: [] });
    session.seek(5000);
    session.seek(1000);
    session.act({ do: 'crash', node: 'n1' });
    session.seek(4000);
    const replay = runScenario(session.sim.scenario, { trace: true }).recorder.toJsonl();
    expect(session.sim.recorder.toJsonl()).toBe(traceUpTo(replay, 4000));
  });

  it('acting at the front of a story keeps its steps in time order: the trace names the same steps as a replay', () => {
    const story = { ...scenario, steps: [...scenario.steps, { at: 9000, do: 'narrate' as const, text: 'later' }] };
    const session = new Session(story);
    session.seek(1500);
    session.act({ do: 'isolate', node: 'n2' });
    session.seek(3000);
    session.seek(1200); // from a checkpoint taken before the action was added
    session.seek(9500);
    const steps = session.sim.scenario.steps;
    expect(steps.map((s) => s.at)).toEqual([...steps.map((s) => s.at)].sort((a, b) => a - b));
    const replay = runScenario(session.sim.scenario, { trace: true }).recorder.toJsonl();
    expect(session.sim.recorder.toJsonl()).toBe(traceUpTo(replay, 9500));
  });

  it('a fork continues exactly as the forked scenario replayed from the start', () => {
    const session = new Session(scenario);
    session.seek(9000);
    session.seek(2000);
    session.act({ do: 'isolate', node: 'n2' });
    session.seek(8000);
    session.seek(3000);
    session.seek(8000);
    const replay = runScenario(session.sim.scenario, { trace: true }).recorder.toJsonl();
    expect(session.sim.recorder.toJsonl()).toBe(traceUpTo(replay, 8000));
  });

  it('actions recorded live replay identically from the scenario', () => {
    const session = new Session({ ...scenario, steps: [] });
    session.seek(800);
    session.act({ do: 'crash', node: 'leader' });
    session.seek(2500);
    session.act({ do: 'client', client: 'c9', op: { type: 'put', key: 'x', value: 'y' } });
    session.seek(1500); // back, then forward again through the recorded actions
    session.seek(5000);
    const replay = runScenario(session.sim.scenario, { trace: true }).recorder.toJsonl();
    expect(session.sim.recorder.toJsonl()).toBe(traceUpTo(replay, 5000));
  });

  it('refuses an action past the 10,000 steps a scenario may hold, saying why', () => {
    const steps = Array.from({ length: 10_000 }, () => ({ at: 9000, do: 'heal' as const }));
    const session = new Session({ ...scenario, steps });
    session.seek(100);
    expect(session.act({ do: 'crash', node: 'n1' })).toMatch(/10000 steps/);
    expect(session.sim.scenario.steps).toHaveLength(10_000);
  });
});
