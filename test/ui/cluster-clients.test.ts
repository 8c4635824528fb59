import { describe, expect, it } from 'vitest';
import { crashedClients } from '../../src/ui/views/cluster/clients';
import type { TraceEvent } from '../../src/sim/trace-types';

const invoke = (t: number, client: string) => ({ t, ev: 'invoke', client, id: t, op: { type: 'get', key: 'k' } }) as TraceEvent;
const crash = (t: number, client: string) => ({ t, ev: 'client-crash', client }) as TraceEvent;

describe('crashedClients', () => {
  it('marks a client down from its crash until a later request starts it again', () => {
    expect([...crashedClients([invoke(1, 'c1'), invoke(2, 'c2'), crash(3, 'c2')])]).toEqual(['c2']);
    expect([...crashedClients([crash(3, 'c2'), invoke(4, 'c2')])]).toEqual([]);
    expect([...crashedClients([])]).toEqual([]);
  });
});

describe('layoutBesideClients', () => {
  it('moves the ring right of a column of clients that would reach its nodes, and leaves a roomy ring alone', async () => {
    const { layoutBesideClients } = await import('../../src/ui/views/cluster/useRing');
    const { clientWidth } = await import('../../src/ui/views/cluster/geometry');
    const { glyphHalf } = await import('../../src/ui/views/cluster/ring-fit');
    const clients = ['c1', 'c2', 'c3', 'c4', 'c5'];
    // An 800x450 embed frame's ring box.
    const small = layoutBesideClients(5, clients, { width: 495, height: 140 });
    const edge = Math.max(...small.at.map((p, i) => p.x + clientWidth(clients[i]!) / 2));
    for (const s of small.layout.spots) expect(s.x - glyphHalf(small.layout.nodeR)).toBeGreaterThanOrEqual(edge);
    const roomy = layoutBesideClients(5, clients, { width: 1280, height: 500 });
    expect(roomy.layout.cx).toBe(640);
  });
});
