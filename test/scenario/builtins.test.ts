// Every built-in teaching scenario: valid, bilingual, safe, deterministic, and served by the
// command line (SCENARIO.md "Built-in scenarios").

import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkSafety } from '../../src/check';
import { checkElections } from '../../src/check/elections';
import { builtinCommand, builtinsCommand } from '../../src/cli/builtins';
import { UsageError } from '../../src/cli/args';
import { parseScenario, parseScenarioJson, scenarioLimits } from '../../src/scenario';
import { BUILTINS, builtin, builtinIds } from '../../src/scenario/builtins';
import { runScenarioAsPage } from '../../src/cli/etcdctl';
import type { Text } from '../../src/sim/scenario-types';
import { eventsOf, traceOf } from './builtins-helpers';

/** The ids the course pages link to: they must never disappear. */
const REQUIRED_IDS = [
  'first-election',
  'leader-crash',
  'split-vote',
  'log-repair',
  'figure-8',
  'stale-leader',
  'prevote',
  'prevote-off',
  'check-quorum',
  'leadership-transfer',
  'nine-nodes-split',
  'etcd-revisions',
  'election-watch-chain',
  'service-registry',
  'grow-cluster',
  'snapshot-catch-up',
];

const HAN = /\p{Script=Han}/u;

function expectBilingual(text: Text | undefined, where: string, maxChars: number): void {
  expect(typeof text, where).toBe('object');
  const t = text as Record<string, string>;
  expect(Object.keys(t).sort(), where).toEqual(['en', 'zh-CN']);
  expect(t.en?.trim().length, where).toBeGreaterThan(0);
  expect(HAN.test(t['zh-CN'] ?? ''), `${where}: zh-CN is Chinese`).toBe(true);
  expect(HAN.test(t.en ?? ''), `${where}: en has no Chinese`).toBe(false);
  for (const s of Object.values(t)) expect([...s].length, where).toBeLessThanOrEqual(maxChars);
}

describe('the registry', () => {
  it('has every required id, once, in kebab case', () => {
    const ids = builtinIds();
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED_IDS));
  });

  it('builtin(id) gives the registered scenario, as a copy the caller may change', () => {
    for (const b of BUILTINS) {
      const copy = builtin(b.id);
      expect(copy).toEqual(b.scenario);
      expect(copy).not.toBe(b.scenario);
      copy?.steps.push({ at: 1, do: 'heal' });
      expect(builtin(b.id)).toEqual(b.scenario);
    }
    expect(builtin('no-such-scenario')).toBeUndefined();
  });
});

describe.each(BUILTINS.map((b) => [b.id, b] as const))('built-in %s', (id, b) => {
  it('is a valid scenario in canonical form', () => {
    const parsed = parseScenario(JSON.parse(JSON.stringify(b.scenario)));
    expect(parsed.ok ? undefined : parsed.error).toBeUndefined();
    if (parsed.ok) expect(parsed.scenario).toEqual(b.scenario);
  });

  it('gives its name, description and every narration in English and Simplified Chinese, and pauses at each narration', () => {
    expectBilingual(b.scenario.name, `${id}.name`, scenarioLimits.MAX_STRING);
    expectBilingual(b.scenario.description, `${id}.description`, scenarioLimits.MAX_LONG_TEXT);
    const narrations = b.scenario.steps.filter((s) => s.do === 'narrate');
    expect(narrations.length).toBeGreaterThanOrEqual(3);
    for (const [i, s] of narrations.entries()) {
      expectBilingual(s.text, `${id} narration ${i} at ${s.at}`, 600);
      expect(s.pause, `${id} narration at ${s.at}`).toBe(true);
      expect(s.at).toBeLessThan(b.scenario.until);
    }
  });

  it('runs to its end with no step wasted, no safety violation and a sound election recipe', () => {
    const events = traceOf(b);
    expect(events.at(-1)).toMatchObject({ ev: 'end', t: b.scenario.until });
    expect(eventsOf(events, 'noop')).toEqual([]);
    expect(eventsOf(events, 'narrate').length).toBe(b.scenario.steps.filter((s) => s.do === 'narrate').length);
    expect(checkSafety(events)).toEqual([]);
    expect(checkElections(events)).toMatchObject({ ok: true });
  });

  it('gives a byte-identical trace when run again', () => {
    const again = runScenarioAsPage(b.scenario, { trace: true }).recorder.toJsonl();
    expect(again).toBe(traceOf(b).map((e) => JSON.stringify(e) + '\n').join(''));
  });
});

describe('the command line', () => {
  afterEach(() => vi.restoreAllMocks());

  function captureStdout(run: () => void): string {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    run();
    vi.restoreAllMocks();
    return out;
  }

  it('builtins prints one line {id, name} per built-in, in order', () => {
    const lines = captureStdout(() => builtinsCommand([])).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(BUILTINS.map((b) => ({ id: b.id, name: b.scenario.name })));
  });

  it('builtin ID prints the scenario as canonical JSON that reads back as the same scenario', () => {
    for (const b of BUILTINS) {
      const out = captureStdout(() => builtinCommand([b.id]));
      expect(out.endsWith('\n')).toBe(true);
      const parsed = parseScenarioJson(out);
      expect(parsed.ok ? parsed.scenario : parsed.error).toEqual(b.scenario);
      expect(out.trimEnd()).toBe(JSON.stringify(parsed.ok ? parsed.scenario : null));
    }
  });

  it('an unknown id or a missing one is a usage error naming the built-ins', () => {
    expect(() => builtinCommand(['x'])).toThrow(UsageError);
    expect(() => builtinCommand(['x'])).toThrow(/unknown built-in "x" \(built-ins: first-election, leader-crash/);
    expect(() => builtinCommand([])).toThrow(UsageError);
    expect(() => builtinsCommand(['extra'])).toThrow(UsageError);
  });

  it('through the real process: valid JSON out, and exit status 2 with one line for an unknown id', () => {
    const sim = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8' });
    const list = sim('builtins');
    expect(list.status).toBe(0);
    expect(list.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(builtinIds());
    const one = sim('builtin', 'figure-8');
    expect(one.status).toBe(0);
    expect(parseScenarioJson(one.stdout)).toMatchObject({ ok: true });
    const bad = sim('builtin', 'x');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^sim builtin: unknown built-in "x" \(built-ins: first-election, /)]);
  }, 60_000);
});
