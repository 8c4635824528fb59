// cobra's own errors, stream by stream and in order, as a real etcdctl 3.4 prints them
// (checked on 127.0.0.1 with `2>&1` and with stdout and stderr apart): a flag error is
// followed by the command's usage on stdout, then an empty line and the error again on
// stderr; an unknown command by cobra's hint and the error again; a command's own check
// (a missing argument, a bad lease id) prints its one error line and no usage.

import { describe, expect, it } from 'vitest';
import { findSpec } from '../../src/etcdctl/specs';
import { usageText } from '../../src/etcdctl/usage';
import { headless } from './helpers';

const usage = (command: string | undefined) => [...usageText(command ? findSpec(command.split(' ')) : undefined).split('\n'), ''].map((t) => `out ${t}`);

const CASES: [string, string[]][] = [
  ['get --bogus foo', ['err Error: unknown flag: --bogus', ...usage('get'), 'err ', 'err Error: unknown flag: --bogus']],
  ['put --lease=zz foo bar', ['err Error: bad lease ID (strconv.ParseInt: parsing "zz": invalid syntax), expecting ID in Hex']],
  ['get', ['err Error: get command needs one argument as key and an optional argument as range_end']],
  ['nosuchcmd', ['err Error: unknown command "nosuchcmd" for "etcdctl"', "err Run 'etcdctl --help' for usage.", 'err Error: unknown command "nosuchcmd" for "etcdctl"']],
  ['put a b --prefix', ['err Error: unknown flag: --prefix', ...usage('put'), 'err ', 'err Error: unknown flag: --prefix']],
  ['lease grant --keys 10', ['err Error: unknown flag: --keys', ...usage('lease grant'), 'err ', 'err Error: unknown flag: --keys']],
  // cobra's stripFlags takes the word after an unknown flag as its value: no command "get" here.
  ['--bogus get foo', ['err Error: unknown command "foo" for "etcdctl"', "err Run 'etcdctl --help' for usage.", 'err Error: unknown command "foo" for "etcdctl"']],
  ['--bogus=1 get foo', ['err Error: unknown flag: --bogus', ...usage('get'), 'err ', 'err Error: unknown flag: --bogus']],
  ['--bogus', ['err Error: unknown flag: --bogus', ...usage(undefined), 'err ', 'err Error: unknown flag: --bogus']],
  // A bool flag of a group does not take the subcommand as its value.
  ['endpoint --cluster health', ['out n1 is healthy', 'out n2 is healthy', 'out n3 is healthy']],
];

describe('etcdctl console: cobra’s errors', () => {
  it('prints each line on the stream and in the order a real etcdctl does', () => {
    const h = headless();
    const lines: string[] = [];
    h.console.onOutput((out) => out.forEach((l) => lines.push(`${l.kind} ${l.text}`)));
    for (const [command, expected] of CASES) {
      h.run(command);
      const got = lines.splice(0);
      const shown = command.startsWith('endpoint') ? got.map((l) => l.replace(/: successfully.*/, '')).sort() : got;
      expect([command, shown]).toEqual([command, expected]);
    }
  });
});
