// `sim run SCENARIO.json [--trace OUT.jsonl | --no-trace] [--seed N] [--until MS]` (TRACE.md),
// and `sim run A.json B.json ... --trace-dir DIR` (TRACE.md 1.1): many runs in one process.

import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { summarizeRun } from '../sim/run';
import type { Scenario } from '../sim/scenario-types';
import { runScenarioAsPage } from './etcdctl';
import { intFlag, parseArgs, stringFlag, UsageError, type ParsedArgs } from './args';
import { loadScenario } from './load';

const USAGE = 'run SCENARIO.json [--trace OUT.jsonl | --no-trace] [--seed N] [--until MS], or run A.json B.json ... --trace-dir DIR';

export function runCommand(argv: readonly string[]): void {
  const args = parseArgs(argv, ['trace', 'trace-dir', 'seed', 'until'], ['no-trace']);
  const dir = stringFlag(args, 'trace-dir');
  if (dir !== undefined) return runMany(args, dir);
  if (args.positional.length !== 1) throw new UsageError(`run: expected one scenario file (or --trace-dir DIR for several): ${USAGE}`);
  const out = stringFlag(args, 'trace');
  const noTrace = args.flags.has('no-trace');
  if (out !== undefined && noTrace) throw new UsageError('--trace and --no-trace cannot be used together');
  const scenario = withOverrides(loadScenario(args.positional[0] as string), args);
  const sim = runScenarioAsPage(scenario, { trace: !noTrace });
  if (noTrace) {
    process.stdout.write(JSON.stringify(summarizeRun(sim)) + '\n');
  } else if (out !== undefined) {
    writeFileSync(out, sim.recorder.toJsonl());
  } else {
    process.stdout.write(sim.recorder.toJsonl());
  }
}

/** `--seed` and `--until` override the scenario's own (TRACE.md). */
function withOverrides(scenario: Scenario, args: ParsedArgs): Scenario {
  return { ...scenario, ...overridesOf(args) };
}

function overridesOf(args: ParsedArgs): Partial<Pick<Scenario, 'seed' | 'until'>> {
  const seed = intFlag(args, 'seed', 0, 0xffffffff);
  const until = intFlag(args, 'until', 0, 86_400_000);
  return { ...(seed !== undefined ? { seed } : {}), ...(until !== undefined ? { until } : {}) };
}

/** The trace of one scenario, exactly as a lone run writes it. */
function traceOf(scenario: Scenario): string {
  // Console lines written into a scenario run as on the page (their client steps, when a
  // recorded session already holds them, are not issued twice).
  return runScenarioAsPage(scenario, { trace: true }).recorder.toJsonl();
}

/**
 * Each scenario's trace goes to DIR/<name>.jsonl. An invalid scenario is named on standard
 * error and skipped so that one bad file does not stop a campaign; the exit status is still 2.
 */
function runMany(args: ParsedArgs, dir: string): void {
  if (args.positional.length === 0) throw new UsageError(`run: expected scenario files: ${USAGE}`);
  if (args.flags.has('trace') || args.flags.has('no-trace')) throw new UsageError('--trace-dir cannot be used with --trace or --no-trace');
  const names = args.positional.map((p) => basename(p).replace(/\.json$/i, '') + '.jsonl');
  const clash = names.find((n, i) => names.indexOf(n) !== i);
  if (clash !== undefined) throw new UsageError(`--trace-dir: two scenario files would both write ${clash}`);
  overridesOf(args); // a bad flag stops the campaign before any run
  mkdirSync(dir, { recursive: true });
  let invalid = 0;
  args.positional.forEach((path, i) => {
    let scenario: Scenario;
    try {
      scenario = withOverrides(loadScenario(path), args);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      console.error(`sim run: ${e.message}`);
      invalid++;
      return;
    }
    writeFileSync(join(dir, names[i] as string), traceOf(scenario));
  });
  if (invalid > 0) throw new UsageError(`${invalid} of ${args.positional.length} scenarios invalid (no trace written for them)`);
}
