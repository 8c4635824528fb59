// TRACE.md 1.1: `sim run A.json B.json ... --trace-dir DIR` writes each scenario's trace
// exactly as a lone run does; an invalid scenario is named, skipped, and makes the exit 2.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioToJson } from '../../src/scenario';
import { BUILTINS } from '../../src/scenario/builtins';

const sim = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8' });

function builtinFile(dir: string, id: string): string {
  const b = BUILTINS.find((x) => x.id === id);
  if (!b) throw new Error(`no builtin ${id}`);
  const file = join(dir, `${id}.json`);
  writeFileSync(file, scenarioToJson(b.scenario));
  return file;
}

describe('sim run --trace-dir', () => {
  it('writes DIR/<name>.jsonl per scenario, byte-identical to a lone run; a bad one is named and skipped, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-many-'));
    const a = builtinFile(dir, 'leader-crash');
    const b = builtinFile(dir, 'election-watch-chain');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"version": 1, "cluster": {"nodes": []}}');
    const out = join(dir, 'traces');
    const many = sim('run', a, bad, b, '--trace-dir', out, '--seed', '7');
    expect(many.status).toBe(2);
    expect(many.stderr).toContain(bad);
    expect(many.stderr.trim().split('\n')).toHaveLength(2);
    expect(readdirSync(out).sort()).toEqual(['election-watch-chain.jsonl', 'leader-crash.jsonl']);
    for (const [file, name] of [[a, 'leader-crash'], [b, 'election-watch-chain']] as const) {
      const lone = sim('run', file, '--seed', '7');
      expect(lone.status).toBe(0);
      expect(readFileSync(join(out, `${name}.jsonl`), 'utf8')).toBe(lone.stdout);
    }
  });

  it('exits 0 when every scenario is valid, and refuses two files that would write the same trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-many-'));
    const a = builtinFile(dir, 'leader-crash');
    const ok = sim('run', a, '--trace-dir', join(dir, 'out'));
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe('');
    const clash = sim('run', a, a, '--trace-dir', join(dir, 'out2'));
    expect(clash.status).toBe(2);
    expect(clash.stderr).toContain('leader-crash.jsonl');
  });
});
