// Revision arithmetic, create/mod/version, reads at old revisions, compaction.
// Expected values marked "etcd 3.4" were checked against a real etcd 3.4.23 with etcdctl.

import { describe, expect, it } from 'vitest';
import { ErrCompacted, ErrFutureRev, type KvRequest, type RangeResponse } from '../../src/kv';
import { del, must, mustFail, newKv, put } from './helpers';

type Row = [label: string, req: KvRequest, revisionAfter: number, headerRevision: number];

/** Applies each row in order, checking the store revision after it and the answer's header. */
function runTable(rows: Row[], setup: (kv: ReturnType<typeof newKv>) => void = () => undefined): void {
  const kv = newKv();
  setup(kv);
  for (const [label, req, after, header] of rows) {
    const before = kv.revision;
    const applied = kv.apply(req, 0);
    expect(applied.outcome.ok, label).toBe(true);
    expect(kv.revision, `${label}: store revision`).toBe(after);
    expect((applied.outcome as { value: { header: { revision: number } } }).value.header.revision, `${label}: header`).toBe(header);
    expect(applied.committed?.revision ?? null, `${label}: committed`).toBe(after !== before ? after : null);
  }
}

describe('revision arithmetic', () => {
  it('starts at revision 1 and reads of an empty store answer revision 1', () => {
    const kv = newKv();
    expect(kv.revision).toBe(1);
    expect(must<RangeResponse>(kv, { type: 'get', key: 'a' })).toEqual({ header: { revision: 1 }, kvs: [], count: 0 });
  });

  it('put, put (same value), delete, delete nothing, put: each change takes one revision (etcd 3.4)', () => {
    runTable([
      ['put a=1', { type: 'put', key: 'a', value: '1' }, 2, 2],
      ['put a=1 again', { type: 'put', key: 'a', value: '1' }, 3, 3],
      ['delete a', { type: 'delete', key: 'a' }, 4, 4],
      ['delete missing', { type: 'delete', key: 'a' }, 4, 4],
      ['get', { type: 'get', key: 'a' }, 4, 4],
      ['put a=2', { type: 'put', key: 'a', value: '2' }, 5, 5],
    ]);
  });

  it('a range delete takes one revision for all keys; deleting an empty range takes none', () => {
    const kv = newKv();
    put(kv, 'k1', 'a');
    put(kv, 'k2', 'b');
    put(kv, 'k3', 'c');
    const applied = kv.apply({ type: 'delete', key: 'k', prefix: true }, 0);
    expect(applied.outcome).toEqual({ ok: true, value: { header: { revision: 5 }, deleted: 3 } });
    expect(applied.committed?.revision).toBe(5);
    expect(applied.committed?.events.map((e) => [e.type, e.kv.key, e.kv.modRevision])).toEqual([
      ['DELETE', 'k1', 5],
      ['DELETE', 'k2', 5],
      ['DELETE', 'k3', 5],
    ]);
    expect(must(kv, { type: 'delete', key: 'k', prefix: true })).toEqual({ header: { revision: 5 }, deleted: 0 });
  });

  it('a txn with several writes takes one revision; a read-only or no-op txn takes none', () => {
    runTable([
      ['txn put x2', { type: 'txn', compare: [], success: [{ type: 'put', key: 'a', value: '1' }, { type: 'put', key: 'b', value: '1' }], failure: [] }, 2, 2],
      ['read-only txn', { type: 'txn', compare: [], success: [{ type: 'get', key: 'a' }], failure: [] }, 2, 2],
      ['txn deleting nothing', { type: 'txn', compare: [], success: [{ type: 'delete', key: 'zz' }], failure: [] }, 2, 2],
      ['empty txn', { type: 'txn', compare: [], success: [], failure: [] }, 2, 2],
      ['txn put + delete', { type: 'txn', compare: [], success: [{ type: 'put', key: 'c', value: '1' }, { type: 'delete', key: 'a' }], failure: [] }, 3, 3],
    ]);
  });

  it('a lease revoke deletes every attached key in one revision (etcd 3.4: keys at 13 and 14, revoke at 15)', () => {
    const kv = newKv();
    must(kv, { type: 'lease-grant', ttl: 100, id: 7 });
    put(kv, 'lk1', 'x', 7);
    put(kv, 'lk2', 'y', 7);
    put(kv, 'other', 'z');
    const applied = kv.apply({ type: 'lease-revoke', id: 7 }, 0);
    expect(applied.outcome).toEqual({ ok: true, value: { header: { revision: 5 } } });
    expect(applied.committed?.events.map((e) => `${e.type} ${e.kv.key}@${e.kv.modRevision}`)).toEqual(['DELETE lk1@5', 'DELETE lk2@5']);
    // A lease with no keys: revoking it does not move the revision.
    must(kv, { type: 'lease-grant', ttl: 100, id: 8 });
    expect(must(kv, { type: 'lease-revoke', id: 8 })).toEqual({ header: { revision: 5 } });
    expect(kv.revision).toBe(5);
  });

  it('compaction and lease grants answer the current revision and do not move it', () => {
    runTable([
      ['put', { type: 'put', key: 'a', value: '1' }, 2, 2],
      ['compact 2', { type: 'compact', revision: 2 }, 2, 2],
      ['grant', { type: 'lease-grant', ttl: 10 }, 2, 2],
    ]);
  });
});

