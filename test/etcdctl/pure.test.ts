// The console's pure parts: shell-like splitting, cobra / pflag flag rules, completion, and
// the encodings etcdctl's printers use.

import { describe, expect, it } from 'vitest';
import { completeLine } from '../../src/etcdctl/complete';
import { base64, goDuration, goQuote, humanBytes } from '../../src/etcdctl/encode';
import { clusterId, memberId } from '../../src/etcdctl/ids';
import { parseArgs } from '../../src/etcdctl/parse';
import { table } from '../../src/etcdctl/print-table';
import { tokenize } from '../../src/etcdctl/tokenize';
import { parseCompare, parseTxnText } from '../../src/etcdctl/txn-input';

describe('tokenize', () => {
  it.each([
    [`put foo "hello world"`, ['put', 'foo', 'hello world']],
    [`put foo 'it''s'`, ['put', 'foo', 'its']],
    [`put a\\ b c`, ['put', 'a b', 'c']],
    [`etcdctl get foo`, ['get', 'foo']],
    [`put k "say \\"hi\\""`, ['put', 'k', 'say "hi"']],
    [`put k ''`, ['put', 'k', '']],
  ])('%s', (line, args) => {
    expect(tokenize(line)).toEqual({ ok: true, tokens: { args } });
  });

  it('reads a here-string as standard input, with $-quoted escapes', () => {
    expect(tokenize(`txn -i <<< $'a\\n\\nb'`)).toEqual({ ok: true, tokens: { args: ['txn', '-i'], stdin: 'a\n\nb\n' } });
  });

  it('names an unterminated quote', () => {
    expect(tokenize(`put "a`)).toEqual({ ok: false, error: 'unexpected EOF while looking for matching `"\'' });
  });
});

describe('parseArgs (cobra and pflag rules)', () => {
  const run = (words: string[]) => {
    const p = parseArgs(words);
    if (p.kind !== 'run') throw new Error(JSON.stringify(p));
    return { path: p.inv.spec.path.join(' '), args: p.inv.args, flags: Object.fromEntries(p.inv.flags) };
  };

  it('takes flags anywhere, short and long, with = or a separate value, and -- ends them', () => {
    expect(run(['-w', 'json', 'get', 'a', '--limit=3', '--prefix', '--', '--not-a-flag'])).toEqual({ path: 'get', args: ['a', '--not-a-flag'], flags: { 'write-out': 'json', limit: 3, prefix: true } });
    expect(run(['get', 'a', '-wfields', '--rev', '-1'])).toEqual({ path: 'get', args: ['a'], flags: { 'write-out': 'fields', rev: -1 } });
    expect(run(['elect', '-l', 'e'])).toEqual({ path: 'elect', args: ['e'], flags: { listen: true } });
    expect(run(['get', 'a', '--endpoints=n1,n2', '--endpoints', 'n3'])).toEqual({ path: 'get', args: ['a'], flags: { endpoints: ['n1', 'n2', 'n3'] } });
  });

  it('finds subcommands and accepts a unique prefix of a command (cobra.EnablePrefixMatching)', () => {
    expect(run(['lease', 'grant', '10']).path).toBe('lease grant');
    expect(run(['comp', '3']).path).toBe('compaction');
    expect(run(['endpoint', 'status', '--cluster']).flags).toEqual({ cluster: true });
  });

  it('shows usage for a bare group, --help, and no command at all', () => {
    expect(parseArgs(['lease']).kind).toBe('usage');
    expect(parseArgs(['put', '--help']).kind).toBe('usage');
    expect(parseArgs([]).kind).toBe('usage');
  });
});

describe('txn input', () => {
  it('reads compares with every target spelling and the three sections', () => {
    expect(parseCompare('ver("k") = "2"')).toEqual({ key: 'k', target: 'version', result: '=', value: 2 });
    expect(parseCompare('c("k") > "0"')).toEqual({ key: 'k', target: 'create', result: '>', value: 0 });
    expect(parseCompare('value("k") != "a b"')).toEqual({ key: 'k', target: 'value', result: '!=', value: 'a b' });
    expect(parseCompare('mod("k") = "x"')).toBe('invalid txn compare request: mod("k") = "x"');
    expect(parseCompare('size("k") = "1"')).toBe('malformed comparison: size("k") = "1" (unknown target size)');
    expect(parseTxnText('mod("a") > "0"\n\nput a 1\n\nget a\n\n')).toEqual({
      ok: true,
      compare: [{ key: 'a', target: 'mod', result: '>', value: 0 }],
      success: [{ type: 'put', key: 'a', value: '1' }],
      failure: [{ type: 'get', key: 'a' }],
    });
  });
});

describe('completion', () => {
  it('completes commands, subcommands, flags and existing keys', () => {
    expect(completeLine('ge', [])).toEqual(['get ']);
    expect(completeLine('lease k', [])).toEqual(['lease keep-alive ']);
    expect(completeLine('get a --pre', [])).toEqual(['get a --prefix ']);
    expect(completeLine('put a b --pr', [])).toEqual(['put a b --prev-kv ']);
    expect(completeLine('get a --li', [])).toEqual(['get a --limit=']);
    expect(completeLine('get fo', ['foo', 'food', 'bar'])).toEqual(['get foo ', 'get food ']);
    expect(completeLine('member ', [])).toEqual(['member add ', 'member list ', 'member promote ', 'member remove ']);
    expect(completeLine('member p', [])).toEqual(['member promote ']);
  });
});

describe('encodings', () => {
  it('matches Go and go-humanize', () => {
    expect(base64('foo')).toBe('Zm9v');
    expect(base64('hello world')).toBe('aGVsbG8gd29ybGQ=');
    expect(base64('中')).toBe('5Lit');
    expect(goQuote('a"b\n\x01')).toBe('"a\\"b\\n\\x01"');
    expect(humanBytes(20480)).toBe('20 kB');
    expect(humanBytes(24576)).toBe('25 kB');
    expect(humanBytes(8200)).toBe('8.2 kB');
    expect(goDuration(34)).toBe('34ms');
    expect(goDuration(1500)).toBe('1.5s');
  });

  it('gives every node its own stable 64-bit member id, and the cluster one id', () => {
    expect(memberId('n1').toString(16)).toBe('c87e49685a05b8f8');
    expect(new Set(['n1', 'n2', 'n3', 'n4', 'n5'].map(memberId)).size).toBe(5);
    expect(clusterId(['n1', 'n2', 'n3'])).toBe(clusterId(['n3', 'n1', 'n2']));
  });

  it('draws tables as tablewriter does', () => {
    expect(table(['ID', 'Name'], [['1', 'default']])).toEqual(['+----+---------+', '| ID |  NAME   |', '+----+---------+', '|  1 | default |', '+----+---------+']);
  });
});
