// Watches: replay from history, live delivery in revision order, revisions never split,
// prevKv, filters, compaction cancel, ranges, ids, and catching up after a snapshot install.
// "etcd 3.4" marks answers checked against etcd 3.4.23 (etcdctl watch -w json).

import { describe, expect, it } from 'vitest';
import type { KvStateMachine} from '../../src/kv';
import { ErrEmptyWatcherRange, type WatchEvent, type WatchResponse } from '../../src/kv';
import { del, must, newKv, put, value } from './helpers';

const brief = (events: WatchEvent[]) =>
  events.map((e) => `${e.type} ${e.kv.key}=${e.kv.value}@${e.kv.modRevision}${e.prevKv ? ` (was ${e.prevKv.value}@${e.prevKv.modRevision})` : ''}`);

/** w1=a (2), w1=b (3), delete w1 (4), w1=c (5). */
function w1History(): KvStateMachine {
  const kv = newKv();
  put(kv, 'w1', 'a');
  put(kv, 'w1', 'b');
  del(kv, 'w1');
  put(kv, 'w1', 'c');
  return kv;
}

describe('watch replay and live delivery', () => {
  it('replays history from the start revision with prevKv in one response (etcd 3.4)', () => {
    const kv = w1History();
    const [created, replay, ...rest] = kv.watch({ key: 'w1', startRevision: 1, prevKv: true });
    expect(created).toEqual({ watchId: 0, header: { revision: 5 }, events: [], created: true });
    expect(rest).toEqual([]);
    expect(replay?.header.revision).toBe(5);
    expect(brief(replay?.events ?? [])).toEqual(['PUT w1=a@2', 'PUT w1=b@3 (was a@2)', 'DELETE w1=@4 (was b@3)', 'PUT w1=c@5']);
    // A DELETE event carries only the key and its revision (etcd's tombstone).
    expect(replay?.events[2]?.kv).toEqual({ key: 'w1', value: '', createRevision: 0, modRevision: 4, version: 0, lease: 0 });
  });

  it('starts after the current revision when no start is given, and follows live writes', () => {
    const kv = w1History();
    expect(kv.watch({ key: 'w', prefix: true })).toHaveLength(1);
    const applied = kv.apply({ type: 'put', key: 'w2', value: 'x' }, 0);
    expect(applied.watchResponses).toEqual([
      { watchId: 0, header: { revision: 6 }, events: [{ type: 'PUT', kv: { key: 'w2', value: 'x', createRevision: 6, modRevision: 6, version: 1, lease: 0 } }] },
    ]);
    expect(kv.apply({ type: 'put', key: 'other', value: 'x' }, 0).watchResponses).toEqual([]);
  });

  it('delivers all events of one revision together, in order, to every matching watch', () => {
    const kv = newKv();
    kv.watch({ key: 'a', rangeEnd: 'c' });
    kv.watch({ key: 'b' });
    const applied = kv.apply({ type: 'txn', compare: [], success: [{ type: 'put', key: 'b', value: '1' }, { type: 'put', key: 'a', value: '1' }, { type: 'put', key: 'c', value: '1' }], failure: [] }, 0);
    expect(applied.watchResponses.map((r) => [r.watchId, r.header.revision, brief(r.events)])).toEqual([
      [0, 2, ['PUT b=1@2', 'PUT a=1@2']],
      [1, 2, ['PUT b=1@2']],
    ]);
  });

  it('a watch from the future waits for its revision', () => {
    const kv = newKv();
    kv.watch({ key: 'k', startRevision: 4 });
    expect(kv.apply({ type: 'put', key: 'k', value: '2' }, 0).watchResponses).toEqual([]);
    expect(kv.apply({ type: 'put', key: 'k', value: '3' }, 0).watchResponses).toEqual([]);
    expect(brief(kv.apply({ type: 'put', key: 'k', value: '4' }, 0).watchResponses[0]?.events ?? [])).toEqual(['PUT k=4@4']);
  });

  it('a lease revoke reaches watches as deletes of one revision', () => {
    const kv = newKv();
    must(kv, { type: 'lease-grant', ttl: 10, id: 1 });
    put(kv, 's/a', '1', 1);
    put(kv, 's/b', '1', 1);
    kv.watch({ key: 's/', prefix: true, prevKv: true });
    const [response] = kv.apply({ type: 'lease-revoke', id: 1 }, 0).watchResponses;
    expect(brief(response?.events ?? [])).toEqual(['DELETE s/a=@4 (was 1@2)', 'DELETE s/b=@4 (was 1@3)']);
  });

  it('filters puts or deletes on request; a filtered-out revision sends nothing', () => {
    const kv = newKv();
    kv.watch({ key: 'k', noDelete: true });
    kv.watch({ key: 'k', noPut: true });
    expect(kv.apply({ type: 'put', key: 'k', value: '1' }, 0).watchResponses.map((r) => r.watchId)).toEqual([0]);
    expect(kv.apply({ type: 'delete', key: 'k' }, 0).watchResponses.map((r) => r.watchId)).toEqual([1]);
  });

  it('numbers watches per hub in order and cancels them', () => {
    const kv = newKv();
    expect([kv.watch({ key: 'a' }), kv.watch({ key: 'b' }), kv.watch({ key: 'c' })].map((r) => r[0]?.watchId)).toEqual([0, 1, 2]);
    expect(value(kv.cancelWatch(1))).toEqual({ watchId: 1, header: { revision: 1 }, events: [], canceled: true });
    expect(kv.cancelWatch(1)).toEqual({ ok: false, error: 'mvcc: watcher does not exist' });
    expect(kv.watch({ key: 'd' })[0]?.watchId).toBe(3);
    expect(kv.apply({ type: 'put', key: 'b', value: '1' }, 0).watchResponses).toEqual([]);
  });

  it('refuses an empty range as etcd does: created and canceled at once', () => {
    const kv = newKv();
    const [response] = kv.watch({ key: 'b', rangeEnd: 'a' });
    expect(response).toEqual({ watchId: -1, header: { revision: 1 }, events: [], created: true, canceled: true, cancelReason: ErrEmptyWatcherRange });
  });

  it('refuses malformed watch requests the same way; a negative start is below any compaction', () => {
    const kv = w1History();
    for (const req of [null, { key: 3 }, { key: 'k', startRevision: 1.5 }, { key: 'k', prefix: 'yes' }]) {
      expect(kv.watch(req as never)).toMatchObject([{ watchId: -1, created: true, canceled: true, cancelReason: 'kv: malformed watch request' }]);
    }
    // etcd compares the start with compactMainRev, which is -1 before any compaction.
    expect(kv.watch({ key: 'w1', startRevision: -1e15 })[1]).toMatchObject({ canceled: true, compactRevision: -1 });
  });

  it('splits a long replay into responses of at most 1000 revisions with events, never inside a revision', () => {
    const kv = newKv();
    for (let i = 0; i < 1500; i++) put(kv, 'k', String(i));
    put(kv, 'other', 'x');
    const responses = kv.watch({ key: 'k', startRevision: 1 });
    expect(responses.map((r) => r.events.length)).toEqual([0, 1000, 500]);
    const multi = newKv();
    for (let i = 0; i < 1001; i++) must(multi, { type: 'txn', compare: [], success: [{ type: 'put', key: 'a', value: String(i) }, { type: 'put', key: 'b', value: String(i) }], failure: [] });
    expect(multi.watch({ key: 'a', rangeEnd: 'c', startRevision: 2 }).map((r) => r.events.length)).toEqual([0, 2000, 2]);
    const revisions = responses.flatMap((r) => r.events.map((e) => e.kv.modRevision));
    expect(revisions).toEqual(Array.from({ length: 1500 }, (_, i) => i + 2));
  });
});

