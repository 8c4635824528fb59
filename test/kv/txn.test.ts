// Transactions: compares on every target and result, on missing keys and on ranges; nested
// txns; the duplicate-key rule; the checks that fail a whole txn; header revisions inside a txn.
// "etcd 3.4" marks answers checked against etcd 3.4.23 (etcdctl txn and the JSON gateway).

import { describe, expect, it } from 'vitest';
import {
  ErrDuplicateKey,
  ErrEmptyKey,
  ErrFutureRev,
  ErrKeyNotFound,
  ErrLeaseNotFound,
  ErrTooManyOps,
  type Compare,
  type TxnOpRequest,
  type TxnRequest,
  type TxnResponse,
} from '../../src/kv';
import { del, must, mustFail, newKv, put } from './helpers';

const txn = (compare: Compare[], success: TxnOpRequest[] = [], failure: TxnOpRequest[] = []): TxnRequest => ({ type: 'txn', compare, success, failure });
const cmp = (key: string, target: Compare['target'], result: Compare['result'], value: number | string, rangeEnd?: string): Compare =>
  rangeEnd === undefined ? { key, target, result, value } : { key, target, result, value, rangeEnd };

/** "w" created at 2, put again at 3 ("b"); "x" at 4 with lease 5. Store at 4. */
function fixture() {
  const kv = newKv();
  must(kv, { type: 'lease-grant', ttl: 60, id: 5 });
  put(kv, 'w', 'a');
  put(kv, 'w', 'b');
  put(kv, 'x', 'c', 5);
  return kv;
}

const succeeded = (kv: ReturnType<typeof newKv>, c: Compare) => must<TxnResponse>(kv, txn([c])).succeeded;

describe('txn compares', () => {
  it.each<[Compare, boolean]>([
    // A missing key compares as create = mod = version = lease = 0 (etcd 3.4).
    [cmp('missing', 'version', '=', 0), true],
    [cmp('missing', 'create', '<', 5), true],
    [cmp('missing', 'mod', '=', 0), true],
    [cmp('missing', 'lease', '=', 0), true],
    [cmp('missing', 'create', '>', 0), false],
    // ... but a value compare on a missing key always fails, even "= ''" and "!= 'x'" (etcd 3.4).
    [cmp('missing', 'value', '!=', 'x'), false],
    [cmp('missing', 'value', '=', ''), false],
    // Each target and each result on an existing key.
    [cmp('w', 'value', '=', 'b'), true],
    [cmp('w', 'value', '>', 'a'), true],
    [cmp('w', 'value', '<', 'a'), false],
    [cmp('w', 'value', '!=', 'b'), false],
    [cmp('w', 'create', '=', 2), true],
    [cmp('w', 'mod', '=', 3), true],
    [cmp('w', 'mod', '>', 2), true],
    [cmp('w', 'mod', '<', 3), false],
    [cmp('w', 'version', '=', 2), true],
    [cmp('w', 'version', '!=', 2), false],
    [cmp('x', 'lease', '=', 5), true],
    // With a range end, every key in the range must pass.
    [cmp('w', 'version', '>', 0, 'y'), true],
    [cmp('w', 'version', '=', 2, 'y'), false],
    [cmp('w', 'mod', '>', 1, '\0'), true],
    [cmp('y', 'value', '=', 'z', 'z'), false],
  ])('%j -> %s', (c, expected) => {
    expect(succeeded(fixture(), c)).toBe(expected);
  });

  it('all compares must pass: the first failure picks the else branch', () => {
    const kv = fixture();
    const r = must<TxnResponse>(kv, txn([cmp('w', 'version', '=', 2), cmp('x', 'value', '=', 'nope')], [{ type: 'put', key: 'then', value: '1' }], [{ type: 'put', key: 'else', value: '1' }]));
    expect(r.succeeded).toBe(false);
    expect(kv.store.index.get('else', kv.revision)).not.toBeNull();
    expect(kv.store.index.get('then', kv.revision)).toBeNull();
  });
});

