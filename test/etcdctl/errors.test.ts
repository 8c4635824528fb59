// Bad input gets etcdctl's own error text (cobra, pflag, and each command's checks, as in
// etcdctl/ctlv3/command/*.go and a real etcdctl), and the console goes on working.

import { describe, expect, it } from 'vitest';
import { flagError, transcript } from './helpers';

const ERRORS: [string, string][] = [
  ['get', 'Error: get command needs one argument as key and an optional argument as range_end'],
  ['put', 'Error: put command needs 1 argument and input from stdin or 2 arguments'],
  ['put a', 'Error: put command needs 1 argument and input from stdin or 2 arguments'],
  ['put a b --ignore-value', "Error: put command needs only 1 argument when 'ignore-value' is set"],
  ['get a --limit=x', flagError('invalid argument "x" for "--limit" flag: strconv.ParseInt: parsing "x": invalid syntax', 'get')],
  ['get a --limit 99999999999999999999', flagError('invalid argument "99999999999999999999" for "--limit" flag: strconv.ParseInt: parsing "99999999999999999999": value out of range', 'get')],
  ['get a --rev', flagError('flag needs an argument: --rev', 'get')],
  ['get a -w', flagError("flag needs an argument: 'w' in -w", 'get')],
  ['get a --bogus', flagError('unknown flag: --bogus', 'get')],
  ['get a -x', flagError("unknown shorthand flag: 'x' in -x", 'get')],
  ['get a --prefix=maybe', flagError('invalid argument "maybe" for "--prefix" flag: strconv.ParseBool: parsing "maybe": invalid syntax', 'get')],
  ['get a --consistency=q', 'Error: unknown consistency flag "q"'],
  ['get a --sort-by=foo', 'Error: bad sort target foo'],
  ['get a --order=up', 'Error: bad sort order up'],
  ['get a --prefix --from-key', 'Error: `--prefix` and `--from-key` cannot be set at the same time, choose one'],
  ['get a b --prefix', 'Error: too many arguments, only accept one argument when `--prefix` or `--from-key` is set'],
  ['get a --keys-only --count-only', 'Error: `--keys-only` and `--count-only` cannot be set at the same time, choose one'],
  ['del', 'Error: del command needs one argument as key and an optional argument as range_end'],
  ['del a b --from-key', 'Error: too many arguments, only accept one argument when `--prefix` or `--from-key` is set'],
  ['compaction', 'Error: compaction command needs 1 argument'],
  ['compaction abc', 'Error: strconv.ParseInt: parsing "abc": invalid syntax'],
  ['lease grant', 'Error: lease grant command needs TTL argument'],
  ['lease grant x', 'Error: bad TTL (strconv.ParseInt: parsing "x": invalid syntax)'],
  ['lease revoke zz', 'Error: bad lease ID arg (strconv.ParseInt: parsing "zz": invalid syntax), expecting ID in Hex'],
  ['lease timetolive', 'Error: lease timetolive command needs lease ID as argument'],
  ['lease keep-alive', 'Error: lease keep-alive command needs lease ID as argument'],
  ['put k v --lease=zz', 'Error: bad lease ID (strconv.ParseInt: parsing "zz": invalid syntax), expecting ID in Hex'],
  ['put k v --lease=ffff', 'Error: etcdserver: requested lease not found'],
  ['foo', `Error: unknown command "foo" for "etcdctl"\nRun 'etcdctl --help' for usage.\nError: unknown command "foo" for "etcdctl"`],
  ['gett', `Error: unknown command "gett" for "etcdctl"\n\nDid you mean this?\n\tget\n\nRun 'etcdctl --help' for usage.\nError: unknown command "gett" for "etcdctl"\n\nDid you mean this?\n\tget\n`],
  ['put foo bar -w yaml', 'Error: unsupported output format'],
  ['watch', 'Error: bad number of arguments'],
  ['watch a b --prefix', 'Error: `range_end` and `--prefix` are mutually exclusive'],
  ['elect', 'Error: elect takes one election name argument and an optional proposal argument'],
  ['elect e', 'Error: no proposal argument but -l not set'],
  ['elect -l e p', 'Error: proposal given but -l is set'],
  ['lock', 'Error: lock takes a lock name argument and an optional command to execute'],
  ['txn x', 'Error: txn command does not accept argument'],
  ['move-leader', 'Error: move-leader command needs 1 argument'],
  ['move-leader zz', 'Error: strconv.ParseUint: parsing "zz": invalid syntax'],
  ["txn <<< $'bogus\\n'", 'Error: malformed comparison: bogus'],
  ["txn <<< $'mod(k1) > 0\\n'", 'Error: malformed comparison: mod(k1) > 0; got mod("")  ""'],
  ["txn <<< $'\\n\\nput a\\n'", 'Error: put command needs 1 argument and input from stdin or 2 arguments'],
  ["txn <<< $'\\n\\nfoo a\\n'", 'Error: invalid txn request: foo a'],
  // Beyond etcdctl: the simulator's own limits and names, said plainly.
  ['get a --endpoints=n9', 'Error: unknown endpoint "n9" (the nodes are n1, n2, n3)'],
  ["put 'a", "Error: unexpected EOF while looking for matching `''"],
  // And the console still answers.
  ['put ok yes', 'OK'],
  ['ge ok --print-value-only', 'yes'],
];

describe('etcdctl console: errors', () => {
  it('prints etcdctl’s error for each kind of bad input and keeps going', () => {
    expect(transcript(ERRORS.map((r) => r[0]))).toEqual(ERRORS);
  });
});
