// etcd-revisions, election-watch-chain and service-registry: the numbers, keys and events
// each narration states.

import { describe, expect, it } from 'vitest';
import { checkElections } from '../../src/check/elections';
import { electionWatchChain } from '../../src/scenario/builtins/election-watch-chain';
import { etcdRevisions } from '../../src/scenario/builtins/etcd-revisions';
import { serviceRegistry } from '../../src/scenario/builtins/service-registry';
import { createSimulation } from '../../src/sim/run';
import type { Kv } from '../../src/sim/trace-types';
import { eventsOf, narration, resultsOf, returnsOf, traceOf } from './builtins-helpers';

const kv = (key: string, value: string, createRevision: number, modRevision: number, version: number, lease = 0): Kv => ({ key, value, createRevision, modRevision, version, lease });

describe('etcd-revisions', () => {
  const events = traceOf(etcdRevisions);
  const at = (fragment: string) => narration(etcdRevisions.scenario, fragment);
  /** The last answer c1 had before a narration. */
  const lastAnswer = (fragment: string) => returnsOf(events, 'c1', at(fragment)).at(-1);
  const lastResult = (fragment: string) => lastAnswer(fragment)?.result;

  it('put, put, delete and put again give the revisions and versions narrated', () => {
    expect(lastResult('put foo=1 made revision 2')).toMatchObject({ header: { revision: 2 }, kvs: [kv('foo', '1', 2, 2, 1)] });
    expect(lastResult('put foo=2 made revision 3')).toMatchObject({ header: { revision: 3 }, kvs: [kv('foo', '2', 2, 3, 2)] });
    expect(lastResult('delete foo made revision 4')).toMatchObject({ header: { revision: 4 }, kvs: [], count: 0 });
    expect(returnsOf(events, 'c1')[4]?.result).toMatchObject({ header: { revision: 4 }, deleted: 1 });
    expect(lastResult('put foo=3 made revision 5')).toMatchObject({ header: { revision: 5 }, kvs: [kv('foo', '3', 5, 5, 1)] });
  });

  it('the txn makes one revision for both puts', () => {
    const results = resultsOf(events, 'c1', at('The txn'));
    expect(results.at(-2)).toMatchObject({ header: { revision: 6 }, succeeded: true });
    expect(results.at(-1)?.kvs).toEqual([kv('bar', 'x', 6, 6, 1), kv('foo', '4', 5, 6, 2)]);
  });

  it('a read of the past works until it is compacted; compaction raises no revision', () => {
    expect(lastResult('A read at revision 3 sees the past')).toMatchObject({ kvs: [kv('foo', '2', 2, 3, 2)] });
    expect(lastAnswer('After compacting at revision 5')).toMatchObject({ ok: false, error: 'etcdserver: mvcc: required revision has been compacted' });
    const compact = returnsOf(events, 'c1').find((r) => eventsOf(events, 'invoke').some((i) => i.client === 'c1' && i.id === r.id && i.op.type === 'compact'));
    expect(compact?.result).toMatchObject({ header: { revision: 6 } });
    expect(lastResult('Revision 5 and later are still readable')).toMatchObject({ header: { revision: 6 }, kvs: [kv('foo', '3', 5, 5, 1)] });
  });
});

