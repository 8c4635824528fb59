// `npm run fuzz -- --jobs J` shares the seeds among worker threads: the campaign finds the
// same failures, writes the same replay files and prints the same tally as one thread.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const FUZZ = resolve('src/cli/fuzz.ts');
// The campaign runs in a scratch folder (it writes fuzz-failures/ there): tsx by its path.
const TSX = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;

function campaign(jobs: number): { status: number | null; lines: string[]; failures: string[] } {
  const cwd = mkdtempSync(join(tmpdir(), `fuzz-jobs-${jobs}-`));
  const run = spawnSync(process.execPath, ['--import', TSX, FUZZ, '--seeds', '12', '--bug', 'skip-vote-log-check', '--nodes', '3', '--jobs', String(jobs)], { cwd, encoding: 'utf8' });
  // Progress lines carry a rate; everything else must match line for line (order aside).
  const lines = run.stdout.split('\n').filter((l) => l !== '').map((l) => l.replace(/, [0-9.]+ seeds\/s$/, '')).sort();
  const dir = join(cwd, 'fuzz-failures');
  const failures = readdirSync(dir).sort().map((f) => f + '\n' + readFileSync(join(dir, f), 'utf8'));
  return { status: run.status, lines, failures };
}

describe('fuzz --jobs', () => {
  it('two worker threads report what one thread reports', () => {
    const one = campaign(1);
    const two = campaign(2);
    // skip-vote-log-check loses committed entries within a few seeds (README Bug toggles).
    expect(one.status).toBe(1);
    expect(one.lines.some((l) => /^FAIL seed \d+: Leader Completeness/.test(l))).toBe(true);
    expect(one.failures.length).toBeGreaterThan(0);
    expect(two.status).toBe(one.status);
    expect(two.lines).toEqual(one.lines);
    expect(two.failures).toEqual(one.failures);
  }, 120_000);
});
