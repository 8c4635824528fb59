// The bug toggles' model on the page: applying switches keeps the steps and writes the
// bugs in SCENARIO.md's order (the canonical form the scenario parser also produces).
import { describe, expect, it } from 'vitest';
import { makeScenario, parseScenario } from '../../src/scenario';
import { BUG_NAMES } from '../../src/sim/scenario-types';
import { BUG_ORDER, withBugs } from '../../src/ui/views/bugs/bugs';

describe('bug toggles on the page', () => {
  it('lists every bug the engine knows, in its order', () => {
    expect(BUG_ORDER).toEqual(BUG_NAMES);
  });

  it('applies switches in canonical order and keeps the steps', () => {
    const scenario = makeScenario({ cluster: { bugs: ['forget-vote'] }, steps: [{ at: 5, do: 'heal' }] });
    const next = withBugs(scenario, new Set(['stale-leader-read', 'commit-old-term']));
    expect(next.cluster.bugs).toEqual(['commit-old-term', 'stale-leader-read']);
    expect(next.steps).toEqual(scenario.steps);
    const parsed = parseScenario(next);
    expect(parsed.ok && parsed.scenario.cluster.bugs).toEqual(next.cluster.bugs);
    expect(withBugs(scenario, new Set()).cluster.bugs).toEqual([]);
  });
});
