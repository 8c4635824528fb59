// Opening a run at a later time in slices (worker/opening.ts): the page gets the run's start
// at once and the replay comes in pieces; where it ends must be exactly where a load in one
// go ends, and the worker holds back every command that would touch the run meanwhile.

import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../src/scenario';
import type { Scenario, Step } from '../../src/sim/scenario-types';
import { handledWhileOpening, Opening } from '../../src/worker/opening';
import { Session } from '../../src/worker/session';

function busyRun(until: number): Scenario {
  const steps: Step[] = [];
  for (let t = 200; t < until; t += 37) steps.push({ at: t, do: 'client', client: `c${steps.length % 3}`, op: { type: 'put', key: `k${steps.length % 7}`, value: String(t) } });
  steps.push({ at: Math.floor(until / 2), do: 'crash', node: 'leader' }, { at: Math.floor(until / 2) + 800, do: 'restart', node: 'n1' });
  steps.sort((a, b) => a.at - b.at);
  return makeScenario({ cluster: { nodes: ['n1', 'n2', 'n3'] }, until, steps });
}

/** A clock that moves `step` ms each time it is read: each slice stops after a few seeks. */
function steppingClock(step: number): () => number {
  let now = 0;
  return () => (now += step);
}

describe('opening a run at a later time in slices', () => {
  it('ends where a load in one go ends: same time, same trace, same frame', () => {
    const scenario = busyRun(6000);
    const whole = new Session(scenario);
    whole.load(scenario, 4321);

    const sliced = new Session(scenario);
    sliced.load(scenario, 0);
    const opening = new Opening(4321, sliced);
    const clock = steppingClock(50);
    let slices = 0;
    const reached: number[] = [];
    while (!opening.slice(clock)) {
      slices++;
      reached.push(opening.reached);
    }
    expect(slices).toBeGreaterThan(2);
    expect(reached).toEqual([...reached].sort((a, b) => a - b));
    expect(sliced.sim.now).toBe(4321);
    expect(sliced.sim.recorder.toJsonl()).toBe(whole.sim.recorder.toJsonl());
    expect(JSON.stringify(sliced.frame().nodes)).toBe(JSON.stringify(whole.frame().nodes));
  });

  it('stops at the run’s end when the moment asked for lies beyond it', () => {
    const scenario = busyRun(2000);
    const session = new Session(scenario);
    session.load(scenario, 0);
    const opening = new Opening(9000, session);
    expect(opening.target).toBe(2000);
    while (!opening.slice(steppingClock(1000))) {
      /* slices */
    }
    expect(session.sim.now).toBe(2000);
  });

  it('lets only a new load and page bookkeeping through while the run opens', () => {
    expect(handledWhileOpening({ type: 'load', scenario: makeScenario() })).toBe(true);
    expect(handledWhileOpening({ type: 'frame-ack' })).toBe(true);
    expect(handledWhileOpening({ type: 'visible', visible: false })).toBe(true);
    for (const held of [{ type: 'play' }, { type: 'seek', time: 5 }, { type: 'request', id: 1, what: 'scenario' }, { type: 'act', action: { do: 'crash', node: 'n1' } }] as const) {
      expect(handledWhileOpening(held as never)).toBe(false);
    }
  });
});
