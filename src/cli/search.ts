// `sim search --bug NAME [--seeds N] [--seed S] [--out FOUND.json]` (SCENARIO.md "Bug
// toggles"): the counterexample search of src/search, the one the page runs in its search
// worker. Prints one JSON line; exit 0 whether found or not, 2 for an unknown bug or bad
// arguments.

import { writeFileSync } from 'node:fs';
import { scenarioToJson } from '../scenario';
import { searchCounterexample } from '../search/search';
import { runScenario } from '../sim/run';
import { BUG_NAMES, type BugName } from '../sim/scenario-types';
import { intFlag, parseArgs, stringFlag, UsageError } from './args';

export function searchCommand(argv: readonly string[]): void {
  const args = parseArgs(argv, ['bug', 'seeds', 'seed', 'out'], []);
  if (args.positional.length > 0) throw new UsageError(`search: unexpected argument ${args.positional[0]}`);
  const bug = stringFlag(args, 'bug');
  if (bug === undefined) throw new UsageError(`search: --bug NAME is required (bugs: ${BUG_NAMES.join(', ')})`);
  if (!(BUG_NAMES as readonly string[]).includes(bug)) throw new UsageError(`--bug: unknown bug "${bug}" (bugs: ${BUG_NAMES.join(', ')})`);
  const seeds = intFlag(args, 'seeds', 1, 1_000_000) ?? 1000;
  const firstSeed = intFlag(args, 'seed', 0, 0xffffffff) ?? 1;
  const out = stringFlag(args, 'out');
  const result = searchCounterexample(bug as BugName, { seeds, firstSeed });
  if (!result.found) {
    process.stdout.write(JSON.stringify({ bug, found: false, seeds }) + '\n');
    return;
  }
  if (out) writeFileSync(out, scenarioToJson(result.scenario, 2) + '\n');
  const events = runScenario(result.scenario, { trace: true }).recorder.count;
  process.stdout.write(JSON.stringify({ bug, found: true, seeds: result.tried, property: result.property, events }) + '\n');
}
