// An empty key with prefix or from-key is clientv3's spelling of the whole keyspace
// (WithPrefix / WithFromKey on "" send key "\0", range_end "\0"): `etcdctl get "" --prefix`
// lists every key, `del "" --prefix` deletes every key, `watch "" --prefix` sees every
// change. A plain empty key, or an empty compare key, stays etcd's "key is not provided".
// Each answer below was checked against etcd 3.4.23 (test/kv/tools/etcd-diff.ts and etcdctl).

import { describe, expect, it } from 'vitest';
import { ErrEmptyKey, type DeleteRangeResponse, type RangeResponse, type TxnResponse } from '../../src/kv';
import { must, mustFail, newKv, put } from './helpers';

function threeKeys() {
  const kv = newKv();
  put(kv, 'a', '1');
  put(kv, 'b/x', '2');
  put(kv, '\u{1F600}', '3');
  return kv;
}

describe('the empty key with prefix or from-key (clientv3: the whole keyspace)', () => {
  it.each([
    ['prefix', { prefix: true }],
    ['from-key', { rangeEnd: '\0' }],
  ])('get "" --%s lists every key', (_label, range) => {
    const kv = threeKeys();
    const r = must<RangeResponse>(kv, { type: 'get', key: '', ...range });
    expect(r.kvs.map((k) => k.key)).toEqual(['a', 'b/x', '\u{1F600}']);
    expect(r.count).toBe(3);
  });

  it('del "" --prefix deletes every key in one revision', () => {
    const kv = threeKeys();
    const r = must<DeleteRangeResponse>(kv, { type: 'delete', key: '', prefix: true, prevKv: true });
    expect(r.deleted).toBe(3);
    expect(r.header.revision).toBe(5);
    expect(must<RangeResponse>(kv, { type: 'get', key: '', rangeEnd: '\0' }).count).toBe(0);
  });

  it('works inside a txn, where a whole-keyspace delete next to a put is no duplicate key (etcd 3.4)', () => {
    const kv = threeKeys();
    const r = must<TxnResponse>(kv, {
      type: 'txn',
      compare: [],
      success: [{ type: 'get', key: '', prefix: true, countOnly: true }, { type: 'put', key: 'c', value: '4' }, { type: 'delete', key: '', rangeEnd: '\0' }],
      failure: [],
    });
    expect(r.succeeded).toBe(true);
    expect((r.responses[0] as RangeResponse).count).toBe(3);
    expect((r.responses[2] as DeleteRangeResponse).deleted).toBe(4);
  });

  it('watch "" --prefix sees changes to every key', () => {
    const kv = newKv();
    const [created] = kv.watch({ key: '', prefix: true });
    expect(created?.canceled).toBeUndefined();
    put(kv, 'a', '1');
    put(kv, 'z', '2');
    const responses = kv.watch({ key: '', rangeEnd: '\0', startRevision: 1 }).slice(1);
    expect(responses.flatMap((r) => r.events.map((e) => e.kv.key))).toEqual(['a', 'z']);
  });

  it.each<[string, unknown]>([
    ['get ""', { type: 'get', key: '' }],
    ['get "" with a range end other than from-key', { type: 'get', key: '', rangeEnd: 'b' }],
    ['del ""', { type: 'delete', key: '' }],
    ['put ""', { type: 'put', key: '', value: 'v' }],
    ['a compare on "" over the whole keyspace (clientv3 Cmp.WithPrefix keeps the empty key)', { type: 'txn', compare: [{ key: '', rangeEnd: '\0', target: 'version', result: '>', value: 0 }], success: [], failure: [] }],
    ['get "" (no prefix) inside a txn', { type: 'txn', compare: [], success: [], failure: [{ type: 'get', key: '' }] }],
  ])('%s is still "key is not provided"', (_label, req) => {
    expect(mustFail(threeKeys(), req as never)).toBe(ErrEmptyKey);
  });
});
