import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../src/scenario';
import { runBareLoop } from '../../src/sim/bare-loop';

describe('bare Raft loop (the benchmark reference)', () => {
  const cluster = makeScenario({ cluster: { nodes: ['n1', 'n2', 'n3', 'n4', 'n5'] } }).cluster;

  it('elects a leader and commits every proposal made well before the end', () => {
    // 100 proposals (1000..1990 ms) plus the leader's no-op, committed long before 3000 ms.
    const applied = runBareLoop({ cluster, latency: [5, 15], from: 1000, every: 10, until: 3000, seed: 1, stopProposingAt: 2000 });
    expect(applied).toBe(101);
  });

  it('is deterministic for one seed', () => {
    const load = { cluster, latency: [5, 15] as const, from: 1000, every: 10, until: 2500, seed: 7 };
    expect(runBareLoop(load)).toBe(runBareLoop(load));
  });
});
