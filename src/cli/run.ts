// `sim run SCENARIO.json [--trace OUT.jsonl | --no-trace] [--seed N] [--until MS]` (TRACE.md).

import { writeFileSync } from 'node:fs';
import { summarizeRun } from '../sim/run';
import { runScenarioAsPage } from './etcdctl';
import { intFlag, parseArgs, stringFlag, UsageError } from './args';
import { loadScenario } from './load';

export function runCommand(argv: readonly string[]): void {
  const args = parseArgs(argv, ['trace', 'seed', 'until'], ['no-trace']);
  if (args.positional.length !== 1) throw new UsageError('run: expected one scenario file: run SCENARIO.json [--trace OUT.jsonl | --no-trace] [--seed N] [--until MS]');
  const out = stringFlag(args, 'trace');
  const noTrace = args.flags.has('no-trace');
  if (out !== undefined && noTrace) throw new UsageError('--trace and --no-trace cannot be used together');
  let scenario = loadScenario(args.positional[0] as string);
  const seed = intFlag(args, 'seed', 0, 0xffffffff);
  const until = intFlag(args, 'until', 0, 86_400_000);
  if (seed !== undefined) scenario = { ...scenario, seed };
  if (until !== undefined) scenario = { ...scenario, until };
  // Console lines written into a scenario run as on the page (their client steps, when a
  // recorded session already holds them, are not issued twice).
  const sim = runScenarioAsPage(scenario, { trace: !noTrace });
  if (noTrace) {
    process.stdout.write(JSON.stringify(summarizeRun(sim)) + '\n');
  } else if (out !== undefined) {
    writeFileSync(out, sim.recorder.toJsonl());
  } else {
    process.stdout.write(sim.recorder.toJsonl());
  }
}
