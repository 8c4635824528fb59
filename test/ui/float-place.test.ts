import { describe, expect, it } from 'vitest';
import { floatPlace, type Rect } from '../../src/ui/views/cluster/float-place';

const overlaps = (a: Rect, b: Rect) => Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) && Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y);
const disc = (x: number, y: number, r = 40): Rect => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });

describe('floatPlace', () => {
  const viewport = { width: 1280, height: 720 };
  const size = { width: 340, height: 260 };

  it('opens beside the node when nothing is there', () => {
    const anchor = disc(200, 300);
    const p = floatPlace(anchor, size, { viewport, avoid: [] });
    expect(p.left).toBeGreaterThanOrEqual(anchor.x + anchor.width);
    expect(p.top).toBeLessThan(anchor.y + anchor.height);
  });

  it('covers no other node, and stays inside the viewport, on a short crowded ring', () => {
    // Five nodes in a 230 px tall panel at the top of a 1280x720 page (projector mode).
    const nodes = [disc(406, 242), disc(597, 268), disc(502, 341), disc(310, 341), disc(215, 268)];
    for (const [i, anchor] of nodes.entries()) {
      const avoid = nodes.filter((_, j) => j !== i);
      const p = floatPlace(anchor, size, { viewport, avoid });
      const r = { x: p.left, y: p.top, ...size };
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.y).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width).toBeLessThanOrEqual(1280);
      expect(r.y + r.height).toBeLessThanOrEqual(720);
      for (const n of nodes) expect(overlaps(r, n)).toBe(false);
    }
  });

  it('prefers not to cover the narration when it can', () => {
    const anchor = disc(700, 300);
    const narration = { x: 810, y: 140, width: 460, height: 300 };
    const p = floatPlace(anchor, size, { viewport, avoid: [], spare: [narration] });
    expect(overlaps({ x: p.left, y: p.top, ...size }, narration)).toBe(false);
  });
});