describe('create revision, mod revision, version', () => {
  it('version counts puts since creation and starts over after a delete (etcd 3.4: a at create 2, mod 4, version 3)', () => {
    const kv = newKv();
    put(kv, 'a', '1'); // 2
    put(kv, 'a', '1'); // 3
    put(kv, 'a', '2'); // 4
    const got = must<RangeResponse>(kv, { type: 'get', key: 'a' });
    expect(got.kvs).toEqual([{ key: 'a', value: '2', createRevision: 2, modRevision: 4, version: 3, lease: 0 }]);
    del(kv, 'a'); // 5
    put(kv, 'a', '3'); // 6
    expect(must<RangeResponse>(kv, { type: 'get', key: 'a' }).kvs).toEqual([
      { key: 'a', value: '3', createRevision: 6, modRevision: 6, version: 1, lease: 0 },
    ]);
  });

  it('put with prevKv returns the pair before, none for a new or deleted key (etcd 3.4)', () => {
    const kv = newKv();
    expect(must(kv, { type: 'put', key: 'w', value: 'a', prevKv: true })).toEqual({ header: { revision: 2 } });
    expect(must(kv, { type: 'put', key: 'w', value: 'b', prevKv: true })).toEqual({
      header: { revision: 3 },
      prevKv: { key: 'w', value: 'a', createRevision: 2, modRevision: 2, version: 1, lease: 0 },
    });
    del(kv, 'w');
    expect(must(kv, { type: 'put', key: 'w', value: 'c', prevKv: true })).toEqual({ header: { revision: 5 } });
  });
});

describe('reads at old revisions and compaction', () => {
  function history() {
    const kv = newKv();
    put(kv, 'a', '1'); // 2
    put(kv, 'a', '2'); // 3
    del(kv, 'a'); // 4
    put(kv, 'a', '3'); // 5
    put(kv, 'b', '1'); // 6
    return kv;
  }
  const at = (kv: ReturnType<typeof newKv>, revision: number) =>
    must<RangeResponse>(kv, { type: 'get', key: 'a', revision }).kvs.map((x) => `${x.value}/v${x.version}`);

  it('reads each past revision as it was, and answers the current revision in the header', () => {
    const kv = history();
    expect([1, 2, 3, 4, 5, 6].map((r) => at(kv, r))).toEqual([[], ['1/v1'], ['2/v2'], [], ['3/v1'], ['3/v1']]);
    expect(must<RangeResponse>(kv, { type: 'get', key: 'a', revision: 2 }).header.revision).toBe(6);
  });

  it('refuses future revisions and compacted ones (etcd 3.4 wording)', () => {
    const kv = history();
    expect(mustFail(kv, { type: 'get', key: 'a', revision: 7 })).toBe(ErrFutureRev);
    must(kv, { type: 'compact', revision: 3 });
    expect(mustFail(kv, { type: 'get', key: 'a', revision: 2 })).toBe('etcdserver: mvcc: required revision has been compacted');
    expect(at(kv, 3)).toEqual(['2/v2']); // the compaction revision itself stays readable (etcd 3.4)
    expect(at(kv, 4)).toEqual([]);
    expect(at(kv, 5)).toEqual(['3/v1']);
  });

  it('compaction rules: at or below the last compaction is ErrCompacted, above the current revision ErrFutureRev (etcd 3.4)', () => {
    const kv = history();
    must(kv, { type: 'compact', revision: 0 }); // etcd 3.4 accepts 0 on a fresh store ("compacted revision 0")
    expect(mustFail(kv, { type: 'compact', revision: 0 })).toBe(ErrCompacted);
    must(kv, { type: 'compact', revision: 3 });
    expect(mustFail(kv, { type: 'compact', revision: 3 })).toBe(ErrCompacted);
    expect(mustFail(kv, { type: 'compact', revision: 2 })).toBe(ErrCompacted);
    expect(mustFail(kv, { type: 'compact', revision: 7 })).toBe(ErrFutureRev);
    must(kv, { type: 'compact', revision: 6 });
    expect(kv.compactRevision).toBe(6);
  });

  it('keeps the newest version of each live key and forgets deleted keys', () => {
    const kv = newKv();
    put(kv, 'gone', 'x'); // 2
    put(kv, 'live', '1'); // 3
    put(kv, 'live', '2'); // 4
    del(kv, 'gone'); // 5
    put(kv, 'late', 'y'); // 6
    must(kv, { type: 'compact', revision: 6 });
    expect(kv.store.index.size).toBe(2);
    expect([...kv.store.history.entries()].map(([main]) => main)).toEqual([4, 6]);
    expect(must<RangeResponse>(kv, { type: 'get', key: '\0', rangeEnd: '\0', revision: 6 }).kvs.map((x) => [x.key, x.value, x.version])).toEqual([
      ['late', 'y', 1],
      ['live', '2', 2],
    ]);
    // The version count survives compaction.
    put(kv, 'live', '3');
    expect(must<RangeResponse>(kv, { type: 'get', key: 'live' }).kvs[0]?.version).toBe(3);
  });

  it('keeps a tombstone at exactly the compaction revision until the next compaction (etcd >= 3.5)', () => {
    const kv = newKv();
    put(kv, 'a', '1'); // 2
    del(kv, 'a'); // 3
    must(kv, { type: 'compact', revision: 3 });
    expect(kv.store.index.size).toBe(1);
    expect(kv.store.changesAt(3)).toEqual([{ sub: 0, key: 'a', kv: null }]);
    put(kv, 'b', '1'); // 4
    must(kv, { type: 'compact', revision: 4 });
    expect(kv.store.index.size).toBe(1);
    expect(kv.store.changesAt(3)).toEqual([]);
  });
});