describe('watch and compaction', () => {
  it('cancels a watch whose start revision is compacted, with the compaction revision (etcd 3.4)', () => {
    const kv = w1History();
    must(kv, { type: 'compact', revision: 3 });
    const responses = kv.watch({ key: 'w1', startRevision: 2 });
    expect(responses[1]).toEqual({ watchId: 0, header: { revision: 0 }, events: [], compactRevision: 3, canceled: true });
    expect(kv.watches.list()).toEqual([]);
  });

  it('replays from the compaction revision itself; prevKv before it is gone (etcd 3.4: watch --rev 21 after compact 21)', () => {
    const kv = w1History();
    must(kv, { type: 'compact', revision: 3 });
    const [, replay] = kv.watch({ key: 'w1', startRevision: 3, prevKv: true });
    expect(brief(replay?.events ?? [])).toEqual(['PUT w1=b@3', 'DELETE w1=@4 (was b@3)', 'PUT w1=c@5']);
  });

  it('keeps delivering to a live watch across compactions', () => {
    const kv = newKv();
    kv.watch({ key: 'k' });
    put(kv, 'k', '1');
    must(kv, { type: 'compact', revision: 2 });
    expect(kv.apply({ type: 'put', key: 'k', value: '2' }, 0).watchResponses).toHaveLength(1);
  });
});

describe('watches and snapshots', () => {
  it('a node installing a snapshot catches its watches up through the new history', () => {
    const leader = newKv();
    const follower = newKv();
    put(leader, 'k', '1');
    put(follower, 'k', '1');
    follower.watch({ key: 'k', prevKv: true });
    put(leader, 'k', '2');
    put(leader, 'k', '3');
    const caughtUp: WatchResponse[] = value(follower.installSnapshot(leader.toSnapshot()));
    expect(caughtUp.map((r) => brief(r.events))).toEqual([['PUT k=2@3 (was 1@2)', 'PUT k=3@4 (was 2@3)']]);
    expect(follower.apply({ type: 'put', key: 'k', value: '4' }, 0).watchResponses).toHaveLength(1);
  });

  it('cancels them when the snapshot is compacted past them', () => {
    const leader = newKv();
    const follower = newKv();
    follower.watch({ key: 'k' });
    put(leader, 'k', '1');
    put(leader, 'k', '2');
    must(leader, { type: 'compact', revision: 3 });
    expect(value(follower.installSnapshot(leader.toSnapshot()))).toEqual([{ watchId: 0, header: { revision: 0 }, events: [], compactRevision: 3, canceled: true }]);
  });
});
