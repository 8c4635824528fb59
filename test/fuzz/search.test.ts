// The counterexample search (SCENARIO.md "Bug toggles"): it finds a violation for a broken
// rule, the shrunk scenario still shows it, and the same scenario without the bug is clean.

import { describe, expect, it } from 'vitest';
import { fuzzScenario } from '../../src/scenario/fuzz';
import { shrink, violationOf } from '../../src/cli/search';

describe('counterexample search', () => {
  it('skip-vote-log-check: found within 10 seeds; the shrunk run still fails, and passes without the bug', () => {
    let found: ReturnType<typeof violationOf>;
    let scenario;
    for (let seed = 1; seed <= 10 && !found; seed++) {
      scenario = fuzzScenario(seed, { nodes: [3, 5, 7, 9][(seed - 1) % 4] as number, bugs: ['skip-vote-log-check'], clients: true }).scenario;
      found = violationOf(scenario);
    }
    expect(found?.property).toBe('Leader Completeness');
    const small = shrink(scenario!, found!);
    expect(small.steps.length).toBeLessThanOrEqual(scenario!.steps.length);
    expect(small.until).toBeLessThanOrEqual(scenario!.until);
    expect(violationOf(small)?.property).toBe('Leader Completeness');
    expect(violationOf({ ...small, cluster: { ...small.cluster, bugs: [] } })).toBeUndefined();
  });
});