describe('txn execution', () => {
  it('headers inside a txn: reads before the first write see the old revision (etcd 3.4)', () => {
    const kv = newKv();
    put(kv, 'a', '1'); // 2
    const r = must<TxnResponse>(kv, txn([], [{ type: 'delete', key: 'nope' }, { type: 'get', key: 'a' }, { type: 'put', key: 'q', value: '1' }, { type: 'get', key: 'q' }]));
    expect(r.header.revision).toBe(3);
    expect(r.responses.map((x) => x.header.revision)).toEqual([2, 2, 3, 3]);
    expect((r.responses[3] as { kvs: unknown[] }).kvs).toHaveLength(1);
  });

  it('a read-only txn answers the current revision and commits nothing', () => {
    const kv = newKv();
    put(kv, 'a', '1');
    const applied = kv.apply(txn([cmp('a', 'value', '=', '1')], [{ type: 'get', key: 'a' }, { type: 'delete', key: 'nope' }]), 0);
    expect(applied.committed).toBeNull();
    expect(applied.outcome).toMatchObject({ ok: true, value: { header: { revision: 2 }, succeeded: true } });
  });

  it('nested txns: compares all see the store before the txn; one revision; nested header empty (etcd 3.4)', () => {
    const kv = newKv();
    put(kv, 'n1', 'old'); // 2
    const inner = txn([cmp('n1', 'value', '=', 'old')], [{ type: 'put', key: 'n2', value: 'saw-old' }, { type: 'get', key: 'n1' }], [{ type: 'put', key: 'n2', value: 'saw-new' }]);
    const r = must<TxnResponse>(kv, txn([], [{ type: 'put', key: 'n1', value: 'new' }, inner]));
    expect(r.header.revision).toBe(3);
    const nested = r.responses[1] as TxnResponse;
    expect(nested.header.revision).toBe(0);
    expect(nested.succeeded).toBe(true);
    expect(nested.responses[0]?.header.revision).toBe(3);
    // The inner get runs after the outer put: it sees the new value.
    expect((nested.responses[1] as { kvs: { value: string }[] }).kvs[0]?.value).toBe('new');
    expect(kv.revision).toBe(3);
  });

  it('deleting then the same revision: sub-revisions order the changes of one txn', () => {
    const kv = newKv();
    put(kv, 'k', '0'); // 2
    // A nested txn may delete a key its parent's earlier op put (etcd's check allows it).
    const applied = kv.apply(txn([], [txn([], [{ type: 'put', key: 'k', value: '1' }]), txn([], [{ type: 'delete', key: 'k' }])]), 0);
    expect(applied.committed?.events.map((e) => `${e.type} ${e.kv.key} v${e.kv.version}`)).toEqual(['PUT k v2', 'DELETE k v0']);
    expect(must(kv, { type: 'get', key: 'k' })).toMatchObject({ kvs: [], count: 0 });
  });
});

describe('txn checks fail the whole txn and change nothing', () => {
  it('ignore_value / ignore_lease on a missing key: key not found (etcd 3.4)', () => {
    const kv = fixture();
    expect(mustFail(kv, txn([], [{ type: 'put', key: 'ok', value: '1' }, { type: 'put', key: 'nokey', value: '', ignoreValue: true }]))).toBe(ErrKeyNotFound);
    expect(mustFail(kv, txn([], [{ type: 'put', key: 'nokey', value: 'v', ignoreLease: true }]))).toBe(ErrKeyNotFound);
    expect(kv.revision).toBe(4);
  });

  it('a put with an unknown lease: lease not found', () => {
    expect(mustFail(fixture(), txn([], [{ type: 'put', key: 'k', value: '1', lease: 99 }]))).toBe(ErrLeaseNotFound);
  });

  it('a read at a future or compacted revision', () => {
    const kv = fixture();
    expect(mustFail(kv, txn([], [{ type: 'put', key: 'k', value: '1' }, { type: 'get', key: 'w', revision: 5 }]))).toBe(ErrFutureRev);
    must(kv, { type: 'compact', revision: 3 });
    expect(mustFail(kv, txn([], [{ type: 'get', key: 'w', revision: 2 }]))).toBe('etcdserver: mvcc: required revision has been compacted');
  });

  it('only the branch taken is checked', () => {
    const kv = fixture();
    const r = must<TxnResponse>(kv, txn([cmp('w', 'value', '=', 'b')], [{ type: 'put', key: 'k', value: '1' }], [{ type: 'put', key: 'k', value: '1', lease: 99 }]));
    expect(r.succeeded).toBe(true);
  });

  it('ignore_value keeps the value and ignore_lease the lease; each only that (lease 0 given means no lease)', () => {
    const kv = fixture();
    must(kv, txn([], [{ type: 'put', key: 'x', value: '', ignoreValue: true }, { type: 'put', key: 'w', value: 'new', ignoreLease: true }]));
    expect(must(kv, { type: 'get', key: 'w', rangeEnd: 'y' })).toMatchObject({
      kvs: [
        { key: 'w', value: 'new', lease: 0, version: 3 },
        { key: 'x', value: 'c', lease: 0, version: 2 },
      ],
    });
  });
});

