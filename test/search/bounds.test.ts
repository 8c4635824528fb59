// The counterexample search (SCENARIO.md "Bug toggles"): for every bug toggle that breaks a
// rule, the search finds a violation within the stated bound of seeds; the shrunk scenario
// is short, survives a round trip through FOUND.json and still fails the same way, and the
// same scenario without the bug is clean. keep-commit-on-restart breaks no rule: nothing
// is found. (How many seeds each bug needs from other first seeds: npm run bench.)

import { describe, expect, it } from 'vitest';
import { parseScenarioJson, scenarioToJson } from '../../src/scenario';
import { SEED_BOUNDS, searchCounterexample } from '../../src/search/search';
import { violationOf } from '../../src/search/violation';
import type { BugName, Scenario } from '../../src/sim/scenario-types';

const EXPECTED: [BugName, string][] = [
  ['commit-old-term', 'Leader Completeness'],
  ['forget-vote', 'One Vote Per Term'],
  ['skip-vote-log-check', 'Leader Completeness'],
  ['skip-append-check', 'Log Matching'],
  ['stale-leader-read', 'Linearizability'],
];

function throughFile(scenario: Scenario): Scenario {
  const parsed = parseScenarioJson(scenarioToJson(scenario, 2));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario;
}

describe('counterexample search', () => {
  for (const [bug, property] of EXPECTED) {
    it(`${bug}: found within ${SEED_BOUNDS[bug]} seeds (${property}); the shrunk run reproduces it and is clean without the bug`, { timeout: 30_000 }, () => {
      const result = searchCounterexample(bug);
      if (!result.found) throw new Error(`${bug}: nothing found in ${result.tried} seeds`);
      expect(result.tried).toBeLessThanOrEqual(SEED_BOUNDS[bug]);
      expect(result.property).toBe(property);
      expect(result.scenario.steps.length).toBeLessThanOrEqual(result.originalSteps);
      expect(result.scenario.cluster.bugs).toEqual([bug]);
      const found = throughFile(result.scenario);
      expect(violationOf(found)?.property).toBe(property);
      expect(violationOf({ ...found, cluster: { ...found.cluster, bugs: [] } })).toBeUndefined();
    });
  }

  it('keep-commit-on-restart: nothing in 50 seeds; the commit index survives a crash safely', { timeout: 30_000 }, () => {
    expect(searchCounterexample('keep-commit-on-restart', { seeds: 50 })).toEqual({ found: false, bug: 'keep-commit-on-restart', tried: 50 });
  });

  it('reports every seed tried, then its shrinking runs', () => {
    const seen: string[] = [];
    const result = searchCounterexample('stale-leader-read', { firstSeed: 1, onProgress: (p) => seen.push(p.phase === 'search' ? `seed ${p.tried}/${p.seeds}` : 'shrink') });
    expect(result.found && result.tried).toBe(2);
    expect(seen.slice(0, 3)).toEqual(['seed 1/50', 'seed 2/50', 'shrink']);
  });
});
