// Property tests: many seeds of random faults, each trace checked for every Raft safety
// property and for liveness once the faults heal. Longer campaigns: `npm run fuzz`.

import { describe, expect, it } from 'vitest';
import { checkRun, checkTrace } from '../../src/cli/check-run';
import { fuzzScenario } from '../../src/scenario/fuzz';
import { makeScenario } from '../../src/scenario';
import { checkSafety } from '../../src/check';
import { runScenario } from '../../src/sim/run';

const SIZES = [3, 5, 7, 9];

describe('fuzz: Raft safety, linearizability, the election recipe and liveness under random faults', () => {
  for (const nodes of SIZES) {
    it(`${nodes} nodes, 80 seeds`, () => {
      const failures: string[] = [];
      for (let seed = 1; seed <= 80; seed++) {
        const result = checkRun(fuzzScenario(seed * 7919 + nodes, { nodes, clients: true }));
        if (!result.ok) failures.push(`seed ${seed * 7919 + nodes}: ${result.property}: ${result.message}`);
      }
      expect(failures).toEqual([]);
    });
  }
});

describe('fuzz with membership changes: quorums that change under random faults', () => {
  it('adds, learners, promotions and removals mixed into the faults, 48 seeds over 3 to 9 nodes', () => {
    const failures: string[] = [];
    let changes = 0;
    for (let seed = 1; seed <= 48; seed++) {
      const nodes = SIZES[seed % 4] as number;
      const fuzz = fuzzScenario(seed * 104729 + nodes, { nodes, clients: true, membership: true });
      const sim = runScenario(fuzz.scenario, { trace: true });
      changes += sim.recorder.events.filter((e) => e.ev === 'member').length;
      const result = checkTrace(sim.recorder.events, fuzz);
      if (!result.ok) failures.push(`seed ${seed * 104729 + nodes}: ${result.property}: ${result.message}`);
    }
    expect(failures).toEqual([]);
    // The generator really changes membership (most steps meet a leader that takes them).
    expect(changes).toBeGreaterThan(48);
  });

  it('a leader that removes itself lingers a second, as etcd does, so the last voter can still take over (seed 2368)', () => {
    // Removing n1, then the leader n3, leaves n2 as the only voter; the n3 broadcast that
    // committed its removal is lost. n2 still needs n3's vote under the old configuration,
    // which n3 gives during the second before it stops.
    const fuzz = fuzzScenario(2368, { nodes: SIZES[2368 % 4] as number, clients: true, membership: true });
    const sim = runScenario(fuzz.scenario, { trace: true });
    expect(checkTrace(sim.recorder.events, fuzz)).toMatchObject({ ok: true });
    const removed = sim.recorder.events.find((e) => e.ev === 'removed' && e.node === 'n3');
    const applied = sim.recorder.events.find((e) => e.ev === 'member' && e.node === 'n3' && e.change === 'remove');
    // It did not stop the moment it applied its removal (it stops a second later, or when a
    // member that knows refuses it, whichever comes first).
    expect(removed && applied && removed.t - applied.t).toBeGreaterThan(0);
  });
});

describe('fuzz: watches through broken connections', () => {
  it('watchers live through every fault: their streams break and resume, and every watch guarantee holds (40 seeds)', () => {
    const failures: string[] = [];
    let resumed = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const fuzz = fuzzScenario(seed * 31337, { nodes: SIZES[seed % 4] as number, clients: true, membership: true });
      const sim = runScenario(fuzz.scenario, { trace: true });
      resumed += sim.recorder.events.filter((e) => e.ev === 'watch-resume').length;
      const result = checkTrace(sim.recorder.events, fuzz);
      if (!result.ok) failures.push(`seed ${seed * 31337}: ${result.property}: ${result.message}`);
    }
    expect(failures).toEqual([]);
    expect(resumed).toBeGreaterThan(10);
  });
});

describe('fuzz: duplicated Raft messages and loss on every link', () => {
  it('20 seeds with 10% loss and 20% duplicates: every check holds, and copies really fly', () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 20; seed++) {
      const fuzz = fuzzScenario(seed * 613, { nodes: SIZES[seed % 4] as number, clients: true, loss: 0.1, duplicate: 0.2 });
      expect(fuzz.scenario.network.duplicate).toBe(0.2);
      const result = checkRun(fuzz);
      if (!result.ok) failures.push(`seed ${seed * 613}: ${result.property}: ${result.message}`);
    }
    expect(failures).toEqual([]);
    const plain = fuzzScenario(613, { nodes: 3, clients: true, loss: 0.1 });
    const sends = (sc: typeof plain.scenario) => runScenario({ ...sc, until: 3000 }, { trace: true }).recorder.events.filter((e) => e.ev === 'send').length;
    expect(sends({ ...plain.scenario, network: { ...plain.scenario.network, duplicate: 0.2 } })).toBeGreaterThan(sends(plain.scenario));
  });
});

describe('fuzz: the checker catches rules broken on purpose', () => {
  it('skip-vote-log-check: a violation is found within 50 seeds', () => {
    const found = firstFailure('skip-vote-log-check', 50);
    expect(found?.property).toBe('Leader Completeness');
  });

  it('forget-vote: a restarted node that forgot its vote votes again; the checker names it', () => {
    const scenario = makeScenario({
      cluster: { nodes: ['n1', 'n2', 'n3'], preVote: false, checkQuorum: false, electionTimeout: [1000, 1200], bugs: ['forget-vote'] },
      until: 900,
      steps: [
        { at: 0, do: 'link', from: 'n1', to: 'n3', state: 'down' },
        { at: 0, do: 'link', from: 'n3', to: 'n1', state: 'down' },
        { at: 10, do: 'timeout', node: 'n1' }, // term 1: n2 votes for n1 (by about 25 ms)
        { at: 30, do: 'crash', node: 'n2' },
        { at: 30, do: 'link', from: 'n1', to: 'n2', state: 'down' }, // n1's appends stay away from n2
        { at: 31, do: 'restart', node: 'n2' }, // n2 forgot its vote
        { at: 40, do: 'timeout', node: 'n3' }, // term 1 again: n2 votes for n3 too
      ],
    });
    const violations = checkSafety(runScenario(scenario, { trace: true }).recorder.events);
    expect(violations.map((v) => v.property)).toContain('One Vote Per Term');
    expect(violations.map((v) => v.property)).toContain('Election Safety');
    const clean = checkSafety(runScenario({ ...scenario, cluster: { ...scenario.cluster, bugs: [] } }, { trace: true }).recorder.events);
    expect(clean).toEqual([]);
  });
});

function firstFailure(bug: 'skip-vote-log-check', seeds: number) {
  for (let seed = 1; seed <= seeds; seed++) {
    const result = checkRun(fuzzScenario(seed, { nodes: SIZES[seed % 4] as number, bugs: [bug] }), false);
    if (!result.ok) return result;
  }
  return undefined;
}
