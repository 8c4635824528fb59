// Unary requests on a broken client connection, as clientv3 handles them: when the client
// sees the connection broken (its keepalive timeout, or a reset when the node stopped),
// every request in flight on it fails at once with codes.Unavailable. clientv3's retry
// interceptor (client/v3/retry_interceptor.go, retry.go) repeats a repeatable request
// (Range, the lease calls) on the next endpoint after roundRobinQuorumBackoff's wait; a
// write (nonRepeatable) returns the error to its caller: outcome unknown, which the
// linearizability checker settles from the apply events. Each test fails on a simulation
// where such a request waits for its attempt timeout (four election timeouts at least).

import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../src/scenario';
import { runScenario } from '../../src/sim/run';
import { backoffMs } from '../../src/sim/clients/rpc';
import { checkLinearizability } from '../../src/check';
import { collectCalls } from '../../src/check/lin-history';
import { settleFromApplies } from '../../src/check/lin-applied';
import type { ClientOp, Step } from '../../src/sim/scenario-types';
import type { TraceEvent } from '../../src/sim/trace-types';

// Every message takes exactly 10 ms; n1 leads term 1 from 243 ms (seed 1).
const ELECTION_MAX = 300;
function run(steps: Step[], until = 6000): TraceEvent[] {
  const scenario = makeScenario({ seed: 1, cluster: { nodes: ['n1', 'n2', 'n3'], electionTimeout: [150, ELECTION_MAX] }, network: { latency: [10, 10], loss: 0 }, until, steps });
  return runScenario(scenario, { trace: true }).recorder.events as TraceEvent[];
}

const op = (at: number, client: string, o: ClientOp, node?: string): Step => ({ at, do: 'client', client, ...(node ? { node } : {}), op: o });
type Ev<K extends TraceEvent['ev']> = Extract<TraceEvent, { ev: K }>;
const find = <K extends TraceEvent['ev']>(trace: readonly TraceEvent[], ev: K, where: (e: Ev<K>) => boolean = () => true): Ev<K>[] => trace.filter((e): e is Ev<K> => e.ev === ev && where(e as Ev<K>));
const returnOf = (trace: readonly TraceEvent[], client: string, id: number) => find(trace, 'return', (e) => e.client === client && e.id === id)[0];
const sendsOf = (trace: readonly TraceEvent[], client: string) => find(trace, 'send', (e) => e.from === client);

describe('a get in flight when its connection breaks', () => {
  // The loss rate takes the request to n2 (its fate is drawn when it is sent): the connection
  // breaks when it arrives at 1010, and the client's keepalive notices at 1310.
  const steps: Step[] = [{ at: 1000, do: 'loss', rate: 1 }, op(1000, 'r', { type: 'get', key: 'a' }, 'n2'), { at: 1001, do: 'loss', rate: 0 }];

  it('fails at once with Unavailable, is retried on another endpoint and answered', () => {
    const trace = run(steps);
    const broken = find(trace, 'conn', (e) => e.client === 'r' && e.state === 'broken')[0];
    expect(broken).toMatchObject({ t: 1010, node: 'n2', reason: 'loss' });
    const failed = find(trace, 'request-failed', (e) => e.client === 'r');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ t: 1010 + ELECTION_MAX, node: 'n2', code: 'unavailable', request: 'get a', call: 1, retry: true });
    const retry = failed[0] as Ev<'request-failed'>;
    expect(retry.next).not.toBe('n2');
    // The first retry starts the round over a quorum: no backoff (roundRobinQuorumBackoff).
    expect(retry.at).toBe(retry.t);
    const sends = sendsOf(trace, 'r');
    expect(sends.map((s) => [s.t, s.to, s.msg.seq])).toEqual([
      [1000, 'n2', 1],
      [retry.t, retry.next, 1],
    ]);
    const ret = returnOf(trace, 'r', 1);
    expect(ret).toMatchObject({ ok: true, result: { kvs: [] } });
    // Answered before the first attempt's own timeout would even have fired (1000 + 1200 ms).
    expect((ret as Ev<'return'>).t).toBeLessThan(1000 + 4 * ELECTION_MAX);
  });

  it('when the endpoint crashes, the reset is seen at once and the get goes elsewhere', () => {
    const trace = run([op(1000, 'r', { type: 'get', key: 'a' }, 'n2'), { at: 1005, do: 'crash', node: 'n2' }]);
    expect(find(trace, 'request-failed', (e) => e.client === 'r')).toEqual([{ t: 1005, ev: 'request-failed', client: 'r', node: 'n2', code: 'unavailable', request: 'get a', call: 1, retry: true, next: 'n3', at: 1005 }]);
    const ret = returnOf(trace, 'r', 1) as Ev<'return'>;
    expect(ret).toMatchObject({ ok: true });
    expect(ret.t).toBeLessThan(1000 + 4 * ELECTION_MAX);
  });
});

