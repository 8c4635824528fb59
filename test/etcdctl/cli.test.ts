// `sim etcdctl`: prints each command's output and nothing else, exit 0 even when etcdctl
// rejects a command; exit 2 with one line for a malformed invocation.

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args';
import { etcdctlCommand } from '../../src/cli/etcdctl';

const sim = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8' });

describe('sim etcdctl', () => {
  it('runs the commands in order and prints their output; a rejected command does not stop the run', () => {
    const r = sim('etcdctl', '--', 'put foo bar', 'get foo --bogus', 'get foo -w json');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'OK\nError: unknown flag: --bogus\n{"header":{"cluster_id":5570946364341419013,"member_id":14447065367186880760,"revision":2,"raft_term":1},"kvs":[{"key":"Zm9v","create_revision":2,"mod_revision":2,"version":1,"value":"YmFy"}],"count":1}\n',
    );
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