describe('election-watch-chain', () => {
  const events = traceOf(electionWatchChain);
  const at = (fragment: string) => narration(electionWatchChain.scenario, fragment);
  const elected = eventsOf(events, 'elected');

  /** What each campaigner waits for just before `t`, read from the clients' own state. */
  function waitKeysBefore(t: number): Record<string, string | undefined> {
    const sim = createSimulation(electionWatchChain.scenario, { trace: false });
    sim.runUntil(t - 1);
    const keys: Record<string, string | undefined> = {};
    for (const c of ['c1', 'c2', 'c3']) {
      const view = sim.clients.get(c)?.campaigns.views()[0];
      keys[c] = view?.phase === 'holding' ? 'holding' : view?.waitKey;
    }
    return keys;
  }

  it('c1 is elected with revision 2; c2 and c3 create revisions 3 and 4 and each waits on the key just ahead', () => {
    expect(elected[0]).toMatchObject({ client: 'c1', revision: 2 });
    expect(elected[0]!.t).toBeLessThan(at('c1 created its key under /election'));
    const keyOf = (rev: number) => eventsOf(events, 'apply').find((e) => e.node === 'n1' && e.entry.includes('campaign /election/') && e.revision === rev)?.entry.split(' ')[1];
    const [k1, k2, k3] = [keyOf(2), keyOf(3), keyOf(4)];
    expect([k1, k2, k3].every((k) => k?.startsWith('/election/'))).toBe(true);
    expect(waitKeysBefore(at('c2 (revision 3) and c3 (revision 4)'))).toEqual({ c1: 'holding', c2: k1, c3: k2 });
    expect(resultsOf(events, 'obs', at('obs calls Observe'))[0]?.kvs?.[0]).toMatchObject({ key: k1, value: 'c1' });
  });

  it('the crashed waiter keeps its key until its lease expires; then the chain re-links to c1', () => {
    const crash = at('The process of c2 crashes');
    const expiry = eventsOf(events, 'apply').find((e) => e.node === 'n1' && e.entry.includes('lease-expire'));
    expect(expiry!.t).toBeGreaterThan(crash + 2000);
    expect(expiry!.t).toBeLessThan(at('The lease of c2 expired'));
    expect(expiry!.revision).toBe(5);
    const k1 = elected[0]!.key;
    expect(waitKeysBefore(at('The lease of c2 expired'))).toMatchObject({ c1: 'holding', c3: expect.stringMatching(/^\/election\//) });
    expect(waitKeysBefore(at('The lease of c2 expired')).c3).not.toBe(k1);
    expect(waitKeysBefore(at('The watch of c3 saw the DELETE'))).toMatchObject({ c1: 'holding', c3: k1 });
  });

  it('c1 resigns, c3 is elected next, and Observe follows the proclaimed value', () => {
    const t = at('c1 resigned');
    expect(elected.map((e) => e.client)).toEqual(['c1', 'c3']);
    expect(elected[1]).toMatchObject({ revision: 4 });
    expect(elected[1]!.t).toBeLessThan(t);
    expect(eventsOf(events, 'resigned', t)).toMatchObject([{ client: 'c1' }]);
    expect(eventsOf(events, 'apply', t).some((e) => e.node === 'n1' && e.entry.includes('lease-revoke') && e.revision === 6)).toBe(true);
    expect(checkElections(events)).toEqual({ ok: true, holders: 2 });
    const seen = eventsOf(events, 'observed', at('c3 proclaimed a new value')).filter((e) => e.client === 'obs');
    expect(seen.map((e) => e.kv.value)).toEqual(['c1', 'c3', 'c3-v2']);
    expect(seen.at(-1)?.kv.key).toBe(elected[1]!.key);
  });
});

describe('service-registry', () => {
  const events = traceOf(serviceRegistry);
  const at = (fragment: string) => narration(serviceRegistry.scenario, fragment);
  const seenBy = (t: number) => eventsOf(events, 'watch', t).filter((e) => e.client === 'gateway').flatMap((e) => e.events);

  it('three instances register on their leases; the gateway sees a PUT for each and lists them', () => {
    const puts = seenBy(at('All three instances are registered'));
    expect(puts.map((e) => `${e.type} ${e.kv.key}@${e.kv.createRevision}`)).toEqual(['PUT services/svc-a@2', 'PUT services/svc-b@3', 'PUT services/svc-c@4']);
    const listed = resultsOf(events, 'gateway', at('A get with the prefix lists'))[1]?.kvs ?? [];
    expect(listed.map((k) => `${k.key}:${k.lease}`)).toEqual(['services/svc-a:101', 'services/svc-b:102', 'services/svc-c:103']);
  });

  it('svc-b dies; its lease expires about 2 s after its last keep-alive and the gateway sees the DELETE', () => {
    const crash = at('Instance svc-b dies');
    const lastKeepAlive = eventsOf(events, 'invoke', crash).filter((e) => e.client === 'svc-b' && e.op.type === 'lease-keepalive').at(-1)!;
    const expiry = eventsOf(events, 'apply', at('About two seconds after')).find((e) => e.node === 'n1' && e.entry.includes('lease-expire'));
    expect(expiry?.entry).toMatch(/lease-expire 102$/);
    expect(expiry!.revision).toBe(5);
    expect(expiry!.t - lastKeepAlive.t).toBeGreaterThanOrEqual(2000);
    expect(expiry!.t - lastKeepAlive.t).toBeLessThan(2700);
    const deletes = seenBy(at('The watch of the gateway delivered the DELETE')).filter((e) => e.type === 'DELETE');
    expect(deletes).toMatchObject([{ kv: { key: 'services/svc-b', modRevision: 5 } }]);
    expect(eventsOf(events, 'apply').some((e) => /lease-expire (101|103)/.test(e.entry))).toBe(false);
    const listed = resultsOf(events, 'gateway', at('The registry now lists svc-a and svc-c only')).at(-1)?.kvs ?? [];
    expect(listed.map((k) => k.key)).toEqual(['services/svc-a', 'services/svc-c']);
  });
});