describe('a put in flight on a broken connection', () => {
  it('that never reached the server fails with Unavailable at once; the checker settles it as no effect', () => {
    const trace = run([
      op(800, 'p', { type: 'put', key: 'a', value: '0' }),
      { at: 1000, do: 'loss', rate: 1 },
      op(1000, 'p', { type: 'put', key: 'a', value: '1' }),
      { at: 1001, do: 'loss', rate: 0 },
      op(2000, 'q', { type: 'get', key: 'a' }),
    ]);
    expect(find(trace, 'request-failed', (e) => e.client === 'p')).toEqual([{ t: 1310, ev: 'request-failed', client: 'p', node: 'n2', code: 'unavailable', request: 'put a=1', call: 2, retry: false }]);
    expect(returnOf(trace, 'p', 2)).toMatchObject({ t: 1310, ok: false, error: 'unavailable' });
    // Not sent again: a write is never retried after Unavailable (isSafeRetryMutableRPC).
    expect(sendsOf(trace, 'p').filter((s) => s.msg.seq === 2)).toHaveLength(1);
    expect(find(trace, 'apply', (e) => e.client === 'p' && e.call === 2)).toEqual([]);
    expect(returnOf(trace, 'q', 1)).toMatchObject({ ok: true, result: { kvs: [{ value: '0' }] } });
    const settled = settleFromApplies(trace, collectCalls(trace)).find((c) => c.client === 'p' && c.id === 2);
    expect(settled).toMatchObject({ outcome: 'failed', settled: 'no-effect' });
    const lin = checkLinearizability(trace);
    expect(lin).toMatchObject({ ok: true, stats: { kvCalls: 3, judged: 3, settledByApply: 1 } });
  });

  it('that was applied, its answer lost with a crash, returns Unavailable; the checker settles it from the apply', () => {
    // n2 forwards the put; it is applied at 1040 (n1) and n2 answers at 1050; n2 crashes at 1055.
    const trace = run([op(800, 'p', { type: 'put', key: 'a', value: '0' }), op(1000, 'p', { type: 'put', key: 'a', value: '1' }), { at: 1055, do: 'crash', node: 'n2' }, op(2000, 'q', { type: 'get', key: 'a' }, 'n3')]);
    expect(find(trace, 'apply', (e) => e.client === 'p' && e.call === 2).length).toBeGreaterThan(0);
    expect(find(trace, 'request-failed', (e) => e.client === 'p')).toEqual([{ t: 1055, ev: 'request-failed', client: 'p', node: 'n2', code: 'unavailable', request: 'put a=1', call: 2, retry: false }]);
    expect(returnOf(trace, 'p', 2)).toMatchObject({ t: 1055, ok: false, error: 'unavailable' });
    expect(returnOf(trace, 'q', 1)).toMatchObject({ ok: true, result: { kvs: [{ value: '1' }] } });
    const settled = settleFromApplies(trace, collectCalls(trace)).find((c) => c.client === 'p' && c.id === 2);
    expect(settled).toMatchObject({ outcome: 'ok', settled: 'applied', result: { header: { revision: 3 } } });
    expect(checkLinearizability(trace)).toMatchObject({ ok: true, stats: { kvCalls: 3, judged: 3, settledByApply: 1 } });
  });
});

