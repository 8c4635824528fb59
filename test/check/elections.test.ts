import { describe, expect, it } from 'vitest';
import { checkElections } from '../../src/check/elections';
import type { TraceEvent } from '../../src/sim/trace-types';

const elected = (t: number, client: string, revision: number): TraceEvent => ({ t, ev: 'elected', client, election: 'e', key: `e/${client}`, revision });
const resigned = (t: number, client: string): TraceEvent => ({ t, ev: 'resigned', client, election: 'e' });

describe('election recipe checks', () => {
  it('accepts leadership passed on in create-revision order', () => {
    expect(checkElections([elected(1, 'c1', 5), resigned(2, 'c1'), elected(3, 'c2', 6), resigned(4, 'c2'), elected(5, 'c1', 9)])).toEqual({ ok: true, holders: 3 });
  });

  it('catches two holders at once', () => {
    const r = checkElections([elected(1, 'c1', 5), elected(3, 'c2', 6)]);
    expect(r).toMatchObject({ ok: false, events: [0, 1] });
  });

  it('catches a holder whose key is older than the previous holder', () => {
    const r = checkElections([elected(1, 'c1', 7), resigned(2, 'c1'), elected(3, 'c2', 6)]);
    expect(r).toMatchObject({ ok: false, events: [0, 2] });
  });

  it('keeps elections apart', () => {
    const other: TraceEvent = { t: 2, ev: 'elected', client: 'c2', election: 'f', key: 'f/1', revision: 3 };
    expect(checkElections([elected(1, 'c1', 5), other]).ok).toBe(true);
  });
});
