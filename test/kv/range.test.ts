// Range requests: prefix, ranges, from-key, limit / more / count, sorting, revision filters,
// keys-only and count-only. The "etcd 3.4" expectations replay a session against etcd 3.4.23:
// puts k1=v2 (7), k2=v0 (8), k3=v1 (9), k4=v0 (10), k5=v1 (11), k2=zz (12).

import { describe, expect, it } from 'vitest';
import type { RangeRequest, RangeResponse } from '../../src/kv';
import { must, mustFail, newKv, put } from './helpers';

/** The etcd session, shifted to start at revision 2 (k1 at 2 ... k2=zz at 7). */
function session() {
  const kv = newKv();
  for (const [k, v] of [['k1', 'v2'], ['k2', 'v0'], ['k3', 'v1'], ['k4', 'v0'], ['k5', 'v1'], ['k2', 'zz']] as const) put(kv, k, v);
  put(kv, 'other', 'x');
  return kv;
}

function get(kv: ReturnType<typeof newKv>, req: Omit<RangeRequest, 'type'>): RangeResponse {
  return must<RangeResponse>(kv, { type: 'get', ...req });
}

const pairs = (r: RangeResponse) => r.kvs.map((kv) => `${kv.key}=${kv.value}`);

describe('range', () => {
  it('reads a prefix in key order with count and no `more`', () => {
    const r = get(session(), { key: 'k', prefix: true });
    expect(pairs(r)).toEqual(['k1=v2', 'k2=zz', 'k3=v1', 'k4=v0', 'k5=v1']);
    expect(r.count).toBe(5);
    expect(r.more).toBeUndefined();
    expect(r.header.revision).toBe(8);
  });

  it('reads [key, rangeEnd) and from-key ranges', () => {
    const kv = session();
    expect(pairs(get(kv, { key: 'k2', rangeEnd: 'k4' }))).toEqual(['k2=zz', 'k3=v1']);
    expect(pairs(get(kv, { key: 'k4', rangeEnd: '\0' }))).toEqual(['k4=v0', 'k5=v1', 'other=x']);
    expect(pairs(get(kv, { key: 'k4', rangeEnd: 'k2' }))).toEqual([]);
    // rangeEnd "" is no range end at all (protobuf sends empty bytes as nil).
    expect(pairs(get(kv, { key: 'k4', rangeEnd: '' }))).toEqual(['k4=v0']);
  });

  it('limit: count is the total, more says the limit cut something (etcd 3.4)', () => {
    const r = get(session(), { key: 'k', prefix: true, limit: 2 });
    expect(pairs(r)).toEqual(['k1=v2', 'k2=zz']);
    expect(r.count).toBe(5);
    expect(r.more).toBe(true);
    expect(get(session(), { key: 'k', prefix: true, limit: 5 }).more).toBeUndefined();
    expect(get(session(), { key: 'k', prefix: true, limit: -1 }).kvs).toHaveLength(5);
  });

  it.each<[string, Partial<RangeRequest>, string[]]>([
    // etcd 3.4: the sort only sees the first limit + 1 keys when the order is "none".
    ['value, order none, limit 2', { sortTarget: 'value', limit: 2 }, ['k3=v1', 'k1=v2']],
    ['value descend, limit 2', { sortTarget: 'value', sortOrder: 'descend', limit: 2 }, ['k2=zz', 'k1=v2']],
    ['mod descend, limit 2', { sortTarget: 'mod', sortOrder: 'descend', limit: 2 }, ['k2=zz', 'k5=v1']],
    ['key descend, limit 2', { sortOrder: 'descend', limit: 2 }, ['k5=v1', 'k4=v0']],
    ['value ascend (full sort, ties in key order)', { sortTarget: 'value', sortOrder: 'ascend' }, ['k4=v0', 'k3=v1', 'k5=v1', 'k1=v2', 'k2=zz']],
    ['create ascend', { sortTarget: 'create', sortOrder: 'ascend' }, ['k1=v2', 'k2=zz', 'k3=v1', 'k4=v0', 'k5=v1']],
    ['version descend (ties keep key order)', { sortTarget: 'version', sortOrder: 'descend' }, ['k2=zz', 'k1=v2', 'k3=v1', 'k4=v0', 'k5=v1']],
    ['key ascend', { sortTarget: 'key', sortOrder: 'ascend', limit: 3 }, ['k1=v2', 'k2=zz', 'k3=v1']],
  ])('sorts: %s', (_label, options, expected) => {
    const r = get(session(), { ...options, key: 'k', prefix: true });
    expect(pairs(r)).toEqual(expected);
    expect(r.count).toBe(5);
  });

  it('filters by mod and create revision after counting, then limits', () => {
    const kv = session();
    const r = get(kv, { key: 'k', prefix: true, minModRevision: 4, maxModRevision: 6 });
    expect(pairs(r)).toEqual(['k3=v1', 'k4=v0', 'k5=v1']);
    expect(r.count).toBe(5);
    expect(pairs(get(kv, { key: 'k', prefix: true, minCreateRevision: 3, maxCreateRevision: 3 }))).toEqual(['k2=zz']);
    const limited = get(kv, { key: 'k', prefix: true, maxModRevision: 6, limit: 2 });
    expect(pairs(limited)).toEqual(['k1=v2', 'k3=v1']);
    expect(limited.more).toBe(true);
  });

  it('keys-only drops values; count-only returns just the count (etcd 3.4)', () => {
    const kv = session();
    const keys = get(kv, { key: 'k', prefix: true, limit: 2, keysOnly: true });
    expect(keys.kvs.map((x) => [x.key, x.value, x.modRevision])).toEqual([
      ['k1', '', 2],
      ['k2', '', 7],
    ]);
    expect(get(kv, { key: 'k', prefix: true, countOnly: true })).toEqual({ header: { revision: 8 }, kvs: [], count: 5 });
  });

  it('reads old revisions with all options', () => {
    const kv = session();
    const r = get(kv, { key: 'k', prefix: true, revision: 4, sortTarget: 'value', sortOrder: 'descend' });
    expect(pairs(r)).toEqual(['k1=v2', 'k3=v1', 'k2=v0']);
    expect(r.count).toBe(3);
    expect(r.header.revision).toBe(8);
  });

  it('refuses an empty key unless it names the whole keyspace as clientv3 does (empty-key-range.test.ts)', () => {
    expect(mustFail(session(), { type: 'get', key: '', rangeEnd: 'k2' })).toBe('etcdserver: key is not provided');
    expect(get(session(), { key: '', rangeEnd: '\0' }).count).toBe(get(session(), { key: '', prefix: true }).count);
  });

  it('never returns objects shared with the store', () => {
    const kv = session();
    const first = get(kv, { key: 'k1' });
    (first.kvs[0] as { value: string }).value = 'changed';
    expect(pairs(get(kv, { key: 'k1' }))).toEqual(['k1=v2']);
  });
});
