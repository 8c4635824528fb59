// `npm run fuzz -- --seeds N [--seed S] [--nodes 3|5|7|9] [--no-clients] [--membership] [--bug NAME]
//   [--loss RATE] [--duplicate RATE]`: random fault scenarios, each checked for Raft
// safety, linearizability, the election recipe and etcd's watch guarantees, then liveness
// after the faults heal. --loss sets a loss rate on every link (client links break and
// reconnect); --duplicate delivers that fraction of Raft messages twice. A failing scenario is
// written to fuzz-failures/ with the command that replays it. At the end it prints how many key-value
// calls the linearizability check judged (src/check/lin-judged.ts), and the seeds not judged
// for liveness because a removal left no node able to win an election (check-run.ts).

import { mkdirSync, writeFileSync } from 'node:fs';
import { JudgedTally } from './judged-tally';
import { intFlag, parseArgs, stringFlag, UsageError } from './args';
import { runSeed, type FuzzOptions, type SeedOutcome } from './fuzz-seed';
import { BUG_NAMES, type BugName } from '../sim/scenario-types';

function main(argv: readonly string[]): number {
  const args = parseArgs(argv, ['seeds', 'seed', 'nodes', 'bug', 'loss', 'duplicate'], ['no-clients', 'membership']);
  const loss = rateFlag(stringFlag(args, 'loss'), 'loss');
  const duplicate = rateFlag(stringFlag(args, 'duplicate'), 'duplicate');
  const count = intFlag(args, 'seeds', 1, 10_000_000) ?? 100;
  const first = intFlag(args, 'seed', 0, 0xffffffff) ?? 1;
  const nodes = intFlag(args, 'nodes', 1, 9);
  if (nodes !== undefined && ![3, 5, 7, 9].includes(nodes)) throw new UsageError('--nodes: expected 3, 5, 7 or 9');
  const bug = stringFlag(args, 'bug');
  if (bug !== undefined && !(BUG_NAMES as readonly string[]).includes(bug)) throw new UsageError(`--bug: unknown bug "${bug}" (bugs: ${BUG_NAMES.join(', ')})`);
  const opts: FuzzOptions = { ...(nodes !== undefined ? { nodes } : {}), bugs: bug ? [bug as BugName] : [], clients: !args.flags.has('no-clients'), membership: args.flags.has('membership'), ...(loss ? { loss } : {}), ...(duplicate ? { duplicate } : {}) };
  const report = new Report(count);
  for (let i = 0; i < count; i++) report.add(runSeed((first + i) >>> 0, opts));
  return report.end();
}

/** What the campaign prints: each failure as it comes, progress every 50 seeds, the judged calls at the end. */
class Report {
  private done = 0;
  private failures = 0;
  private readonly notLive: number[] = [];
  private readonly judged = new JudgedTally();
  private readonly started = performance.now();

  constructor(private readonly total: number) {}

  add({ seed, result, scenarioJson }: SeedOutcome): void {
    this.done++;
    this.judged.add(result.lin);
    if (!result.ok) {
      this.failures++;
      mkdirSync('fuzz-failures', { recursive: true });
      const file = `fuzz-failures/seed-${seed}.json`;
      writeFileSync(file, scenarioJson ?? '');
      console.log(`FAIL seed ${seed}: ${result.property}: ${result.message}\n  replay: npm run --silent sim -- run ${file}`);
    }
    if (result.ok && result.notLive) {
      this.notLive.push(seed);
      console.log(`NOT JUDGED FOR LIVENESS seed ${seed}: ${result.notLive}`);
    }
    if (this.done % 50 === 0 || this.done === this.total) {
      const secs = (performance.now() - this.started) / 1000;
      console.log(`fuzz: ${this.done}/${this.total} seeds, ${this.failures} failing, ${(this.done / secs).toFixed(1)} seeds/s`);
    }
  }

  /** Prints the closing line; the exit status: 1 when a seed failed. */
  end(): number {
    const stuck = this.notLive.sort((a, b) => a - b);
    if (stuck.length > 0) console.log(`liveness not judged in ${stuck.length} seed(s) left stuck by a removal, as etcd would be: ${stuck.join(', ')}`);
    console.log(this.judged.line());
    return this.failures > 0 ? 1 : 0;
  }
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
