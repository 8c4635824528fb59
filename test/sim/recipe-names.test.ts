// An election or lock name is any etcd key: ":" (or "/", a space, a non-ASCII letter) in
// it must not disturb the recipe's own timers. The session keeps its lease alive every
// TTL/3 (client/v3/concurrency/session.go), so a holder keeps its election as long as it
// wants, one client holds it at a time, and leadership passes down the chain of waiters.

import { describe, expect, it } from 'vitest';
import { checkElections } from '../../src/check/elections';
import type { TraceEvent } from '../../src/sim/trace-types';
import { at, run } from '../cluster/helpers';

const NAMES = ['svc:a', 'a/b', 'x y', 'é', 'ns:svc:1:2'];

const keepAlives = (events: readonly TraceEvent[], client: string) =>
  events.filter((e) => e.ev === 'send' && e.from === client && e.msg.type === 'client-request' && e.msg.op === 'keepalive').length;

const electedClients = (events: readonly TraceEvent[]) => events.flatMap((e) => (e.ev === 'elected' ? [e.client] : []));

describe.each(NAMES)('an election named %j', (election) => {
  const campaign = (t: number, client: string) => at(t, client, { type: 'campaign', election, value: client, ttl: 2 });

  it('the holder keeps its session alive far past its TTL; the waiter is not elected meanwhile', () => {
    const { events } = run([campaign(1000, 'c1'), campaign(1200, 'c2')], { until: 9000 });
    // ttl 2 s, a keep-alive every 666 ms for ~8 s.
    expect(keepAlives(events, 'c1')).toBeGreaterThanOrEqual(10);
    expect(electedClients(events)).toEqual(['c1']);
    expect(events.some((e) => e.ev === 'resigned')).toBe(false);
    expect(events.some((e) => e.ev === 'apply' && e.entry.includes('lease-expire'))).toBe(false);
    expect(checkElections(events).ok).toBe(true);
  });

  it('waiters follow the chain: each resign hands over to the next in create order', () => {
    const { events } = run([campaign(1000, 'c1'), campaign(1200, 'c2'), campaign(1400, 'c3'), at(4000, 'c1', { type: 'resign', election }), at(6000, 'c2', { type: 'resign', election })], { until: 9000 });
    expect(electedClients(events)).toEqual(['c1', 'c2', 'c3']);
    const elected = events.filter((e): e is Extract<TraceEvent, { ev: 'elected' }> => e.ev === 'elected');
    expect(elected.map((e) => e.key.startsWith(`${election}/`))).toEqual([true, true, true]);
    expect(elected[1]!.t).toBeGreaterThan(4000);
    expect(elected[2]!.t).toBeGreaterThan(6000);
    expect(checkElections(events).ok).toBe(true);
  });

  it('a holder whose keep-alives go unanswered gives up at its session deadline, before the next is elected', () => {
    // A quorum down from 3000 to 5500 ms: c1's keep-alives (TTL 2 s) go unanswered; c2's
    // session (TTL 30 s) outlives the outage and is elected once c1's lease expires.
    const { events } = run(
      [
        campaign(1000, 'c1'),
        at(1200, 'c2', { type: 'campaign', election, value: 'c2', ttl: 30 }),
        { at: 3000, do: 'crash', node: 'n1' },
        { at: 3000, do: 'crash', node: 'n2' },
        { at: 5500, do: 'restart', node: 'n1' },
        { at: 5500, do: 'restart', node: 'n2' },
      ],
      { until: 12_000 },
    );
    expect(electedClients(events)).toEqual(['c1', 'c2']);
    const resigned = events.find((e) => e.ev === 'resigned' && e.client === 'c1');
    expect(resigned!.t).toBeLessThan(5500);
    expect(checkElections(events).ok).toBe(true);
  });
});

describe.each(['m:1', 'locks/a b', 'ü:x'])('a lock named %j', (name) => {
  it('is held by one client at a time, kept alive while held, and passed on at unlock', () => {
    const lock = (t: number, c: string) => at(t, c, { type: 'lock', name, ttl: 2 });
    const { events } = run([lock(1000, 'a'), lock(1100, 'b'), at(6000, 'a', { type: 'unlock', name })], { until: 9000 });
    expect(keepAlives(events, 'a')).toBeGreaterThanOrEqual(6);
    expect(electedClients(events)).toEqual(['a', 'b']);
    expect(events.find((e) => e.ev === 'elected' && e.client === 'b')!.t).toBeGreaterThan(6000);
    expect(checkElections(events).ok).toBe(true);
  });
});
