import { describe, expect, it } from 'vitest';
import type { Step } from '../../src/sim/scenario-types';
import type { TraceEvent } from '../../src/sim/trace-types';
import { clientHistories, knownClients, opIdOfStep, opState, requestedNode, sentRecord } from '../../src/ui/views/clients/op-history';

const kv = { key: 'e/f4242', value: 'v2', createRevision: 6, modRevision: 6, version: 1, lease: 1000002 };

const events: TraceEvent[] = [
  { t: 1000, ev: 'invoke', client: 'c1', id: 1, op: { type: 'put', key: 'a', value: '1' } },
  { t: 1001, ev: 'invoke', client: 'c10', id: 1, op: { type: 'get', key: 'a' } },
  { t: 1002, ev: 'invoke', client: 'c2', id: 1, op: { type: 'put', key: 'b', value: '1' } },
  { t: 1063, ev: 'return', client: 'c1', id: 1, ok: true, result: { header: { revision: 2 } } },
  { t: 1100, ev: 'invoke', client: 'c1', id: 2, op: { type: 'put', key: '', value: 'z' } },
  { t: 1124, ev: 'return', client: 'c1', id: 2, ok: false, error: 'etcdserver: key is not provided' },
  { t: 1200, ev: 'return', client: 'c2', id: 1, ok: false, error: 'timeout' },
  { t: 1300, ev: 'invoke', client: 'c4', id: 1, op: { type: 'watch', key: 'e/', prefix: true } },
  { t: 1327, ev: 'return', client: 'c4', id: 1, ok: true, result: { header: { revision: 5 }, watchId: 0 } },
  { t: 1329, ev: 'watch', client: 'c4', watchId: 0, events: [{ type: 'PUT', kv }] },
  { t: 1400, ev: 'return', client: 'c9', id: 7, ok: true, result: { header: { revision: 1 } } },
  { t: 1500, ev: 'client-crash', client: 'c2' },
];

describe('clientHistories', () => {
  const histories = clientHistories(events);
  const of = (c: string) => histories.find((h) => h.client === c)!;

  it('pairs each invoke with the return of the same client and id, newest first', () => {
    const c1 = of('c1');
    expect(c1.ops.map((o) => o.id)).toEqual([2, 1]);
    expect(c1.ops[1]!.returned).toEqual({ t: 1063, ok: true, result: { header: { revision: 2 } } });
    expect(c1.ops[0]!.returned?.error).toBe('etcdserver: key is not provided');
  });

  it('orders clients by name with numbers compared as numbers', () => {
    expect(histories.map((h) => h.client)).toEqual(['c1', 'c2', 'c4', 'c10']);
  });

  it('leaves returns whose invoke is no longer in the events out', () => {
    expect(histories.some((h) => h.client === 'c9')).toBe(false);
  });

  it('tells pending, done, failed and unknown outcomes apart', () => {
    expect(opState(of('c10').ops[0]!)).toBe('pending');
    expect(opState(of('c1').ops[1]!)).toBe('ok');
    expect(opState(of('c1').ops[0]!)).toBe('error');
    expect(opState(of('c2').ops[0]!)).toBe('unknown');
  });

  it('attaches watch deliveries to the watch that created them, and marks crashed clients', () => {
    expect(of('c4').ops[0]!.watchEvents).toEqual([{ t: 1329, events: [{ type: 'PUT', kv }] }]);
    expect(of('c2').crashed).toBe(true);
    expect(of('c1').crashed).toBe(false);
  });

  it('keeps only the newest ops of each client but counts them all', () => {
    const many: TraceEvent[] = [];
    for (let id = 1; id <= 30; id++) many.push({ t: id, ev: 'invoke', client: 'c1', id, op: { type: 'get', key: 'a' } });
    const [h] = clientHistories(many, 5);
    expect(h!.ops.map((o) => o.id)).toEqual([30, 29, 28, 27, 26]);
    expect(h!.total).toBe(30);
  });
});

describe('requestedNode and knownClients', () => {
  const steps: Step[] = [
    { at: 3000, do: 'client', client: 'c1', op: { type: 'get', key: 'a' }, node: 'n3' },
    { at: 1000, do: 'client', client: 'c1', op: { type: 'put', key: 'a', value: '1' } },
    { at: 1000, do: 'client', client: 'c7', op: { type: 'put', key: 'a', value: '1' }, node: 'leader' },
    { at: 2000, do: 'crash', node: 'n1' },
  ];
  it('finds the node the id-th step of a client asked for', () => {
    expect(requestedNode(steps, 'c1', 1)).toBeUndefined();
    expect(requestedNode(steps, 'c1', 2)).toBe('n3');
    expect(requestedNode(steps, 'c7', 1)).toBe('leader');
    expect(requestedNode(steps, 'c1', 3)).toBeUndefined();
  });
  it('finds the id of the op a step at a given time becomes, even before scripted steps that come later', () => {
    const withMine: Step[] = [...steps, { at: 1501, do: 'client', client: 'c1', op: { type: 'get', key: 'b' } }];
    expect(opIdOfStep(withMine, 'c1', 1501)).toBe(2);
    expect(requestedNode(withMine, 'c1', 3)).toBe('n3');
    expect(opIdOfStep(withMine, 'c1', 999)).toBeUndefined();
  });
  it('offers c1 to c3 and every client the scenario or the trace knows', () => {
    expect(knownClients(steps, clientHistories(events))).toEqual(['c1', 'c2', 'c3', 'c4', 'c7', 'c10']);
  });
});

describe('sentRecord', () => {
  it('finds the answer to what the form just sent, by the step the worker recorded', () => {
    const put = { type: 'put' as const, key: 'a', value: '1' };
    const steps: Step[] = [
      { at: 500, do: 'client', client: 'c1', op: put },
      { at: 1000, do: 'client', client: 'c1', op: put },
    ];
    const h = clientHistories(events);
    expect(sentRecord(steps, h, { client: 'c1', op: put, after: 999 })?.id).toBe(2);
    expect(sentRecord(steps, h, { client: 'c1', op: put, after: 400 })?.id).toBe(1);
    expect(sentRecord(steps, h, { client: 'c1', op: put, after: 1000 })).toBeUndefined();
    expect(sentRecord(steps, h, { client: 'c1', op: { ...put, value: '2' }, after: 0 })).toBeUndefined();
  });
});
