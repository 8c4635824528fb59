import { describe, expect, it } from 'vitest';
import { ringRoom, ringScale } from '../../src/ui/views/cluster/ring-scale';

describe('ringScale', () => {
  it('draws at the wanted scale when the panel has room', () => {
    expect(ringScale(1.3, 5, { width: 1200, height: 600 })).toBe(1.3);
  });

  it('gives way for a crowded ring in a short panel, keeping the room nine nodes need', () => {
    const outer = { width: 790, height: 300 };
    const s = ringScale(1.3, 9, outer);
    expect(s).toBeLessThan(1.3);
    expect(outer.height / s).toBeGreaterThanOrEqual(ringRoom(9).height - 0.001);
    expect(outer.width / s).toBeGreaterThanOrEqual(ringRoom(9).width - 0.001);
  });

  it('never draws smaller than 1, and is 1 outside projector mode', () => {
    expect(ringScale(1.3, 9, { width: 300, height: 100 })).toBe(1);
    expect(ringScale(1, 5, { width: 100, height: 100 })).toBe(1);
    expect(ringScale(1.3, 5, { width: 0, height: 0 })).toBe(1.3);
  });
});
