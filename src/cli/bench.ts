// `npm run bench`: speed, measured (never asserted in tests). Prints one line per figure
// and a JSON summary at the end. See README "Benchmarks" for recorded figures.

import { benchmarkLinearizability } from '../check';
import { makeScenario } from '../scenario';
import { fuzzScenario } from '../scenario/fuzz';
import { runScenario } from '../sim/run';
import { Timeline } from '../sim/timeline';
import { Rng } from '../sim/prng';
import { runBareLoop } from '../sim/bare-loop';
import type { Scenario, Step } from '../sim/scenario-types';
import { liveChecksCost } from './bench-checks';
import { reportBugSearches } from './bench-search';
import { checkRun } from './check-run';

const VIRTUAL_SECONDS = 60;

/** A steady load: 100 puts per virtual second from 10 clients, 5-15 ms latency. */
export function loadScenario(nodes: number, seconds = VIRTUAL_SECONDS): Scenario {
  const steps: Step[] = [];
  for (let t = 1000; t < seconds * 1000; t += 10) {
    const i = steps.length;
    steps.push({ at: t, do: 'client', client: `c${i % 10}`, op: { type: 'put', key: `k${i % 50}`, value: `v${i}` } });
  }
  return makeScenario({ name: `load ${nodes} nodes`, cluster: { nodes: Array.from({ length: nodes }, (_, i) => `n${i + 1}`), snapshotEntries: 1000 }, network: { latency: [5, 15] }, until: seconds * 1000, steps });
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/** Milliseconds of this process's CPU time (all its threads, the garbage collector's included). */
function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The fastest of `runs` timings, in CPU time: on a machine shared with other work, wall time
 * measures the neighbours too (on an idle one the two agree within the collector's threads).
 */
function bestMs(fn: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, cpuMs(fn));
  return best;
}

function engineSpeed(nodes: number, trace: boolean, store: boolean): number {
  const scenario = loadScenario(nodes);
  return scenario.until / bestMs(() => runScenario(scenario, { trace, store })); // virtual ms per wall ms = simulated seconds per wall second
}

/** The reference: the same nodes, load and latencies as loadScenario through a bare Raft loop (sim/bare-loop.ts). */
function bareLoopSpeed(nodes: number): number {
  const { cluster, network, until } = loadScenario(nodes);
  return until / bestMs(() => runBareLoop({ cluster, latency: network.latency, from: 1000, every: 10, until, seed: 1 }));
}

function putsPerSecond(nodes: number): number {
  const scenario = loadScenario(nodes);
  const { value: sim, ms } = timed(() => runScenario(scenario, { trace: false }));
  const puts = sim.servers.get('n1')?.machine.revision() ?? 0;
  return (puts / ms) * 1000;
}

/** Seeds checked a CPU minute in this one process (one core); `long`: 30-virtual-second runs (20 s of faults, then 9.8 s to recover). */
function fuzzSeedsPerMinute(seeds = 40, long = false): number {
  const phases = long ? { faultPhase: 20_000, livenessPhase: 9_800 } : {};
  const ms = cpuMs(() => {
    for (let seed = 1; seed <= seeds; seed++) checkRun(fuzzScenario(seed, { nodes: [3, 5, 7, 9][seed % 4] as number, clients: true, ...phases }));
  });
  return (seeds / ms) * 60_000;
}

type Report = (name: string, value: number, unit: string) => void;

/** The engine's figures of issue 17: `npm run bench -- --engine` prints only these. */
function reportEngine(report: Report, results: Record<string, number>): void {
  for (const nodes of [5, 9]) {
    report(`bare Raft loop ${nodes} nodes (reference)`, bareLoopSpeed(nodes), 'x (virtual s per CPU s)');
    report(`engine+store ${nodes} nodes, no trace`, engineSpeed(nodes, false, true), 'x (virtual s per CPU s)');
    report(`engine+store ${nodes} nodes, with trace`, engineSpeed(nodes, true, true), 'x (virtual s per CPU s)');
    report(`engine alone ${nodes} nodes, no trace`, engineSpeed(nodes, false, false), 'x (virtual s per CPU s)');
  }
  results['store slowdown 5 nodes'] = Math.round((results['engine alone 5 nodes, no trace']! / results['engine+store 5 nodes, no trace']!) * 100) / 100;
  console.log(`${'store slowdown 5 nodes'.padEnd(44)} ${String(results['store slowdown 5 nodes']).padStart(10)} x`);
  report('fuzz seeds (safety + linearizability + liveness)', fuzzSeedsPerMinute(), 'seeds per CPU minute');
  report('fuzz seeds, 30-virtual-second runs', fuzzSeedsPerMinute(20, true), 'seeds per CPU minute');
}

/** A 10-minute run: 15 puts a second, the leader crashed every minute and restarted 5 s later. */
export function tenMinuteRun(): Scenario {
  const steps: Step[] = [];
  for (let t = 1000; t < 600_000; t += 67) steps.push({ at: t, do: 'client', client: `c${steps.length % 5}`, op: { type: 'put', key: `k${steps.length % 40}`, value: `${t}` } });
  for (let m = 30_000; m < 600_000; m += 60_000) steps.push({ at: m, do: 'crash', node: 'leader' }, { at: m + 5000, do: 'restart', node: 'n1' }, { at: m + 5000, do: 'restart', node: 'n2' }, { at: m + 5000, do: 'restart', node: 'n3' }, { at: m + 5000, do: 'restart', node: 'n4' }, { at: m + 5000, do: 'restart', node: 'n5' });
  steps.sort((a, b) => a.at - b.at);
  return makeScenario({ cluster: { nodes: ['n1', 'n2', 'n3', 'n4', 'n5'] }, until: 600_000, steps });
}

/** The 10-minute run's first pass with checkpoints, and random seeks in it. */
export function seekTimes(): { p50: number; max: number; buildMs: number } {
  const timeline = new Timeline(tenMinuteRun());
  const build = timed(() => timeline.runUntil(600_000));
  const rng = new Rng(7, 'seeks');
  const times: number[] = [];
  for (let i = 0; i < 60; i++) times.push(timed(() => timeline.seek(rng.int(0, 600_000))).ms);
  times.sort((a, b) => a - b);
  return { p50: times[30] as number, max: times[times.length - 1] as number, buildMs: build.ms };
}

function main(): void {
  const results: Record<string, number> = {};
  const report: Report = (name, value, unit) => {
    results[name] = Math.round(value * 10) / 10;
    console.log(`${name.padEnd(44)} ${results[name]!.toLocaleString('en-US').padStart(10)} ${unit}`);
  };
  engineSpeed(5, false, true); // warm up the JIT
  bareLoopSpeed(5);
  reportEngine(report, results);
  if (process.argv.includes('--engine')) {
    console.log(JSON.stringify(results));
    return;
  }
  report('puts through a 5-node cluster', putsPerSecond(5), 'puts per wall second');
  const lin = benchmarkLinearizability(1000);
  report('linearizability check, 1,000 operations', lin.milliseconds, `ms (${lin.result.ok ? 'linearizable' : 'not linearizable'})`);
  const seek = seekTimes();
  report('10-minute run with checkpoints, first pass', seek.buildMs / 1000, 's');
  report('seek anywhere in it, median', seek.p50, 'ms');
  report('seek anywhere in it, slowest of 60', seek.max, 'ms');
  // The page's paused budget (LIN_STEPS_PAUSED in src/worker/live-checks.ts) on a minute of 100 puts a second.
  const live = liveChecksCost(loadScenario(5), 400_000);
  report(`live safety checks (${live.events.toLocaleString('en-US')} events)`, live.safetyMicrosPerEvent, 'µs per event');
  report(`live linearizability check, ${live.calls.toLocaleString('en-US')} calls`, live.linMs, `ms (${live.linVerdict})`);
  Object.assign(results, reportBugSearches());
  console.log(JSON.stringify(results));
}

if (process.argv[1]?.endsWith("bench.ts")) main();
