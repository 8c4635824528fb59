// `sim challenges`, `sim challenge ID` and `sim grade FILE`: a teacher's loop without a browser.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sim = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8' });

describe('sim challenge commands', () => {
  it('lists the challenges, prints one, grades it unsolved, then solved with the learner step added', () => {
    const list = sim('challenges');
    expect(list.status).toBe(0);
    expect(list.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toContain('first-leader');
    const printed = sim('challenge', 'first-leader');
    expect(printed.status).toBe(0);
    const scenario = JSON.parse(printed.stdout) as { steps: object[]; challenge: object };
    const dir = mkdtempSync(join(tmpdir(), 'challenge-'));
    const file = join(dir, 'c.json');
    writeFileSync(file, JSON.stringify(scenario));
    expect(JSON.parse(sim('grade', file).stdout)).toMatchObject({ solved: false, used: 0, left: 1 });
    writeFileSync(file, JSON.stringify({ ...scenario, steps: [...scenario.steps, { at: 1, do: 'timeout', node: 'n1' }] }));
    expect(JSON.parse(sim('grade', file).stdout)).toMatchObject({ solved: true, used: 1, left: 0 });
  });

  it('an unknown id, and a file without a challenge, are one line and exit 2', () => {
    const unknown = sim('challenge', 'nope');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^sim challenge: unknown challenge "nope" \(challenges: first-leader/);
    const dir = mkdtempSync(join(tmpdir(), 'challenge-'));
    const file = join(dir, 'plain.json');
    writeFileSync(file, '{"version": 1, "seed": 1, "cluster": {"nodes": ["n1"]}}');
    const plain = sim('grade', file);
    expect(plain.status).toBe(2);
    expect(plain.stderr.trim()).toBe(`sim grade: ${file}: the scenario has no challenge field`);
  });
});
