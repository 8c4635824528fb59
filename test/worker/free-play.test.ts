// Free play and stepping in the worker's session: playback runs on past a scenario's end
// (a lesson stops there once), faults can be recorded at any moment after it, the grown
// scenario replays exactly, and stepping stops at a narration that pauses, as Play does.

import { describe, expect, it } from 'vitest';
import { defaultScenario, makeScenario } from '../../src/scenario';
import { builtin } from '../../src/scenario/builtins';
import { runScenario } from '../../src/sim/run';
import type { Scenario } from '../../src/sim/scenario-types';
import { Session } from '../../src/worker/session';

function playFor(session: Session, wallMs: number): void {
  session.play();
  for (let t = 0; t < wallMs && session.playing; t += 16) session.advanceWall(16);
}

describe('free play', () => {
  it('the default cluster plays on past its until instead of ending', () => {
    const session = new Session({ ...defaultScenario(), until: 300 });
    session.setSpeed(10);
    playFor(session, 100);
    expect(session.playing).toBe(true);
    expect(session.sim.now).toBeGreaterThan(300);
    expect(session.sim.done).toBe(false);
    expect(session.scenario().until).toBe(session.sim.now);
  });

  it('a lesson stops once at its end, then Play runs on', () => {
    const lesson = builtin('split-vote') as Scenario;
    const session = new Session(lesson);
    session.setSpeed(100);
    session.seek(lesson.until - 50);
    playFor(session, 1000);
    expect(session.playing).toBe(false);
    expect(session.sim.now).toBe(lesson.until);
    expect(session.frame().paused).toBe('end');
    playFor(session, 100);
    expect(session.sim.now).toBeGreaterThan(lesson.until);
  });

  it('a fault after the end is recorded, the until covers it, and the scenario replays exactly', () => {
    const base = defaultScenario();
    const session = new Session({ ...base, until: 1000, steps: base.steps.filter((s) => s.at <= 1000) });
    session.seek(1000);
    expect(session.act({ do: 'crash', node: 'leader' })).toBeUndefined();
    expect(session.scenario().steps.at(-1)).toEqual({ at: 1001, do: 'crash', node: 'leader' });
    session.setSpeed(10);
    playFor(session, 50);
    session.pause();
    const shared = structuredClone(session.scenario());
    expect(shared.until).toBe(session.sim.now);
    expect(shared.until).toBeGreaterThan(1001);
    // The share link's scenario, run headless, gives the page's trace up to the same time.
    const headless = runScenario(shared, { trace: true }).recorder.toJsonl();
    const page = session.sim.recorder.toJsonl();
    expect(headless.startsWith(page)).toBe(true);
    expect(headless.slice(page.length)).toMatch(/^\{"t":\d+,"ev":"end"\}\n$/);
  });

  it('a run that reached its very end (runTo) is run again with a later end to act on', () => {
    const session = new Session({ ...defaultScenario(), until: 800 });
    session.runTo(800, false);
    expect(session.sim.done).toBe(true);
    const before = session.sim.recorder.toJsonl();
    expect(session.act({ do: 'crash', node: 'n1' })).toBeUndefined();
    expect(session.scenario().until).toBe(801);
    // Everything up to the old end is the same run, less its end event.
    expect(before.startsWith(session.sim.recorder.since(0).filter((e) => e.t <= 800).map((e) => JSON.stringify(e) + '\n').join(''))).toBe(true);
  });

  it('seeking back after free play replays the longer run from its checkpoints', () => {
    const session = new Session({ ...defaultScenario(), until: 600 });
    session.setSpeed(20);
    playFor(session, 200);
    session.pause();
    const end = session.sim.now;
    const trace = session.sim.recorder.toJsonl();
    session.seek(100);
    session.seek(end);
    expect(session.sim.recorder.toJsonl()).toBe(trace);
  });
});

describe('stepping stops where Play stops', () => {
  const scenario = makeScenario({
    until: 3000,
    steps: [{ at: 400, do: 'narrate', text: 'predict', question: { ask: 'Who wins?', choices: ['a', 'b'], answer: 0 } }],
  });

  it('Next delivery does not walk past a question', () => {
    const session = new Session(scenario);
    session.seek(399);
    for (let i = 0; i < 50 && session.sim.now < 400; i++) session.step('delivery');
    expect(session.sim.now).toBe(400);
    expect(session.frame().paused).toBe('narration');
  });

  it('Step stops on the question before the events after it', () => {
    const session = new Session(scenario);
    session.seek(390);
    for (let i = 0; i < 500 && session.sim.now < 400; i++) session.step('event');
    expect(session.sim.now).toBe(400);
  });
});
