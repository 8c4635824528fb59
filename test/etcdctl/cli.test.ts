// `sim etcdctl`: prints each command's output and nothing else, exit 0 even when etcdctl
// rejects a command; exit 2 with one line for a malformed invocation.

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args';
import { defaultEtcdctlScenario, etcdctlCommand, followWithConsole, runCommands, sessionScenario } from '../../src/cli/etcdctl';
import { parseScenarioJson, scenarioToJson } from '../../src/scenario';
import { createSimulation } from '../../src/sim/run';

const sim = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8' });

describe('sim etcdctl', () => {
  it('runs the commands in order and prints their output; a rejected command does not stop the run', () => {
    const r = sim('etcdctl', '--', 'put foo bar', 'get foo --consistency=q', 'get foo -w json');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'OK\nError: unknown consistency flag "q"\n{"header":{"cluster_id":5570946364341419013,"member_id":14447065367186880760,"revision":2,"raft_term":1},"kvs":[{"key":"Zm9v","create_revision":2,"mod_revision":2,"version":1,"value":"YmFy"}],"count":1}\n',
    );
  });

  it('--out writes the session as a scenario that replays the same output', () => {
    const commands = ['put foo bar', 'watch foo', 'lease grant 20', 'put foo baz --lease=f4241', 'get foo -w fields'];
    const printed: string[] = [];
    const live = runCommands({ ...defaultEtcdctlScenario(), until: 86_400_000 }, commands, undefined, (l) => printed.push(l));
    const session = parseScenarioJson(scenarioToJson(sessionScenario(live)));
    if (!session.ok) throw new Error(session.error);
    expect(session.scenario.steps.filter((s) => s.do === 'etcdctl').map((s) => 'line' in s && s.line)).toEqual(commands);
    const replay = createSimulation(session.scenario, { trace: false });
    const driver = followWithConsole(replay);
    const again: string[] = [];
    driver.onLines((lines) => lines.forEach((l) => l.kind !== 'in' && again.push(l.text)));
    replay.runUntil(session.scenario.until);
    expect(again).toEqual(printed);
    expect(replay.scenario.steps).toHaveLength(session.scenario.steps.length);
  });

  it('exits 2 with one line naming the problem for a malformed invocation', () => {
    const r = sim('etcdctl', '--endpoint', 'n7', '--', 'get a');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('sim etcdctl: --endpoint: unknown node "n7" (nodes are n1, n2, n3)\n');
  });

  it('names each malformed invocation', () => {
    expect(() => etcdctlCommand([])).toThrow(new UsageError("expected etcdctl commands after --, e.g. etcdctl -- 'put foo bar' 'get foo'"));
    expect(() => etcdctlCommand(['get', 'a'])).toThrow(new UsageError(`unexpected argument "get": put the etcdctl commands after --, e.g. etcdctl -- 'put foo bar' 'get foo'`));
    expect(() => etcdctlCommand(['--scenario', 'missing.json', '--', 'get a'])).toThrow(new UsageError('missing.json: cannot read the scenario file (ENOENT)'));
    expect(() => etcdctlCommand(['--bogus', '--', 'get a'])).toThrow(new UsageError('unknown flag --bogus'));
  });
});
