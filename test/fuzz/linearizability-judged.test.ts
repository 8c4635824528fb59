// The linearizability check judges most calls of fault runs (issue 15): timed-out writes
// are settled from the apply events and range reads are projected, so that in runs with
// message loss, client links breaking and membership changes at least 90% of the
// key-value calls are judged, and every run still passes.

import { describe, expect, it } from 'vitest';
import { checkRun } from '../../src/cli/check-run';
import { JudgedTally } from '../../src/cli/judged-tally';
import { fuzzScenario } from '../../src/scenario/fuzz';

describe('fuzz: how much the linearizability check judges under faults', () => {
  it('loss 0.2 on every link with membership changes, 60 seeds over 3 to 9 nodes: at least 90% judged', () => {
    const tally = new JudgedTally();
    const failures: string[] = [];
    let unknownWrites = 0;
    let settled = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const result = checkRun(fuzzScenario(seed, { nodes: [3, 5, 7, 9][seed % 4] as number, clients: true, membership: true, loss: 0.2 }));
      if (!result.ok) failures.push(`seed ${seed}: ${result.property}: ${result.message}`);
      tally.add(result.lin);
      unknownWrites += result.lin?.unjudged['unknown-outcome'] ?? 0;
      settled += result.lin?.settledByApply ?? 0;
    }
    expect(failures).toEqual([]);
    // These runs time out writes: the applies must be what settles them.
    expect(settled).toBeGreaterThan(30);
    expect(unknownWrites).toBe(0);
    expect(tally.fraction, tally.line()).toBeGreaterThanOrEqual(0.9);
  });
});
