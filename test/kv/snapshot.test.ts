// Snapshots (JSON round trip, as a follower installing the leader's state) and clones
// (time-travel checkpoints): same answers at every revision, independent afterwards.

import { describe, expect, it } from 'vitest';
import { KvStateMachine, type KvSnapshot, type RangeResponse } from '../../src/kv';
import { del, must, newKv, put, value } from './helpers';

function busyStore(): KvStateMachine {
  const kv = newKv();
  must(kv, { type: 'lease-grant', ttl: 30, id: 1 });
  must(kv, { type: 'lease-grant', ttl: 3, id: 2 });
  put(kv, 'a', '1'); // 2
  put(kv, 'b', '1', 1); // 3
  put(kv, 'a', '2'); // 4
  del(kv, 'a'); // 5
  put(kv, 'c', '1', 2); // 6
  put(kv, 'a', '3'); // 7
  must(kv, { type: 'compact', revision: 4 });
  must(kv, { type: 'txn', compare: [], success: [{ type: 'put', key: 'd', value: '1' }, { type: 'delete', key: 'c' }], failure: [] }); // 8
  put(kv, 'b', '2', 1); // 9
  return kv;
}

/** What a reader sees at each revision 1..9 (pairs, or the error): full reads. */
function allReads(kv: KvStateMachine, upTo = 9): unknown[] {
  const reads: unknown[] = [];
  for (let rev = 1; rev <= upTo; rev++) {
    const { outcome } = kv.apply({ type: 'get', key: '\0', rangeEnd: '\0', revision: rev }, 0);
    reads.push(outcome.ok ? (outcome.value as RangeResponse).kvs : outcome.error);
  }
  return reads;
}

describe('snapshots', () => {
  it('round-trips through JSON: same reads at every revision, same snapshot, same lease keys', () => {
    const kv = busyStore();
    const snapshot = kv.toSnapshot();
    const restored = value(KvStateMachine.fromSnapshot(JSON.parse(JSON.stringify(snapshot)) as KvSnapshot, { minLeaseTtl: 2 }));
    expect(allReads(restored)).toEqual(allReads(kv));
    expect(allReads(kv).slice(0, 4)).toEqual(Array(3).fill('etcdserver: mvcc: required revision has been compacted').concat([[
      { key: 'a', value: '2', createRevision: 2, modRevision: 4, version: 2, lease: 0 },
      { key: 'b', value: '1', createRevision: 3, modRevision: 3, version: 1, lease: 1 },
    ]]));
    expect(restored.toSnapshot()).toEqual(snapshot);
    expect(restored.compactRevision).toBe(4);
    expect(restored.leaseTimeToLive(1, 0, true).keys).toEqual(['b']);
    expect(restored.leaseTimeToLive(2, 0, true).keys).toEqual([]);
    // Both continue alike.
    for (const node of [kv, restored]) {
      put(node, 'a', '4');
      must(node, { type: 'lease-revoke', id: 1 });
    }
    expect(allReads(restored, 11)).toEqual(allReads(kv, 11));
  });

  it('restores leases as etcd recovers them: no deadline, not primary, TTL raised to the new minimum', () => {
    const kv = busyStore();
    kv.promote(0, 0);
    const restored = value(KvStateMachine.fromSnapshot(kv.toSnapshot(), { minLeaseTtl: 5 }));
    expect(restored.lessor.isPrimary).toBe(false);
    expect(restored.lessor.lookup(2)).toMatchObject({ ttl: 5, expiry: null });
    expect(restored.expiredLeases(1e12)).toEqual([]);
  });

  it('an exact snapshot keeps the leader-only deadlines and role', () => {
    const kv = busyStore();
    kv.promote(1000, 500);
    const restored = value(KvStateMachine.fromSnapshot(JSON.parse(JSON.stringify(kv.toSnapshot(true))) as KvSnapshot, { minLeaseTtl: 2 }));
    expect(restored.lessor.isPrimary).toBe(true);
    expect(restored.lessor.lookup(2)?.expiry).toBe(4500);
    expect(restored.expiredLeases(4500)).toEqual([2]);
  });

  it('refuses malformed snapshots with an error instead of throwing', () => {
    const good = busyStore().toSnapshot();
    const bad: unknown[] = [
      null,
      {},
      { ...good, version: 2 },
      { ...good, store: { ...good.store, keys: 'nope' } },
      { ...good, store: { ...good.store, currentRevision: 'x' } },
      { ...good, store: { ...good.store, keys: [...good.store.keys].reverse() } },
      { ...good, store: { ...good.store, history: [...good.store.history].reverse() } },
      { ...good, lessor: null },
    ];
    for (const snapshot of bad) {
      const result = KvStateMachine.fromSnapshot(snapshot as KvSnapshot, { minLeaseTtl: 2 });
      expect(result.ok).toBe(false);
    }
  });
});

describe('clones', () => {
  it('start equal and stay independent, including old revisions and leases', () => {
    const kv = busyStore();
    const before = allReads(kv);
    const copy = kv.clone();
    expect(allReads(copy)).toEqual(before);
    put(copy, 'a', 'copy');
    must(copy, { type: 'lease-revoke', id: 1 });
    must(copy, { type: 'compact', revision: 8 });
    put(kv, 'a', 'orig');
    expect(must<RangeResponse>(kv, { type: 'get', key: 'a' }).kvs[0]?.value).toBe('orig');
    expect(must<RangeResponse>(copy, { type: 'get', key: 'a' }).kvs[0]?.value).toBe('copy');
    expect(allReads(kv)).toEqual(before);
    expect(allReads(copy).slice(7)).toEqual(before.slice(7));
    expect(kv.leaseTimeToLive(1, 0, true).keys).toEqual(['b']);
    expect(copy.leaseTimeToLive(1, 0).ttl).toBe(-1);
  });

  it('carries watches, which then follow their own store', () => {
    const kv = newKv();
    kv.watch({ key: 'k' });
    const copy = kv.clone();
    expect(copy.apply({ type: 'put', key: 'k', value: 'c' }, 0).watchResponses).toHaveLength(1);
    expect(copy.watch({ key: 'x' })[0]?.watchId).toBe(1);
    expect(kv.watch({ key: 'x' })[0]?.watchId).toBe(1);
    expect(kv.apply({ type: 'put', key: 'k', value: 'o' }, 0).watchResponses[0]?.events[0]?.kv.value).toBe('o');
  });
});
