import { describe, expect, it } from 'vitest';
import { checkLiveness } from '../../src/check';
import type { TraceEvent } from '../../src/sim/trace-types';

function at(t: number, body: Record<string, unknown>): TraceEvent {
  return { t, ...body } as TraceEvent;
}

const role = (t: number, node: string, r: string, term: number) => at(t, { ev: 'role', node, role: r, term });

describe('checkLiveness', () => {
  it('accepts a leader elected soon after the heal that keeps leading', () => {
    const trace = [role(0, 'n1', 'leader', 1), at(100, { ev: 'crash', node: 'n1' }), at(500, { ev: 'heal' }), role(700, 'n2', 'leader', 2), at(5000, { ev: 'end' })];
    expect(checkLiveness(trace, { healedAt: 500, within: 1000 })).toEqual({ ok: true, leader: 'n2', term: 2, electedAt: 700 });
  });

  it('accepts a leader that kept leading through the fault', () => {
    const trace = [role(0, 'n1', 'leader', 1), at(100, { ev: 'crash', node: 'n3' }), at(5000, { ev: 'end' })];
    expect(checkLiveness(trace, { healedAt: 500, within: 1000 }).ok).toBe(true);
  });

  it('ignores a stale leader of a lower term', () => {
    const trace = [role(0, 'n1', 'leader', 1), role(200, 'n2', 'leader', 2), at(5000, { ev: 'end' })];
    expect(checkLiveness(trace, { healedAt: 100, within: 1000 })).toMatchObject({ ok: true, leader: 'n2' });
  });

  it('fails when the leader comes too late', () => {
    const trace = [at(500, { ev: 'heal' }), role(2000, 'n2', 'leader', 2), at(5000, { ev: 'end' })];
    expect(checkLiveness(trace, { healedAt: 500, within: 1000 })).toMatchObject({ ok: false, events: [1] });
  });

  it('fails when the leader is not stable', () => {
    const trace = [role(600, 'n1', 'leader', 2), role(2500, 'n2', 'candidate', 3), at(5000, { ev: 'end' })];
    expect(checkLiveness(trace, { healedAt: 500, within: 1000 })).toMatchObject({ ok: false, events: [0, 1] });
  });

  it('is inconclusive when the trace ends before the bound without a leader', () => {
    const trace = [role(600, 'n1', 'candidate', 2), at(800, { ev: 'end' })];
    expect(checkLiveness(trace, { healedAt: 500, within: 1000 })).toMatchObject({ ok: false, inconclusive: true });
  });
});
