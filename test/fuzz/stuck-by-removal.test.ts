// A run that a removal leaves without any node able to win an election, as etcd would be
// (the removed leader's commit of its own removal never reached the others before it shut
// down), is not judged for liveness, and says why; any other run without a leader still
// fails. Fuzz seed 740 (--membership --loss 0.1 --duplicate 0.05) is such a run: n2 leads,
// removes n3 and then itself, and a partition cuts it off before n1 hears the commit.

import { describe, expect, it } from 'vitest';
import { checkRun } from '../../src/cli/check-run';
import { fuzzScenario } from '../../src/scenario/fuzz';
import { makeScenario } from '../../src/scenario';

describe('liveness after a removal that left the cluster stuck', () => {
  it('fuzz seed 740 is not judged for liveness, and the reason names the vote still needed', () => {
    const result = checkRun(fuzzScenario(740, { nodes: 3, clients: true, membership: true, loss: 0.1, duplicate: 0.05 }));
    expect(result).toMatchObject({ ok: true, notLive: expect.stringContaining("stuck by a removal: n1's configuration {n1, n2} needs n2") });
  });

  it('a cluster without a majority for any other reason still fails liveness', () => {
    const scenario = makeScenario({ seed: 1, cluster: { nodes: ['n1', 'n2', 'n3'] }, until: 6000, steps: [{ at: 1000, do: 'crash', node: 'n1' }, { at: 1000, do: 'crash', node: 'n2' }] });
    expect(checkRun({ scenario, healedAt: 1000 })).toMatchObject({ ok: false, property: 'Liveness' });
  });

  it('a healthy run is judged as usual', () => {
    const result = checkRun(fuzzScenario(741, { nodes: 5, clients: true, membership: true }));
    expect(result).toMatchObject({ ok: true });
    expect(result).not.toHaveProperty('notLive');
  });
});
