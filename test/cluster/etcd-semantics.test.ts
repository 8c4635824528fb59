// etcd v3 semantics through the whole cluster: requests go through Raft (or ReadIndex) and
// come back etcd-shaped, with the revisions etcd would give.

import { describe, expect, it } from 'vitest';
import { at, results, returns, run } from './helpers';

describe('revisions through the cluster', () => {
  it('put, put, delete, put, txn give the revisions etcd gives', () => {
    const { events } = run([
      at(1000, 'c1', { type: 'put', key: 'a', value: '1' }),
      at(1000, 'c1', { type: 'put', key: 'a', value: '2' }),
      at(1000, 'c1', { type: 'delete', key: 'a' }),
      at(1000, 'c1', { type: 'put', key: 'a', value: '3' }),
      at(1000, 'c1', { type: 'txn', compare: [{ key: 'a', target: 'version', result: '=', value: 1 }], success: [{ type: 'put', key: 'b', value: 'x' }, { type: 'put', key: 'a', value: '4' }], failure: [] }),
      at(1000, 'c1', { type: 'delete', key: 'nothing' }),
      at(1000, 'c1', { type: 'get', key: 'a' }),
    ]);
    const r = results(events, 'c1');
    expect(r.map((x) => x.header.revision)).toEqual([2, 3, 4, 5, 6, 6, 6]);
    expect(r[2]?.deleted).toBe(1);
    expect(r[4]?.succeeded).toBe(true);
    expect(r[5]?.deleted).toBe(0);
    // version restarts after the delete; create revision is the re-creation's.
    expect(r[6]?.kvs).toEqual([{ key: 'a', value: '4', createRevision: 5, modRevision: 6, version: 2, lease: 0 }]);
    // Every node applied the same entries to the same revisions.
    const applied = events.filter((e) => e.ev === 'apply' && e.entry.includes('c1#'));
    const byIndex = new Map<number, Set<number>>();
    for (const e of applied) if (e.ev === 'apply') byIndex.set(e.index, (byIndex.get(e.index) ?? new Set()).add(e.revision));
    for (const revs of byIndex.values()) expect(revs.size).toBe(1);
  });

  it('bad input gets etcd errors, never a crash', () => {
    const { events } = run([
      at(1000, 'c1', { type: 'put', key: '', value: 'x' }),
      at(1000, 'c1', { type: 'put', key: 'k', value: 'x', lease: 12345 }),
      at(1000, 'c1', { type: 'get', key: 'k', revision: 99 }),
      at(1000, 'c1', { type: 'txn', compare: [], success: [{ type: 'put', key: 'd', value: '1' }, { type: 'put', key: 'd', value: '2' }], failure: [] }),
      at(1000, 'c1', { type: 'lease-revoke', id: 777 }),
    ]);
    expect(returns(events, 'c1').map((r) => (r.ok ? 'ok' : r.error))).toEqual([
      'etcdserver: key is not provided',
      'etcdserver: requested lease not found',
      'etcdserver: mvcc: required revision is a future revision',
      'etcdserver: duplicate key given in txn request',
      'etcdserver: requested lease not found',
    ]);
  });

  it('a watch from an old revision replays history in order, then follows new writes', () => {
    const { events } = run([
      at(1000, 'c1', { type: 'put', key: 'k', value: '1' }),
      at(1000, 'c1', { type: 'put', key: 'k', value: '2' }),
      at(1500, 'w', { type: 'watch', key: 'k', startRevision: 2 }),
      at(2000, 'c1', { type: 'delete', key: 'k' }),
    ]);
    const watched = events.flatMap((e) => (e.ev === 'watch' && e.client === 'w' ? e.events : []));
    expect(watched.map((e) => `${e.type}@${e.kv.modRevision}`)).toEqual(['PUT@2', 'PUT@3', 'DELETE@4']);
  });
});

describe('retries apply a write at most once (§8: the client session table)', () => {
  it('with heavy message loss, a write committed twice changes the store once', () => {
    const steps = Array.from({ length: 12 }, (_, i) => at(800 + i * 10, 'c1', { type: 'put', key: `k${i % 3}`, value: `${i}` }));
    // Seed 31: a put times out (its connection stays up, the cluster is slow under loss) and
    // is retried; both proposals commit. (A put whose connection breaks is not retried: it
    // returns "unavailable", as clientv3's nonRepeatable policy does.)
    const { events, sim } = run(steps, { loss: 0.3, until: 20_000, seed: 31 });
    const commands = new Map<string, number[]>();
    for (const e of events) if (e.ev === 'apply' && e.node === 'n1' && e.entry.includes('c1#')) commands.set(e.entry.slice(e.entry.indexOf(':') + 1), [...(commands.get(e.entry.slice(e.entry.indexOf(':') + 1)) ?? []), e.index]);
    const ok = returns(events, 'c1').filter((r) => r.ok).length;
    // Each successful put bumps the revision by one, duplicates included nothing more.
    const revision = sim.servers.get('n1')?.machine.revision() ?? 0;
    const distinctApplied = commands.size;
    expect(revision).toBe(1 + distinctApplied);
    expect(ok).toBeGreaterThan(0);
    expect([...commands.values()].some((idx) => idx.length > 1)).toBe(true); // some command really was committed twice
  });
});

describe('reads', () => {
  it('a serializable read on a cut-off follower is stale; a linearizable read is not', () => {
    const { events } = run(
      [
        at(1000, 'c1', { type: 'put', key: 'x', value: 'old' }),
        { at: 1500, do: 'partition', groups: [['n1'], ['n2', 'n3', 'n4', 'n5']] },
        at(1600, 'c1', { type: 'put', key: 'x', value: 'new' }, 'n2'),
        at(3000, 'c2', { type: 'get', key: 'x', serializable: true }, 'n1'),
        at(3000, 'c3', { type: 'get', key: 'x' }, 'n1'),
      ],
      { nodes: 5, seed: 2 },
    );
    const leader1 = events.find((e) => e.ev === 'role' && e.role === 'leader');
    expect(leader1).toBeDefined();
    const stale = results(events, 'c2')[0];
    const fresh = results(events, 'c3')[0];
    expect(stale?.kvs?.[0]?.value).toBe('old');
    expect(fresh?.kvs?.[0]?.value).toBe('new');
  });
});
