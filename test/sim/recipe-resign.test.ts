// Resign as clientv3's Election.Resign (client/v3/concurrency/election.go): once elected,
// it always sends its compare-and-delete (If CreateRevision(key) == leaderRev Then
// Delete(key)), whatever became of the session; it is a no-op only for a client never
// elected. The same holds for Unlock of a held mutex. Proclaim's failure fails the
// Proclaim alone.

import { describe, expect, it } from 'vitest';
import { checkElections } from '../../src/check/elections';
import type { Step } from '../../src/sim/scenario-types';
import type { TraceEvent } from '../../src/sim/trace-types';
import { makeScenario } from '../../src/scenario';
import { Recorder } from '../../src/sim/recorder';
import { createSimulation, runScenario } from '../../src/sim/run';
import { at, returns, run } from '../cluster/helpers';

type Ev<K extends TraceEvent['ev']> = Extract<TraceEvent, { ev: K }>;

const E = 'svc';
const campaign = (t: number, client: string, ttl = 2) => at(t, client, { type: 'campaign', election: E, value: client, ttl });
/** A quorum of the three nodes is down from `from` to `to`: nobody answers keep-alives. */
const outage = (from: number, to: number): Step[] => [
  { at: from, do: 'crash', node: 'n1' },
  { at: from, do: 'crash', node: 'n2' },
  { at: to, do: 'restart', node: 'n1' },
  { at: to, do: 'restart', node: 'n2' },
];

const resignSends = (events: readonly TraceEvent[], client: string) =>
  events.filter((e): e is Ev<'send'> => e.ev === 'send' && e.from === client && e.msg.type === 'client-request' && String(e.msg.op).startsWith('resign '));
const elected = (events: readonly TraceEvent[], client: string) => events.find((e): e is Ev<'elected'> => e.ev === 'elected' && e.client === client);
const leaseExpiries = (events: readonly TraceEvent[]) => events.filter((e): e is Ev<'apply'> => e.ev === 'apply' && e.entry.includes('lease-expire'));
/** The answer to the client's `n`-th op (1-based invoke id). */
const answer = (events: readonly TraceEvent[], client: string, id: number) => returns(events, client).find((r) => r.id === id);

describe('Resign after the session ended', () => {
  it('keep-alives unanswered: the client gives up its session, yet Resign deletes the key before the lease expires', () => {
    // c1 (TTL 2 s) loses its session during the outage; the restarted leader extends the
    // lease (etcd's Promote), so c1's key is still there when c1 resigns at 6500.
    const { events } = run([campaign(1000, 'c1'), campaign(1200, 'c2', 30), ...outage(3000, 5500), at(6500, 'c1', { type: 'resign', election: E }), at(6600, 'q', { type: 'get', key: `${E}/`, prefix: true })], { until: 12_000 });
    expect(events.find((e) => e.ev === 'resigned' && e.client === 'c1')!.t).toBeLessThan(5500);
    expect(resignSends(events, 'c1')).toHaveLength(1);
    expect(resignSends(events, 'c1')[0]!.t).toBe(6500);
    const r = answer(events, 'c1', 2);
    expect(r?.ok).toBe(true);
    expect(r?.ok && r.result?.header.revision).toBeGreaterThan(0);
    // The key went with the resign, not with the lease: c2 is elected before any expiry.
    const c2 = elected(events, 'c2');
    expect(c2!.t).toBeGreaterThan(6500);
    expect(leaseExpiries(events).every((e) => e.t > c2!.t)).toBe(true);
    expect(checkElections(events).ok).toBe(true);
  });

  it('the lease already expired: Resign still sends its txn, whose compare fails, and returns OK as clientv3 does', () => {
    const { events } = run([campaign(1000, 'c1'), ...outage(3000, 5500), at(11_000, 'c1', { type: 'resign', election: E })], { until: 13_000 });
    const expiry = leaseExpiries(events)[0];
    expect(expiry!.t).toBeLessThan(11_000);
    expect(resignSends(events, 'c1')).toHaveLength(1);
    const r = answer(events, 'c1', 2);
    expect(r?.ok).toBe(true);
    expect(r?.ok && r.result?.header.revision).toBeGreaterThan(0);
  });

  it('the lease was revoked by another client: the keep-alive answers "lease not found", and Resign still sends its txn', () => {
    const first = run([campaign(1000, 'c1')], { until: 2000 });
    const lease = parseInt(elected(first.events, 'c1')!.key.slice(E.length + 1), 16);
    const { events } = run([campaign(1000, 'c1'), at(1500, 'x', { type: 'lease-revoke', id: lease }), at(3000, 'c1', { type: 'resign', election: E })], { until: 5000 });
    expect(events.find((e) => e.ev === 'resigned' && e.client === 'c1')!.t).toBeLessThan(3000);
    expect(resignSends(events, 'c1')).toHaveLength(1);
    const r = answer(events, 'c1', 2);
    expect(r?.ok && r.result?.header.revision).toBeGreaterThan(0);
  });

  it('Unlock of a mutex whose session ended still deletes the lock key, with a plain Delete (mutex.go Unlock)', () => {
    const lock = (t: number, c: string, ttl: number) => at(t, c, { type: 'lock', name: 'm', ttl });
    const { events } = run([lock(1000, 'a', 2), lock(1100, 'b', 30), ...outage(3000, 5500), at(6500, 'a', { type: 'unlock', name: 'm' })], { until: 12_000 });
    const unlocks = events.filter((e): e is Ev<'send'> => e.ev === 'send' && e.from === 'a' && e.msg.type === 'client-request' && String(e.msg.op).startsWith('unlock m/'));
    expect(unlocks).toHaveLength(1);
    expect(resignSends(events, 'a')).toHaveLength(0);
    // The entry it proposes is a delete of the lock key, not a txn.
    const entry = events.find((e): e is Ev<'append'> => e.ev === 'append' && e.entry.includes('unlock m/'));
    expect(entry).toBeDefined();
    const r = answer(events, 'a', 2);
    expect(r?.ok && r.result?.header.revision).toBeGreaterThan(0);
    const b = elected(events, 'b');
    expect(b!.t).toBeGreaterThan(6500);
    expect(leaseExpiries(events).every((e) => e.t > b!.t)).toBe(true);
    expect(checkElections(events).ok).toBe(true);
  });

  it('never elected: Resign sends nothing and returns OK (leaderSession == nil)', () => {
    const { events } = run([at(1000, 'c1', { type: 'resign', election: E })], { until: 2000 });
    expect(resignSends(events, 'c1')).toHaveLength(0);
    expect(answer(events, 'c1', 1)?.ok).toBe(true);
  });

  it('a second Resign after the first is a no-op: the leadership was given up', () => {
    const { events } = run([campaign(1000, 'c1'), ...outage(3000, 5500), at(6500, 'c1', { type: 'resign', election: E }), at(7000, 'c1', { type: 'resign', election: E })], { until: 8000 });
    expect(resignSends(events, 'c1')).toHaveLength(1);
    expect(answer(events, 'c1', 3)).toMatchObject({ ok: true, result: { header: { revision: 0 } } });
  });
});

