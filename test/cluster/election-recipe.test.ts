// etcd's election recipe (client/v3/concurrency) through the whole cluster: the story of
// the seed articles. Three campaigners; each waits for the deletion of the key just ahead
// of it; the holder resigns and the next in create order wins; a waiter in the middle
// crashes, its session lease expires, and the chain re-links.

import { describe, expect, it } from 'vitest';
import { checkElections } from '../../src/check/elections';
import type { TraceEvent } from '../../src/sim/trace-types';
import { at, returns, run } from './helpers';

const campaign = (t: number, client: string) => at(t, client, { type: 'campaign', election: '/election', value: client, ttl: 2 });

function sends(events: readonly TraceEvent[], client: string): string[] {
  return events.flatMap((e) => (e.ev === 'send' && e.from === client && e.msg.type === 'client-request' ? [String(e.msg.op)] : []));
}

describe('the election recipe', () => {
  it('three campaigners: the first holds, resigning hands over in create-revision order', () => {
    const { events } = run([campaign(1000, 'c1'), campaign(1200, 'c2'), campaign(1400, 'c3'), at(2500, 'c1', { type: 'resign', election: '/election' }), at(3500, 'c2', { type: 'resign', election: '/election' })]);
    const elected = events.filter((e): e is Extract<TraceEvent, { ev: 'elected' }> => e.ev === 'elected');
    expect(elected.map((e) => e.client)).toEqual(['c1', 'c2', 'c3']);
    expect(elected[0]!.revision).toBeLessThan(elected[1]!.revision);
    expect(elected[1]!.revision).toBeLessThan(elected[2]!.revision);
    expect(elected.every((e) => e.key.startsWith('/election/'))).toBe(true);
    expect(checkElections(events).ok).toBe(true);
    // c3 asks who is just ahead of it (a sorted, limited get), then watches only that key.
    expect(sends(events, 'c3').filter((s) => s === 'watch').length).toBeGreaterThanOrEqual(1);
  });

  it('a crashed waiter in the middle: its lease expires, its key is deleted, and the last waiter re-links to the holder', () => {
    const { events } = run([campaign(1000, 'c1'), campaign(1200, 'c2'), campaign(1400, 'c3'), { at: 2000, do: 'client-crash', client: 'c2' }, at(7000, 'c1', { type: 'resign', election: '/election' })], { until: 10_000 });
    const elected = events.filter((e) => e.ev === 'elected').map((e) => (e.ev === 'elected' ? e.client : ''));
    expect(elected).toEqual(['c1', 'c3']);
    // c2's key goes away through a lease revocation decided by the leader, carried out through Raft.
    const expiry = events.find((e) => e.ev === 'apply' && e.entry.includes('lease-expire'));
    expect(expiry).toBeDefined();
    expect(expiry!.t).toBeGreaterThan(1200 + 2000); // not before its TTL has run out since it was granted
    // c3 watched again after c2's key was deleted: a second watch request.
    const c3Watches = events.filter((e) => e.ev === 'send' && e.from === 'c3' && e.msg.type === 'client-request' && e.msg.op === 'watch');
    expect(c3Watches.length).toBe(2);
    expect(c3Watches[1]!.t).toBeGreaterThan(expiry!.t);
    expect(checkElections(events).ok).toBe(true);
  });

  it('a holder whose client crashes gives way once its session expires', () => {
    const { events } = run([campaign(1000, 'c1'), campaign(1200, 'c2'), { at: 2000, do: 'client-crash', client: 'c1' }], { until: 8000 });
    const c2 = events.find((e) => e.ev === 'elected' && e.client === 'c2');
    expect(c2).toBeDefined();
    expect(c2!.t).toBeGreaterThan(4000); // ttl 2 s after the last keep-alive, then the leader's check
    expect(returns(events, 'c2').at(-1)?.ok).toBe(true);
  });
});

