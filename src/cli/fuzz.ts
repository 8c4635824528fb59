// `npm run fuzz -- --seeds N [--seed S] [--nodes 3|5|7|9] [--no-clients] [--membership] [--bug NAME]
//   [--loss RATE] [--duplicate RATE]`: random fault scenarios, each checked for Raft safety,
// linearizability, the election recipe and etcd's watch guarantees, then liveness after the
// faults heal. --loss sets a loss rate on every link (client links break and reconnect);
// --duplicate delivers that fraction of Raft messages twice. A failing scenario is written to
// fuzz-failures/ with the command that replays it. At the end it prints how many key-value
// calls the linearizability check judged (src/check/lin-judged.ts).

import { mkdirSync, writeFileSync } from 'node:fs';
import { scenarioToJson } from '../scenario';
import { fuzzScenario } from '../scenario/fuzz';
import { checkRun } from './check-run';
import { JudgedTally } from './judged-tally';
import { intFlag, parseArgs, stringFlag, UsageError } from './args';
import { BUG_NAMES, type BugName } from '../sim/scenario-types';

function main(argv: readonly string[]): number {
  const args = parseArgs(argv, ['seeds', 'seed', 'nodes', 'bug', 'loss', 'duplicate'], ['no-clients', 'membership']);
  const loss = rateFlag(stringFlag(args, 'loss'), 'loss');
  const duplicate = rateFlag(stringFlag(args, 'duplicate'), 'duplicate');
  const seeds = intFlag(args, 'seeds', 1, 10_000_000) ?? 100;
  const first = intFlag(args, 'seed', 0, 0xffffffff) ?? 1;
  const nodesFlag = intFlag(args, 'nodes', 1, 9);
  if (nodesFlag !== undefined && ![3, 5, 7, 9].includes(nodesFlag)) throw new UsageError('--nodes: expected 3, 5, 7 or 9');
  const bug = stringFlag(args, 'bug');
  if (bug !== undefined && !(BUG_NAMES as readonly string[]).includes(bug)) throw new UsageError(`--bug: unknown bug "${bug}" (bugs: ${BUG_NAMES.join(', ')})`);
  const bugs = bug ? [bug as BugName] : [];
  const started = performance.now();
  let failures = 0;
  const judged = new JudgedTally();
  for (let i = 0; i < seeds; i++) {
    const seed = (first + i) >>> 0;
    const nodes = nodesFlag ?? [3, 5, 7, 9][seed % 4]!;
    const fuzz = fuzzScenario(seed, { nodes, bugs, clients: !args.flags.has('no-clients'), membership: args.flags.has('membership'), ...(loss ? { loss } : {}), ...(duplicate ? { duplicate } : {}) });
    const result = checkRun(fuzz);
    judged.add(result.lin);
    if (!result.ok) {
      failures++;
      mkdirSync('fuzz-failures', { recursive: true });
      const file = `fuzz-failures/seed-${seed}.json`;
      writeFileSync(file, scenarioToJson(fuzz.scenario, 2) + '\n');
      console.log(`FAIL seed ${seed}: ${result.property}: ${result.message}\n  replay: npm run --silent sim -- run ${file}`);
    }
    if ((i + 1) % 50 === 0 || i + 1 === seeds) {
      const secs = (performance.now() - started) / 1000;
      console.log(`fuzz: ${i + 1}/${seeds} seeds, ${failures} failing, ${((i + 1) / secs).toFixed(1)} seeds/s`);
    }
  }
  console.log(judged.line());
  return failures > 0 ? 1 : 0;
}

function rateFlag(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined) return undefined;
  const rate = Number(raw);
  if (!(rate >= 0 && rate < 1)) throw new UsageError(`--${name}: expected a rate from 0 to below 1`);
  return rate;
}

try {
  process.exit(main(process.argv.slice(2)));
} catch (e) {
  if (e instanceof UsageError) {
    console.error(`fuzz: ${e.message}`);
    process.exit(2);
  }
  throw e;
}