describe('a new session after a lost one', () => {
  it("the old session's keep-alive, still retried, answers 'lease not found' without ending the new session", () => {
    const first = run([campaign(1000, 'c1', 1)], { until: 2000 });
    const oldLease = parseInt(elected(first.events, 'c1')!.key.slice(E.length + 1), 16);
    const { events } = run([campaign(1000, 'c1', 1), ...outage(2000, 3000), at(3050, 'x', { type: 'lease-revoke', id: oldLease }), at(3300, 'c1', { type: 'campaign', election: E, value: 'again', ttl: 5 })], { until: 7000 });
    const resigned = events.filter((e) => e.ev === 'resigned' && e.client === 'c1');
    const again = events.filter((e): e is Ev<'elected'> => e.ev === 'elected' && e.client === 'c1')[1];
    expect(again).toBeDefined();
    expect(resigned.every((e) => e.t < again!.t)).toBe(true); // only the first session's loss
  });
});

describe('time travel', () => {
  it('a checkpoint taken between the session loss and the Resign resumes to the same trace', () => {
    const steps = [campaign(1000, 'c1'), campaign(1200, 'c2', 30), ...outage(3000, 5500), at(6500, 'c1', { type: 'resign', election: E })];
    const scenario = makeScenario({ cluster: { nodes: ['n1', 'n2', 'n3'] }, until: 9000, seed: 1, network: { loss: 0 }, steps });
    const expected = runScenario(scenario, { trace: true }).recorder.toJsonl();
    const live = createSimulation(scenario, { trace: true });
    live.runUntil(6000);
    const frozen = new Recorder(false);
    frozen.count = live.recorder.count;
    const checkpoint = live.clone(frozen);
    const rec = live.recorder;
    rec.rewind(checkpoint.recorder.count);
    checkpoint.clone(rec).runUntil(scenario.until);
    expect(rec.toJsonl()).toBe(expected);
    expect(expected).toContain('"resign svc/');
  });
});

describe('Proclaim', () => {
  it('a Proclaim that gets no answer fails alone: the session and the client go on', () => {
    const { events } = run(
      [campaign(1000, 'c1', 30), ...outage(3000, 9000), at(3100, 'c1', { type: 'proclaim', election: E, value: 'v2' }), at(3200, 'c1', { type: 'put', key: 'after', value: '1' }), at(12_000, 'q', { type: 'leader', election: E })],
      { until: 14_000 },
    );
    expect(answer(events, 'c1', 2)?.ok).toBe(false);
    expect(events.some((e) => e.ev === 'invoke' && e.client === 'c1' && e.op.type === 'put')).toBe(true);
    expect(events.some((e) => e.ev === 'resigned')).toBe(false);
    const leader = returns(events, 'q')[0];
    expect(leader?.ok && leader.result?.kvs?.[0]?.value).toBe('c1');
  });
});