describe('leases', () => {
  it('keys attached to a lease are deleted in one revision when it expires; watchers see the DELETE', () => {
    const { events } = run(
      [
        at(1000, 'svc', { type: 'lease-grant', ttl: 2, id: 100 }),
        at(1000, 'svc', { type: 'put', key: 'services/a', value: '10.0.0.1', lease: 100 }),
        at(1000, 'svc', { type: 'put', key: 'services/b', value: '10.0.0.2', lease: 100 }),
        at(1200, 'w', { type: 'watch', key: 'services/', prefix: true }),
      ],
      { until: 6000 },
    );
    const deletes = events.flatMap((e) => (e.ev === 'watch' && e.client === 'w' ? e.events.filter((x) => x.type === 'DELETE') : []));
    expect(deletes.map((d) => d.kv.key).sort()).toEqual(['services/a', 'services/b']);
    expect(new Set(deletes.map((d) => d.kv.modRevision)).size).toBe(1);
  });

  it('a lease kept alive survives past its TTL; a TTL below the minimum is raised', () => {
    const { events } = run(
      [
        at(1000, 'c1', { type: 'lease-grant', ttl: 0, id: 5 }),
        at(1000, 'c1', { type: 'put', key: 'k', value: 'v', lease: 5 }),
        ...[1500, 2000, 2500, 3000].map((t) => at(t, 'c1', { type: 'lease-keepalive', id: 5 })),
        at(3400, 'c1', { type: 'get', key: 'k' }),
      ],
      { until: 5000 },
    );
    const r = returns(events, 'c1');
    expect(r[0]?.ok && r[0].result?.ttl).toBeGreaterThanOrEqual(1);
    const last = r.at(-1);
    expect(last?.ok && last.result?.kvs?.[0]?.key).toBe('k');
  });
});

describe('the rest of the election API and the mutex', () => {
  it('Leader answers the holder; Proclaim changes its value; Observe streams the changes', () => {
    const { events } = run([
      campaign(1000, 'c1'),
      at(1500, 'o', { type: 'observe', election: '/election' }),
      at(2000, 'c1', { type: 'proclaim', election: '/election', value: 'c1-v2' }),
      at(2500, 'q', { type: 'leader', election: '/election' }),
      at(2500, 'c2', { type: 'proclaim', election: '/election', value: 'nope' }),
    ]);
    const leader = returns(events, 'q')[0];
    expect(leader?.ok && leader.result?.kvs?.[0]?.value).toBe('c1-v2');
    expect(returns(events, 'c2')[0]).toMatchObject({ ok: false, error: 'election: not leader' });
    const observed = events.flatMap((e) => (e.ev === 'observed' && e.client === 'o' ? [e.kv.value] : []));
    expect(observed).toEqual(['c1', 'c1-v2']);
  });

  it('Observe waits for a first leader, then follows leadership as it passes on (not other campaigners)', () => {
    const { events } = run([
      at(500, 'o', { type: 'observe', election: '/election' }),
      campaign(1000, 'c1'),
      campaign(1200, 'c2'),
      at(2500, 'c1', { type: 'resign', election: '/election' }),
    ]);
    const observed = events.flatMap((e) => (e.ev === 'observed' && e.client === 'o' ? [e.kv.value] : []));
    expect(observed).toEqual(['c1', 'c2']);
  });

  it('Leader with no campaigner answers etcd\'s "election: no leader"', () => {
    const { events } = run([at(1000, 'q', { type: 'leader', election: '/nobody' })]);
    expect(returns(events, 'q')[0]).toMatchObject({ ok: false, error: 'election: no leader' });
  });

  it('a mutex is held by one client at a time; Lock blocks the client until it is held', () => {
    const lock = (t: number, c: string) => at(t, c, { type: 'lock', name: 'm', ttl: 2 });
    const { events } = run([lock(1000, 'a'), lock(1100, 'b'), at(1150, 'b', { type: 'put', key: 'after-lock', value: 'b' }), at(3000, 'a', { type: 'unlock', name: 'm' })]);
    expect(checkElections(events).ok).toBe(true);
    const bLocked = events.find((e) => e.ev === 'elected' && e.client === 'b');
    const bPut = events.find((e) => e.ev === 'invoke' && e.client === 'b' && e.op.type === 'put');
    expect(bLocked!.t).toBeGreaterThan(3000);
    expect(bPut!.t).toBeGreaterThanOrEqual(bLocked!.t); // the put waited for the lock
  });
});
