// A scenario's client ops with key "" and prefix / from-key (rangeEnd "\0") name the whole
// keyspace, as clientv3's WithPrefix / WithFromKey make them (etcdctl get "" --prefix lists
// every key); they parse, survive a share link, and the simulated cluster answers them like
// etcd 3.4 does. A plain empty key still gets etcd's "key is not provided".

import { describe, expect, it } from 'vitest';
import { makeScenario, parseScenario } from '../../src/scenario';
import { decodeLink, encodeLink } from '../../src/scenario/link';
import { createSimulation } from '../../src/sim/run';
import type { ClientOp, Step } from '../../src/sim/scenario-types';

const OPS: ClientOp[] = [
  { type: 'watch', key: '', prefix: true },
  { type: 'put', key: 'a', value: '1' },
  { type: 'put', key: 'b', value: '2' },
  { type: 'get', key: '', prefix: true },
  { type: 'get', key: '', rangeEnd: '\0', countOnly: true },
  { type: 'txn', compare: [], success: [{ type: 'get', key: '', prefix: true }, { type: 'delete', key: '', rangeEnd: '\0' }], failure: [] },
  { type: 'delete', key: '', prefix: true },
  { type: 'get', key: '' },
];

function scenario() {
  const steps: Step[] = OPS.map((op, i) => ({ at: 1000 + 200 * i, do: 'client', client: i === 0 ? 'w' : 'c', op }));
  return makeScenario({ cluster: { nodes: ['n1', 'n2', 'n3'] }, steps, until: 4000 });
}

describe('the empty key with prefix or from-key in a scenario', () => {
  it('parses and survives a share link unchanged', () => {
    const parsed = parseScenario(JSON.parse(JSON.stringify(scenario())));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.scenario.steps.map((s) => (s.do === 'client' ? s.op : null))).toEqual(OPS);
    const link = decodeLink(encodeLink(parsed.scenario));
    expect(link.ok && link.scenario.steps).toEqual(parsed.scenario.steps);
  });

  it('is answered over the whole keyspace by the cluster; a plain empty key is refused', () => {
    const sim = createSimulation(scenario(), { trace: true });
    sim.runUntil(4000);
    const events = sim.recorder.events;
    const returns = events.flatMap((e) => (e.ev === 'return' && e.client === 'c' ? [e] : []));
    const results = returns.map((r) => (r.ok ? r.result : r.error)) as unknown[];
    expect(results).toHaveLength(7);
    expect((results[2] as { kvs: { key: string }[] }).kvs.map((kv) => kv.key)).toEqual(['a', 'b']);
    expect((results[3] as { count: number }).count).toBe(2);
    const txn = results[4] as { succeeded: boolean; responses: { count?: number; deleted?: number }[] };
    expect([txn.succeeded, txn.responses[0]?.count, txn.responses[1]?.deleted]).toEqual([true, 2, 2]);
    expect((results[5] as { deleted: number }).deleted).toBe(0);
    expect(results[6]).toBe('etcdserver: key is not provided');
    const watched = events.flatMap((e) => (e.ev === 'watch' && e.client === 'w' ? e.events.map((w) => `${w.type} ${w.kv.key}`) : []));
    expect(watched).toEqual(['PUT a', 'PUT b', 'DELETE a', 'DELETE b']);
  });
});

describe('lease ids past 2^53 in a scenario (int64 as a decimal string)', () => {
  const op = (o: unknown) => parseScenario({ version: 1, seed: 1, cluster: { nodes: ['n1'] }, steps: [{ at: 0, do: 'client', client: 'c', op: o }] });
  it('reads an int64 id as its exact decimal string', () => {
    const parsed = op({ type: 'lease-revoke', id: '9223279459140130424' });
    expect(parsed.ok && parsed.scenario.steps[0]).toEqual({ at: 0, do: 'client', client: 'c', op: { type: 'lease-revoke', id: '9223279459140130424' } });
    expect(op({ type: 'put', key: 'k', value: 'v', lease: '-1' }).ok).toBe(true);
  });
  it.each([
    ['not an int64', '9223372036854775808', 'expected a lease id: a positive integer below 2^53, or another int64 in decimal as a string'],
    ['not decimal', '0x10', 'expected a lease id: a positive integer below 2^53, or another int64 in decimal as a string'],
    ['an id that is a number', '5', 'expected the lease id 5 as a number'],
  ])('refuses %s', (_what, id, message) => {
    expect(op({ type: 'lease-keepalive', id })).toEqual({ ok: false, error: `steps[0].op.id: ${message}` });
  });
  it('is answered by the cluster: requested lease not found', () => {
    const steps: Step[] = [
      { at: 1000, do: 'client', client: 'c', op: { type: 'put', key: 'k', value: 'v', lease: '9223279459140130424' } },
      { at: 1200, do: 'client', client: 'c', op: { type: 'lease-revoke', id: '9223279459140130424' } },
      { at: 1400, do: 'client', client: 'c', op: { type: 'lease-timetolive', id: '9223279459140130424' } },
    ];
    const sim = createSimulation(makeScenario({ cluster: { nodes: ['n1', 'n2', 'n3'] }, steps, until: 3000 }), { trace: true });
    sim.runUntil(3000);
    const returns = sim.recorder.events.flatMap((e) => (e.ev === 'return' ? [e.ok ? e.result?.id : e.error] : []));
    expect(returns).toEqual(['etcdserver: requested lease not found', 'etcdserver: requested lease not found', '9223279459140130424']);
  });
});
