// The one completion path of a client's ops (ClientProcess.complete): an op's return frees
// the client's main stream only if that op holds it. A Campaign goes to the background at
// once (this simulation's clients go on while it waits); a Lock holds the main stream until
// the mutex is held (mutex.go: Lock blocks); every other op until it returns.

import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/sim/trace-types';
import { at, returns, run } from '../cluster/helpers';

type Ev<K extends TraceEvent['ev']> = Extract<TraceEvent, { ev: K }>;

const invokes = (events: readonly TraceEvent[], client: string) => events.filter((e): e is Ev<'invoke'> => e.ev === 'invoke' && e.client === client);
const returnOf = (events: readonly TraceEvent[], client: string, id: number) => returns(events, client).find((r) => r.id === id);
const indexOf = (events: readonly TraceEvent[], e: TraceEvent | undefined) => (e ? events.indexOf(e) : -1);

describe('one completion path for client ops', () => {
  it('a refused second Campaign returns before the next op starts, and the ops after it still run one at a time', () => {
    // The first put keeps the main stream busy, so the ops after it wait in the queue.
    const steps = [
      at(1000, 'c1', { type: 'put', key: 'k', value: '0' }),
      at(1000, 'c1', { type: 'campaign', election: 'e', value: 'a' }),
      at(1000, 'c1', { type: 'campaign', election: 'e', value: 'b' }),
      at(1000, 'c1', { type: 'put', key: 'k', value: '1' }),
      at(1000, 'c1', { type: 'put', key: 'k', value: '2' }),
      at(1000, 'c1', { type: 'get', key: 'k' }),
    ];
    const { events } = run(steps, { until: 4000 });
    const inv = invokes(events, 'c1');
    expect(inv.map((e) => e.op.type)).toEqual(['put', 'campaign', 'campaign', 'put', 'put', 'get']);
    const refused = returnOf(events, 'c1', 3);
    expect(refused?.ok === false && refused.error).toBe('already campaigning in this election');
    expect(indexOf(events, refused)).toBeLessThan(indexOf(events, inv[3]));
    // Each op after the refusal starts only once the one before it has returned.
    for (const i of [3, 4]) expect(indexOf(events, returnOf(events, 'c1', inv[i]!.id))).toBeLessThan(indexOf(events, inv[i + 1]));
    expect(returns(events, 'c1').filter((r) => r.ok && r.id > 3)).toHaveLength(3);
  });

  it('Lock holds the main stream until the mutex is held; Campaign does not', () => {
    const steps = [
      at(1000, 'c1', { type: 'lock', name: 'm' }),
      at(1200, 'c2', { type: 'lock', name: 'm' }),
      at(1300, 'c2', { type: 'put', key: 'k', value: 'after-lock' }),
      at(1400, 'c3', { type: 'campaign', election: 'e', value: 'c3' }),
      at(1400, 'c3', { type: 'get', key: 'k' }),
      at(3000, 'c1', { type: 'unlock', name: 'm' }),
    ];
    const { events } = run(steps, { until: 6000 });
    const c2Elected = events.find((e): e is Ev<'elected'> => e.ev === 'elected' && e.client === 'c2');
    const c2Put = invokes(events, 'c2').find((e) => e.op.type === 'put');
    expect(c2Elected!.t).toBeGreaterThan(3000);
    expect(indexOf(events, c2Elected)).toBeLessThan(indexOf(events, c2Put));
    expect(c2Put!.t).toBe(c2Elected!.t);
    expect(invokes(events, 'c3').find((e) => e.op.type === 'get')!.t).toBe(1400);
  });
});
