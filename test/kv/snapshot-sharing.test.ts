import { describe, expect, it } from 'vitest';
import { MvccStore } from '../../src/kv/mvcc-store';
import { storeFromSnapshot, storeToSnapshot } from '../../src/kv/snapshot';
import { NO_LEASES } from '../../src/kv/mvcc-store';

function putAll(store: MvccStore, pairs: [string, string][]): void {
  const txn = store.write();
  for (const [k, v] of pairs) txn.put(k, v, 0);
  txn.end();
}

// storeToSnapshot shares the history's lists and pairs with the store (issue 17): what the
// store does afterwards must not show through the snapshot, nor a restored store's writes.
describe('store snapshots share history without aliasing', () => {
  it('a snapshot stays what it was while the store writes, deletes and compacts on', () => {
    const store = new MvccStore();
    putAll(store, [['a', '1'], ['b', '2']]);
    putAll(store, [['a', '3']]);
    const snap = storeToSnapshot(store);
    const before = JSON.stringify(snap);
    putAll(store, [['a', '4'], ['c', '5']]);
    const del = store.write();
    del.deleteRange({ key: 'b' });
    del.end();
    expect(store.compact(store.currentRev).ok).toBe(true);
    expect(JSON.stringify(snap)).toBe(before);
  });

  it('a store restored from a snapshot is independent of the original', () => {
    const store = new MvccStore();
    putAll(store, [['a', '1'], ['b', '2']]);
    const snap = storeToSnapshot(store);
    const restored = storeFromSnapshot(snap, NO_LEASES);
    const kv = restored.kvAt({ main: 2, sub: 0 }) as { value: string };
    kv.value = 'changed in the restored store';
    expect(store.kvAt({ main: 2, sub: 0 }).value).toBe('1');
    expect(JSON.stringify(storeToSnapshot(store))).toBe(JSON.stringify(snap));
  });
});
