// Time travel verifies itself (issue 15 item 9): a replay from a checkpoint that regenerates
// an event other than the recorded one is caught, at the first differing event; ordinary
// seeks over the built-in lessons never are.

import { describe, expect, it } from 'vitest';
import { BUILTINS } from '../../src/scenario/builtins';
import { firstDifference, ReplayDivergenceError } from '../../src/sim/replay-check';
import { runScenario } from '../../src/sim/run';
import { Timeline } from '../../src/sim/timeline';
import type { Scenario } from '../../src/sim/scenario-types';

const scenarioOf = (id: string): Scenario => {
  const b = BUILTINS.find((x) => x.id === id);
  if (!b) throw new Error(`no builtin ${id}`);
  return b.scenario;
};

/** A run to `ahead` whose checkpoints share the live run's random streams, then a seek back to `back`. */
function brokenSeek(mode: 'throw' | 'mark', ahead: number, back: number): Timeline {
  const timeline = new Timeline(scenarioOf('election-watch-chain'), mode);
  timeline.breakCheckpointsForTest();
  timeline.runUntil(ahead);
  timeline.seek(back);
  return timeline;
}

describe('firstDifference', () => {
  it('names the first differing field with both values, key order included', () => {
    expect(firstDifference({ t: 1, ev: 'send', at: 40 }, { t: 1, ev: 'send', at: 52 }, 'send')).toBe('send.at: recorded 40, replayed 52');
    expect(firstDifference({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] }, 'e')).toBe('e.a[1].b: recorded "x", replayed "y"');
    expect(firstDifference({ a: 1, b: 2 }, { b: 2, a: 1 }, 'e')).toContain('fields ["a","b"] recorded, ["b","a"] replayed');
    expect(firstDifference({ a: 1 }, { a: 1, x: true }, 'e')).toContain('fields');
    expect(firstDifference({ a: [1, 2] }, { a: [1] }, 'e')).toBe('e.a: 2 items recorded, 1 replayed');
    expect(firstDifference({ a: [1, { b: null }] }, { a: [1, { b: null }] }, 'e')).toBeUndefined();
  });
});

describe('replay check', () => {
  it('throws at the first regenerated event that differs from the recorded one, naming it', () => {
    // The index the replay really leaves the run at: the first line of the marked run that differs.
    const recorded = new Timeline(scenarioOf('election-watch-chain'));
    recorded.runUntil(6000);
    const lines = recorded.sim.recorder.toJsonl().split('\n');
    const marked = brokenSeek('mark', 6000, 3200);
    marked.runUntil(6000);
    const replayed = marked.sim.recorder.toJsonl().split('\n');
    const firstDiffering = lines.findIndex((l, i) => l !== replayed[i]);
    expect(firstDiffering).toBeGreaterThan(0);

    let caught: unknown;
    try {
      brokenSeek('throw', 6000, 3200).runUntil(6000);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ReplayDivergenceError);
    const d = (caught as ReplayDivergenceError).divergence;
    expect(d.index).toBe(firstDiffering);
    expect(d.at).toBe((JSON.parse(lines[firstDiffering] as string) as { t: number }).t);
    expect(d.at).toBeGreaterThanOrEqual(3000); // replayed from the checkpoint at or before 3200
    expect(d.detail).toMatch(/^\w[\w-]*\.\S+: recorded .+, replayed .+/);
    expect((caught as Error).message).toContain(`event ${firstDiffering} (${d.at} ms)`);
  });

  it("marks the run in 'mark' mode, keeps the first divergence and carries on with the regenerated run", () => {
    const marked = brokenSeek('mark', 6000, 3200);
    const first = marked.divergence;
    expect(first).toBeDefined();
    marked.runUntil(7000);
    marked.seek(3100);
    marked.runUntil(7000);
    expect(marked.divergence).toEqual(first);
    // What the page's trace holds is what the views show: the regenerated run, line for line.
    const jsonl = marked.sim.recorder.toJsonl();
    expect(jsonl.split('\n').length - 1).toBe(marked.sim.recorder.count);
  });

  it('a sound clone never diverges: seeks back and forth over the built-in lessons replay the recorded run', () => {
    for (const b of BUILTINS) {
      const until = b.scenario.until;
      const expected = runScenario(b.scenario, { trace: true }).recorder.toJsonl();
      const timeline = new Timeline(b.scenario);
      timeline.runUntil(until);
      for (const at of [Math.floor(until / 3), Math.floor(until / 2) + 137, 1, Math.floor((2 * until) / 3)]) {
        timeline.seek(at);
        timeline.stepBack();
        timeline.seek(at + 777);
      }
      timeline.runUntil(until);
      expect(timeline.divergence, b.id).toBeUndefined();
      expect(timeline.sim.recorder.toJsonl(), b.id).toBe(expected);
    }
  });
});
