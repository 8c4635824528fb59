// Running a whole scenario headless (the runner, the fuzzer, tests and benchmarks).

import { countingMachine } from '../cluster/machine';
import { kvMachineFactory } from '../cluster/kv-machine';
import { minLeaseTtlFor } from '../cluster/frontend';
import type { Scenario } from './scenario-types';
import { Simulation } from './simulation';

export interface RunOptions {
  readonly trace: boolean;
  /** Without the key-value store: the engine alone, for benchmarks (default: with it). */
  readonly store?: boolean;
}

export function createSimulation(scenario: Scenario, opts: RunOptions): Simulation {
  const machine = opts.store === false ? countingMachine : kvMachineFactory(minLeaseTtlFor(scenario.cluster.electionTimeout[0]));
  const sim = new Simulation(scenario, { trace: opts.trace, machine });
  sim.start();
  return sim;
}

export function runScenario(scenario: Scenario, opts: RunOptions): Simulation {
  const sim = createSimulation(scenario, opts);
  sim.runUntil(scenario.until);
  return sim;
}

/** The one-line summary `run --no-trace` prints (TRACE.md). */
export function summarizeRun(sim: Simulation): { until: number; events: number; leader: string | null; term: number | null; revision: number | null } {
  const leader = sim.leader();
  return {
    until: sim.scenario.until,
    events: sim.recorder.count,
    leader: leader?.id ?? null,
    term: leader?.node.term ?? null,
    revision: leader ? leader.machine.revision() : null,
  };
}