describe('txn validation (etcd API layer)', () => {
  it.each<[string, TxnRequest, string]>([
    ['two puts of one key (etcd 3.4)', txn([], [{ type: 'put', key: 'd', value: '1' }, { type: 'put', key: 'd', value: '2' }]), ErrDuplicateKey],
    ['put and delete of one key (etcd 3.4)', txn([], [{ type: 'put', key: 'd', value: '1' }, { type: 'delete', key: 'd' }]), ErrDuplicateKey],
    ['put inside a deleted prefix (etcd 3.4)', txn([], [{ type: 'put', key: 'd', value: '1' }, { type: 'delete', key: 'd', prefix: true }]), ErrDuplicateKey],
    ['put inside a deleted range', txn([], [{ type: 'delete', key: 'a', rangeEnd: 'e' }, { type: 'put', key: 'd', value: '1' }]), ErrDuplicateKey],
    ['nested put clashes with a parent put', txn([], [{ type: 'put', key: 'd', value: '1' }, txn([], [{ type: 'put', key: 'd', value: '2' }])]), ErrDuplicateKey],
    ['nested put inside a parent delete', txn([], [{ type: 'delete', key: 'd' }, txn([], [], [{ type: 'put', key: 'd', value: '2' }])]), ErrDuplicateKey],
    ['two nested txns put one key', txn([], [txn([], [{ type: 'put', key: 'd', value: '1' }]), txn([], [{ type: 'put', key: 'd', value: '2' }])]), ErrDuplicateKey],
    ['duplicates in the else branch', txn([], [], [{ type: 'put', key: 'd', value: '1' }, { type: 'put', key: 'd', value: '2' }]), ErrDuplicateKey],
    ['an empty compare key', txn([cmp('', 'version', '=', 0)]), ErrEmptyKey],
    ['an empty op key', txn([], [{ type: 'get', key: '' }]), ErrEmptyKey],
    ['129 ops', txn([], Array.from({ length: 129 }, (_, i) => ({ type: 'get' as const, key: `k${i}` }))), ErrTooManyOps],
  ])('refuses %s', (_label, req, error) => {
    const kv = newKv();
    expect(kv.validate(req)).toBe(error);
    expect(mustFail(kv, req)).toBe(error);
  });

  it.each<[string, TxnRequest]>([
    ['two deletes of one key (etcd 3.4)', txn([], [{ type: 'delete', key: 'd' }, { type: 'delete', key: 'd' }])],
    ['a put beside a deleted prefix that does not cover it (etcd 3.4)', txn([], [{ type: 'put', key: 'd', value: '1' }, { type: 'delete', key: 'c', prefix: true }])],
    // etcd's interval check treats range end "\0" as a backwards interval: no clash (etcd 3.4).
    ['a put beside a from-key delete covering it (etcd 3.4 quirk)', txn([], [{ type: 'put', key: 'd', value: '1' }, { type: 'delete', key: 'a', rangeEnd: '\0' }])],
    ['the same key in then and else of one nested txn', txn([], [txn([], [{ type: 'put', key: 'd', value: '1' }], [{ type: 'put', key: 'd', value: '2' }])])],
    ['128 ops', txn([], Array.from({ length: 128 }, (_, i) => ({ type: 'get' as const, key: `k${i}` })))],
  ])('accepts %s', (_label, req) => {
    expect(newKv().validate(req)).toBeNull();
  });

  it('the from-key quirk: the delete removes the key put just before it (etcd 3.4: deleted 9 incl. d)', () => {
    const kv = newKv();
    put(kv, 'b', '1');
    del(kv, 'zz');
    const r = must<TxnResponse>(kv, txn([], [{ type: 'put', key: 'd', value: '1' }, { type: 'delete', key: 'a', rangeEnd: '\0' }]));
    expect(r.responses[1]).toEqual({ header: { revision: 3 }, deleted: 2 });
  });
});
