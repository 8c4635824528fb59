// `sim search --bug NAME [--seeds N] [--seed S] [--out FOUND.json]` (SCENARIO.md "Bug
// toggles"): runs generated fault scenarios with the bug on until the checker finds a
// violation, shrinks the failing scenario (fewer steps, an earlier end), writes it, and
// prints one JSON line. Exit 0 whether found or not; 2 for an unknown bug or bad arguments.

import { writeFileSync } from 'node:fs';
import { checkLinearizability, checkSafety } from '../check';
import { checkElections } from '../check/elections';
import { scenarioToJson } from '../scenario';
import { fuzzScenario } from '../scenario/fuzz';
import { runScenario } from '../sim/run';
import { BUG_NAMES, type BugName, type Scenario } from '../sim/scenario-types';
import { intFlag, parseArgs, stringFlag, UsageError } from './args';

/** Runs spent shrinking at most (a limit on everything). */
const MAX_SHRINK_RUNS = 300;

interface Finding {
  property: string;
  /** Time of the last event the violation points at. */
  at: number;
}

/** The first property the scenario's run violates, if any. */
export function violationOf(scenario: Scenario): Finding | undefined {
  const trace = runScenario(scenario, { trace: true }).recorder.events;
  const safety = checkSafety(trace)[0];
  if (safety) return { property: safety.property, at: trace[safety.events.at(-1) ?? 0]?.t ?? 0 };
  const lin = checkLinearizability(trace);
  if (!lin.ok && !lin.inconclusive) return { property: 'Linearizability', at: trace[lin.events.at(-1) ?? 0]?.t ?? 0 };
  const elections = checkElections(trace);
  if (!elections.ok) return { property: 'Election Recipe', at: trace[elections.events.at(-1) ?? 0]?.t ?? 0 };
  return undefined;
}

/** Greedy shrinking: end the run just after the violation, then drop steps one by one while it still fails. */
export function shrink(scenario: Scenario, found: Finding): Scenario {
  let best: Scenario = { ...scenario, until: Math.min(scenario.until, found.at + 1) };
  let runs = 0;
  const stillFails = (s: Scenario) => runs++ < MAX_SHRINK_RUNS && violationOf(s)?.property === found.property;
  if (!stillFails(best)) best = scenario;
  for (let i = best.steps.length - 1; i >= 0 && runs < MAX_SHRINK_RUNS; i--) {
    const candidate = { ...best, steps: best.steps.filter((_, k) => k !== i) };
    if (stillFails(candidate)) best = candidate;
  }
  return best;
}

export function searchCommand(argv: readonly string[]): void {
  const args = parseArgs(argv, ['bug', 'seeds', 'seed', 'out'], []);
  if (args.positional.length > 0) throw new UsageError(`search: unexpected argument ${args.positional[0]}`);
  const bug = stringFlag(args, 'bug');
  if (bug === undefined) throw new UsageError(`search: --bug NAME is required (bugs: ${BUG_NAMES.join(', ')})`);
  if (!(BUG_NAMES as readonly string[]).includes(bug)) throw new UsageError(`--bug: unknown bug "${bug}" (bugs: ${BUG_NAMES.join(', ')})`);
  const seeds = intFlag(args, 'seeds', 1, 1_000_000) ?? 1000;
  const first = intFlag(args, 'seed', 0, 0xffffffff) ?? 1;
  const out = stringFlag(args, 'out');
  for (let i = 0; i < seeds; i++) {
    const seed = (first + i) >>> 0;
    const { scenario } = fuzzScenario(seed, { nodes: [3, 5, 7, 9][i % 4] as number, bugs: [bug as BugName], clients: true });
    const found = violationOf(scenario);
    if (!found) continue;
    const small = shrink(scenario, found);
    if (out) writeFileSync(out, scenarioToJson(small, 2) + '\n');
    const events = runScenario(small, { trace: true }).recorder.count;
    process.stdout.write(JSON.stringify({ bug, found: true, seeds: i + 1, property: found.property, events }) + '\n');
    return;
  }
  process.stdout.write(JSON.stringify({ bug, found: false, seeds }) + '\n');
}
