// Property tests: many seeds of random faults, each trace checked for every Raft safety
// property and for liveness once the faults heal. Longer campaigns: `npm run fuzz`.

import { describe, expect, it } from 'vitest';
import { checkRun } from '../../src/cli/check-run';
import { fuzzScenario } from '../../src/scenario/fuzz';

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

describe('fuzz: the checker catches rules broken on purpose', () => {
  it('skip-vote-log-check: a violation is found within 50 seeds', () => {
    const found = firstFailure('skip-vote-log-check', 50);
    expect(found?.property).toBe('Leader Completeness');
  });

  it('forget-vote: two votes in one term are found within 200 seeds', () => {
    const found = firstFailure('forget-vote', 200);
    expect(found?.property).toMatch(/One Vote Per Term|Election Safety/);
  });
});

function firstFailure(bug: 'skip-vote-log-check' | 'forget-vote', seeds: number) {
  for (let seed = 1; seed <= seeds; seed++) {
    const result = checkRun(fuzzScenario(seed, { nodes: SIZES[seed % 4] as number, bugs: [bug] }), false);
    if (!result.ok) return result;
  }
  return undefined;
}
