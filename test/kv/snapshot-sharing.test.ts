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

// Clones (time-travel checkpoints) share one history array (src/kv/history.ts): a clone that
// writes where another already wrote, or compacts, must take its own array first.
describe('store clones share history without aliasing', () => {
  const valueAt = (store: MvccStore, key: string, rev: number): string | undefined => {
    const found = store.rangeAt({ key, end: '' }, { rev }, store.currentRev);
    return found.ok ? found.value.kvs[0]?.value : `error: ${found.error}`;
  };

  it('two clones that write different values at the same revision each read their own', () => {
    const original = new MvccStore();
    putAll(original, [['a', '1']]); // rev 2
    const checkpoint = original.clone();
    putAll(original, [['a', 'live']]); // rev 3 in the live run
    const replay = checkpoint.clone();
    putAll(replay, [['a', 'forked']]); // rev 3 in a forked replay
    expect(valueAt(original, 'a', 3)).toBe('live');
    expect(valueAt(replay, 'a', 3)).toBe('forked');
    expect(valueAt(checkpoint, 'a', 2)).toBe('1');
    expect(checkpoint.currentRev).toBe(2);
    expect(checkpoint.changesAt(3)).toEqual([]);
  });

  it('a frozen clone does not see revisions written after it was taken', () => {
    const original = new MvccStore();
    putAll(original, [['a', '1']]);
    const checkpoint = original.clone();
    putAll(original, [['b', '2']]);
    putAll(original, [['c', '3']]);
    expect(checkpoint.changesAt(3)).toEqual([]);
    expect(original.changesAt(4).map((c) => c.key)).toEqual(['c']);
    // Writing on from the checkpoint gives revision 3 its own changes, not the live run's.
    putAll(checkpoint, [['z', '9']]);
    expect(checkpoint.changesAt(3).map((c) => c.key)).toEqual(['z']);
    expect(original.changesAt(3).map((c) => c.key)).toEqual(['b']);
  });

  it('compacting one clone leaves the other able to read old revisions', () => {
    const original = new MvccStore();
    putAll(original, [['a', '1']]); // 2
    putAll(original, [['a', '2']]); // 3
    putAll(original, [['a', '3']]); // 4
    const checkpoint = original.clone();
    expect(original.compact(4).ok).toBe(true);
    expect(valueAt(original, 'a', 2)).toBe('error: etcdserver: mvcc: required revision has been compacted');
    expect(original.changesAt(2)).toEqual([]);
    expect(valueAt(checkpoint, 'a', 2)).toBe('1');
    expect(valueAt(checkpoint, 'a', 3)).toBe('2');
    expect(checkpoint.changesAt(2).map((c) => c.key)).toEqual(['a']);
  });
});
