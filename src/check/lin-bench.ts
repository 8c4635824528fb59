// What a benchmark script calls to time the linearizability checker (no timing in tests).

import { checkLinearizability, type LinearizabilityResult } from './linearizability';
import { generateHistory } from './lin-generate';

export interface LinearizabilityBenchmark {
  operations: number;
  clients: number;
  milliseconds: number;
  result: LinearizabilityResult;
}

/**
 * Times the checker on a generated concurrent history: by default 1,000 operations of 8
 * clients on 8 keys, 5% of them txns, 1% with an unknown outcome (a run with a few faults).
 */
export function benchmarkLinearizability(
  operations = 1000,
  { seed = 1, clients = 8, keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], txnRate = 0.05, unknownRate = 0.01, now = () => performance.now() } = {},
): LinearizabilityBenchmark {
  const trace = generateHistory({ seed, operations, clients, keys, txnRate, unknownRate });
  const start = now();
  const result = checkLinearizability(trace);
  return { operations, clients, milliseconds: now() - start, result };
}
