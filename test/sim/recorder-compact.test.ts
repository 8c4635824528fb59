// The recorder keeps Raft sends and receives compactly while nobody listens (issue 17): the
// events read back, the JSON Lines written and the events seen by a time-travel replay must
// be exactly those of a recorder that builds every event as an object (one with a listener).

import { describe, expect, it } from 'vitest';
import { BUILTINS } from '../../src/scenario/builtins';
import { fuzzScenario } from '../../src/scenario/fuzz';
import { Recorder } from '../../src/sim/recorder';
import { createSimulation, runScenario } from '../../src/sim/run';
import { Timeline } from '../../src/sim/timeline';
import type { Scenario } from '../../src/sim/scenario-types';
import type { TraceEvent } from '../../src/sim/trace-types';

/** The same run, every event built as an object (a recorder with a listener keeps no event compactly). */
function listenedRun(scenario: Scenario): TraceEvent[] {
  const sim = createSimulation(scenario, { trace: true });
  let heard = 0;
  sim.recorder.listen(() => heard++);
  sim.runUntil(scenario.until);
  expect(heard).toBe(sim.recorder.count - 1); // all but the start, recorded before the listener came
  return sim.recorder.events.slice();
}

const scenarios: Scenario[] = [
  ...BUILTINS.filter((b) => ['leader-crash', 'log-repair', 'election-watch-chain', 'snapshot-catch-up'].includes(b.id)).map((b) => b.scenario),
  fuzzScenario(4, { nodes: 5, clients: true, membership: true, loss: 0.1, duplicate: 0.1 }).scenario,
];

describe('compact trace storage', () => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s: events, JSON Lines and slices are those built as objects', (_name, scenario) => {
    const expected = listenedRun(scenario);
    const compact = runScenario(scenario, { trace: true }).recorder;
    const half = Math.floor(expected.length / 2);
    // A slice read first leaves the rest compact; reading it all then expands the rest.
    expect(compact.since(half)).toEqual(expected.slice(half));
    expect(compact.toJsonl()).toBe(expected.map((e) => JSON.stringify(e) + '\n').join(''));
    expect(compact.events).toEqual(expected);
    expect(JSON.stringify(compact.events)).toBe(JSON.stringify(expected));
  });

  it('builds sends, receives, appends, commits and applies kept compactly as the recorder would', () => {
    const recorder = new Recorder(true);
    recorder.send(1, 1, 'n1', 'n2', 9, { kind: 'raft', msg: { type: 'append', from: 'n1', to: 'n2', term: 2, index: 3, logTerm: 1, entries: [], commit: 3 } });
    recorder.recv(9, 1, 'n1', 'n2');
    // A receive that does not match its send (another arrival time) is kept as it is.
    recorder.recv(10, 1, 'n1', 'n2');
    recorder.now = 11;
    recorder.append('n2', 4, 2, '2:put a=1 c1#1');
    recorder.commit('n2', 4);
    recorder.apply('n2', 4, 2, '2:put a=1 c1#1', 7, { client: 'c1', call: 3, duplicate: true });
    recorder.apply('n2', 5, 2, '2:noop', 7);
    expect(JSON.stringify(recorder.events)).toBe(
      JSON.stringify([
        { t: 1, ev: 'send', id: 1, from: 'n1', to: 'n2', at: 9, msg: { type: 'append', term: 2, index: 3, logTerm: 1, entries: 0, commit: 3 } },
        { t: 9, ev: 'recv', id: 1, from: 'n1', to: 'n2' },
        { t: 10, ev: 'recv', id: 1, from: 'n1', to: 'n2' },
        { t: 11, ev: 'append', node: 'n2', index: 4, term: 2, entry: '2:put a=1 c1#1' },
        { t: 11, ev: 'commit', node: 'n2', index: 4 },
        { t: 11, ev: 'apply', node: 'n2', index: 4, term: 2, entry: '2:put a=1 c1#1', revision: 7, client: 'c1', call: 3, duplicate: true },
        { t: 11, ev: 'apply', node: 'n2', index: 5, term: 2, entry: '2:noop', revision: 7 },
      ]),
    );
  });

  it('a seek back replays over compact events without a divergence', () => {
    const scenario = BUILTINS.find((b) => b.id === 'log-repair')?.scenario as Scenario;
    const timeline = new Timeline(scenario, 'throw');
    timeline.runUntil(scenario.until);
    const before = timeline.sim.recorder.toJsonl();
    timeline.seek(Math.floor(scenario.until / 3));
    timeline.runUntil(scenario.until);
    expect(timeline.divergence).toBeUndefined();
    expect(timeline.sim.recorder.toJsonl()).toBe(before);
  });
});