describe('backoff between retries (clientv3 roundRobinQuorumBackoff: 25 ms ± 10% per round over a quorum)', () => {
  it('backoffMs waits only at the start of each round after the first, 23 to 27 ms', () => {
    const draws: [number, number][] = [];
    const draw = (min: number, max: number) => (draws.push([min, max]), max);
    expect([0, 1, 2, 3, 4, 5].map((i) => backoffMs(i, 3, draw))).toEqual([0, 0, 27, 0, 27, 0]);
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => backoffMs(i, 5, draw))).toEqual([0, 0, 0, 27, 0, 0, 27]);
    expect(backoffMs(1, 1, draw)).toBe(27);
    expect(new Set(draws.map((d) => d.join('-')))).toEqual(new Set(['23-27']));
  });

  it('a get whose connections keep breaking is retried with that backoff until the loss ends, then answered', () => {
    // Every message is lost from 1000 to 2500 ms: each attempt's connection breaks.
    const trace = run([{ at: 1000, do: 'loss', rate: 1 }, op(1000, 'r', { type: 'get', key: 'a' }, 'n2'), { at: 2500, do: 'loss', rate: 0 }]);
    const failed = find(trace, 'request-failed', (e) => e.client === 'r');
    expect(failed.length).toBeGreaterThanOrEqual(4);
    const sends = sendsOf(trace, 'r');
    failed.forEach((f, i) => {
      expect(f).toMatchObject({ retry: true, call: 1 });
      // Attempt i + 1 failed; the next has index i + 1 in the interceptor's loop (quorum of 3 endpoints: 2).
      const wait = (f.at as number) - f.t;
      if ((i + 1) % 2 === 0) {
        expect(wait).toBeGreaterThanOrEqual(23);
        expect(wait).toBeLessThanOrEqual(27);
      } else expect(wait).toBe(0);
      // The retry is the same request (same seq) sent to `next` at `at`.
      expect(sends[i + 1]).toMatchObject({ t: f.at, to: f.next, msg: { seq: 1 } });
      // Endpoints in turn: never the one that just broke.
      expect(f.next).not.toBe(f.node);
    });
    expect(returnOf(trace, 'r', 1)).toMatchObject({ ok: true });
  });

  it('past the call deadline (three attempt timeouts) a get gives up: its context deadline (timeout)', () => {
    const trace = run([{ at: 1000, do: 'loss', rate: 1 }, op(1000, 'r', { type: 'get', key: 'a' }, 'n2'), { at: 8000, do: 'loss', rate: 0 }], 9000);
    const failed = find(trace, 'request-failed', (e) => e.client === 'r');
    const last = failed[failed.length - 1] as Ev<'request-failed'>;
    expect(last.retry).toBe(false);
    expect(last.t).toBeGreaterThanOrEqual(1000 + 3 * 4 * ELECTION_MAX);
    expect(failed.slice(0, -1).every((f) => f.retry && f.t < 1000 + 3 * 4 * ELECTION_MAX)).toBe(true);
    expect(returnOf(trace, 'r', 1)).toMatchObject({ t: last.t, ok: false, error: 'timeout' });
  });
});

describe('"etcdserver: no leader" is codes.Unavailable: clientv3 retries a Range on it until its deadline', () => {
  it('a get that meets no leader keeps trying and is answered once a leader is elected', () => {
    // n2 and n3 are down from 500 ms, so n1 (CheckQuorum) steps down: no leader until n3 is back at 2500.
    const trace = run([{ at: 500, do: 'crash', node: 'n2' }, { at: 500, do: 'crash', node: 'n3' }, op(1500, 'r', { type: 'get', key: 'a' }, 'n1'), { at: 2500, do: 'restart', node: 'n3' }]);
    const noLeader = find(trace, 'send', (e) => e.from === 'n1' && e.to === 'r' && e.msg.error === 'etcdserver: no leader');
    expect(noLeader.length).toBeGreaterThan(3);
    const ret = returnOf(trace, 'r', 1) as Ev<'return'>;
    expect(ret).toMatchObject({ ok: true });
    expect(ret.t).toBeGreaterThan(2500);
  });
});
