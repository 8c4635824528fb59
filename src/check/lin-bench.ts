// What a benchmark script calls to time the linearizability checker (no timing in tests).

import { checkLinearizability, type LinearizabilityResult } from './linearizability';
import { generateHistory } from './lin-generate';

export interface LinearizabilityBenchmark {
  operations: number;
  clients: number;
  milliseconds: number;
  result: LinearizabilityResult;
}

/** Times the checker on a generated concurrent history (1,000 operations by default). */
export function benchmarkLinearizability(
  operations = 1000,
  { seed = 1, clients = 8, unknownRate = 0.05, now = () => performance.now() } = {},
): LinearizabilityBenchmark {
  const trace = generateHistory({ seed, operations, clients, unknownRate });
  const start = now();
  const result = checkLinearizability(trace);
  return { operations, clients, milliseconds: now() - start, result };
}
