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
