// The ring of a small panel (Compare A/B's halves): scaled down just as far as its nodes
// need to stay apart and inside the panel, never up.
import { describe, expect, it } from 'vitest';
import { ringLayout } from '../../src/ui/views/cluster/geometry';
import { glyphHalf, glyphsApart, ringFit } from '../../src/ui/views/cluster/ring-fit';

describe('ringFit', () => {
  it('keeps scale 1 when the panel has room', () => {
    const fit = ringFit(5, { width: 800, height: 420 });
    expect(fit.scale).toBe(1);
    expect(fit.box).toEqual({ width: 800, height: 420 });
  });

  it('a half of a 1280 px lesson column squeezes a plain ring until nodes overlap', () => {
    // The situation the helper is for: ringLayout alone in a 390x180 panel.
    const plain = ringLayout(5, 390, 180);
    expect(glyphsApart(plain.spots, plain.nodeR, { width: 390, height: 180 })).toBe(false);
  });

  it('scales down until every glyph is apart and inside, for 1 to 9 nodes and many panel sizes', () => {
    for (let n = 1; n <= 9; n++) {
      for (const width of [300, 390, 520, 800]) {
        for (const height of [150, 180, 240, 360]) {
          const fit = ringFit(n, { width, height });
          expect(fit.scale, `${n} nodes in ${width}x${height}`).toBeLessThanOrEqual(1);
          expect(glyphsApart(fit.layout.spots, fit.layout.nodeR, fit.box), `${n} nodes in ${width}x${height} at ${fit.scale}`).toBe(true);
          // Scaled back to the panel, the ring fills no more than the panel.
          expect(fit.box.width * fit.scale).toBeLessThanOrEqual(width);
          expect(fit.box.height * fit.scale).toBeLessThanOrEqual(height);
        }
      }
    }
  });

  it('takes the largest scale that fits: a little more would overlap', () => {
    const outer = { width: 390, height: 180 };
    const fit = ringFit(5, outer);
    expect(fit.scale).toBeLessThan(1);
    const larger = fit.scale / 0.92;
    const box = { width: Math.floor(outer.width / larger), height: Math.floor(outer.height / larger) };
    const layout = ringLayout(5, box.width, box.height);
    expect(glyphsApart(layout.spots, layout.nodeR, box)).toBe(false);
  });

  it('counts the leader star and the diamond timer ring in a glyph', () => {
    expect(glyphHalf(22)).toBeGreaterThan(22 * 1.22 + 8);
    expect(glyphHalf(36)).toBeGreaterThan(36 * 1.22 + 8);
  });
});
