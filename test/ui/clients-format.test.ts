import { describe, expect, it } from 'vitest';
import { clip, latency, leaseHex, opSummary, resultFacts } from '../../src/ui/views/clients/result-format';

const kvA = { key: 'a', value: '2', createRevision: 2, modRevision: 3, version: 2, lease: 0 };

describe('resultFacts', () => {
  it('starts with header.revision, then the fields etcd returns for a get', () => {
    expect(resultFacts({ header: { revision: 3 }, kvs: [kvA], count: 1 })).toEqual([
      { kind: 'field', name: 'header.revision', value: '3' },
      { kind: 'field', name: 'count', value: '1' },
      { kind: 'kv', name: 'kvs', kv: kvA },
    ]);
  });

  it('shows prev_kv of a put and deleted of a delete', () => {
    expect(resultFacts({ header: { revision: 3 }, prevKv: kvA })).toContainEqual({ kind: 'kv', name: 'prev_kv', kv: kvA });
    expect(resultFacts({ header: { revision: 5 }, deleted: 1 })).toContainEqual({ kind: 'field', name: 'deleted', value: '1' });
  });

  it('shows a txn as succeeded plus one block per response', () => {
    const facts = resultFacts({ header: { revision: 4 }, succeeded: true, responses: [{ header: { revision: 4 } }, { header: { revision: 4 }, kvs: [kvA], count: 1 }] });
    expect(facts[1]).toEqual({ kind: 'field', name: 'succeeded', value: 'true' });
    const blocks = facts.filter((f) => f.kind === 'txn-response');
    expect(blocks).toHaveLength(2);
    expect(blocks[1]).toMatchObject({ index: 1, facts: [{ name: 'header.revision' }, { name: 'count' }, { kind: 'kv' }] });
  });

  it('prints lease ids in hex as etcdctl does, with the granted TTL and attached keys', () => {
    const result = { header: { revision: 5 }, id: 1000001, ttl: 4, grantedTtl: 5, keys: ['a'] };
    expect(resultFacts(result)).toEqual([
      { kind: 'field', name: 'header.revision', value: '5' },
      { kind: 'field', name: 'ID', value: 'f4241' },
      { kind: 'field', name: 'TTL', value: '4' },
      { kind: 'field', name: 'grantedTTL', value: '5' },
      { kind: 'list', name: 'keys', values: ['a'] },
    ]);
    expect(resultFacts({ header: { revision: 5 }, leases: [{ id: 1000001 }] } as never)).toContainEqual({ kind: 'list', name: 'leases', values: ['f4241'] });
  });

  it('shows the key and revision a campaign won with', () => {
    expect(resultFacts({ header: { revision: 6 }, key: 'e/f4242', revision: 6 })).toEqual([
      { kind: 'field', name: 'header.revision', value: '6' },
      { kind: 'field', name: 'key', value: 'e/f4242' },
      { kind: 'field', name: 'revision', value: '6' },
    ]);
  });
});

describe('opSummary', () => {
  it('reads like etcdctl', () => {
    expect(opSummary({ type: 'put', key: 'a', value: '1', lease: 1000001 })).toBe('put a 1 --lease=f4241');
    expect(opSummary({ type: 'get', key: 'a', prefix: true, revision: 3, serializable: true })).toBe('get a --prefix --rev=3 --consistency=s');
    expect(opSummary({ type: 'delete', key: '' })).toBe('del ""');
    expect(opSummary({ type: 'campaign', election: 'e', value: 'v1' })).toBe('campaign e v1');
    expect(opSummary({ type: 'lock', name: 'm' })).toBe('lock m');
    expect(opSummary({ type: 'lease-keepalive', id: 255 })).toBe('lease keep-alive --once ff');
    expect(opSummary({ type: 'txn', compare: [], success: [{ type: 'get', key: 'a' }], failure: [] })).toBe('txn then get a else —');
    expect(
      opSummary({
        type: 'txn',
        compare: [
          { key: 'a', target: 'version', result: '=', value: 1 },
          { key: 'b', target: 'value', result: '!=', value: 'x' },
        ],
        success: [{ type: 'put', key: 'a', value: '2' }],
        failure: [{ type: 'get', key: 'a' }, { type: 'delete', key: 'b' }],
      }),
    ).toBe('txn if ver(a) = 1 && val(b) != "x" then put a 2 else get a; del b');
  });
});

describe('small helpers', () => {
  it('clip, leaseHex and latency', () => {
    expect(clip('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(clip('short')).toBe('short');
    expect(leaseHex(0)).toBe('0');
    expect(leaseHex(1000001)).toBe('f4241');
    expect(latency(100, 163)).toBe(63);
    expect(latency(100, undefined)).toBeUndefined();
  });
});
