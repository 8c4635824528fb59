// One fuzz seed: its generated fault scenario, run and checked (check-run.ts), and what the
// fuzzer's report needs of it (fuzz.ts).

import { scenarioToJson } from '../scenario';
import { fuzzScenario } from '../scenario/fuzz';
import type { BugName } from '../sim/scenario-types';
import { checkRun, type CheckResult } from './check-run';

export interface FuzzOptions {
  /** Nodes of every run; without it a seed picks 3, 5, 7 or 9. */
  nodes?: number;
  bugs: BugName[];
  clients: boolean;
  membership: boolean;
  loss?: number;
  duplicate?: number;
}

export interface SeedOutcome {
  seed: number;
  result: CheckResult;
  /** The failing scenario, to be written to fuzz-failures/. */
  scenarioJson?: string;
}

export function runSeed(seed: number, opts: FuzzOptions): SeedOutcome {
  const nodes = opts.nodes ?? [3, 5, 7, 9][seed % 4]!;
  const { loss, duplicate } = opts;
  const fuzz = fuzzScenario(seed, { nodes, bugs: opts.bugs, clients: opts.clients, membership: opts.membership, ...(loss ? { loss } : {}), ...(duplicate ? { duplicate } : {}) });
  const result = checkRun(fuzz);
  return result.ok ? { seed, result } : { seed, result, scenarioJson: scenarioToJson(fuzz.scenario, 2) + '\n' };
}
