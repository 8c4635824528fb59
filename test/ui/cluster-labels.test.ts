import { describe, expect, it } from 'vitest';
import { ringLayout } from '../../src/ui/views/cluster/geometry';
import { labelRect, placeLabels, sidePreference, textWidth, type BlockSize, type LabelLevel, type Rect } from '../../src/ui/views/cluster/label-layout';

const sizes: Record<LabelLevel, BlockSize> = {
  full: { width: 200, height: 61 },
  short: { width: 190, height: 42 },
  compact: { width: 90, height: 42 },
  tiny: { width: 60, height: 23 },
};

function overlaps(a: Rect, b: Rect): boolean {
  return Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) && Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y);
}

describe('label sides', () => {
  it('prefer the outward side', () => {
    expect(sidePreference(0)[0]).toBe('right');
    expect(sidePreference(Math.PI)[0]).toBe('left');
    expect(sidePreference(-Math.PI / 2)).toEqual(['right', 'above', 'below', 'left']);
    expect(sidePreference(Math.PI * 0.9)).toEqual(['left', 'below', 'above', 'right']);
  });

  it('rects sit beside, above or below the point', () => {
    const at = { x: 100, y: 100 };
    expect(labelRect(at, 'right', 10, { width: 50, height: 20 })).toEqual({ x: 110, y: 90, width: 50, height: 20 });
    expect(labelRect(at, 'left', 10, { width: 50, height: 20 })).toEqual({ x: 40, y: 90, width: 50, height: 20 });
    expect(labelRect(at, 'above', 10, { width: 50, height: 20 })).toEqual({ x: 75, y: 70, width: 50, height: 20 });
    expect(labelRect(at, 'below', 10, { width: 50, height: 20 })).toEqual({ x: 75, y: 110, width: 50, height: 20 });
  });
});

describe('placeLabels', () => {
  it('gives five nodes in a roomy panel their full labels', () => {
    const l = ringLayout(5, 940, 380);
    const places = placeLabels(l.spots, sizes, { nodeReach: l.nodeR * 1.22 + 8, box: { width: 940, height: 380 } });
    expect(places.map((p) => p.level)).toEqual(['full', 'full', 'full', 'full', 'full']);
  });

  it('never lets labels overlap each other or leave the panel when the tiny block fits', () => {
    for (const [n, w, h] of [
      [9, 940, 380],
      [9, 700, 300],
      [7, 940, 380],
      [3, 500, 300],
    ] as const) {
      const l = ringLayout(n, w, h);
      const reach = l.nodeR * 1.22 + 8;
      const places = placeLabels(l.spots, sizes, { nodeReach: reach, box: { width: w, height: h } });
      expect(places).toHaveLength(n);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const a = places[i]!;
          const b = places[j]!;
          if (a.level !== 'tiny' || b.level !== 'tiny') expect(overlaps(a.rect, b.rect), `${n} nodes: labels ${i} and ${j}`).toBe(false);
        }
      }
    }
  });

  it('steps down to shorter blocks where space is tight, the same for every node', () => {
    const l = ringLayout(9, 700, 300);
    const places = placeLabels(l.spots, sizes, { nodeReach: l.nodeR * 1.22 + 8, box: { width: 700, height: 300 } });
    expect(places[0]?.level).not.toBe('full');
    expect(new Set(places.map((p) => p.level)).size).toBe(1);
  });

  it('keeps labels off obstacles', () => {
    const l = ringLayout(1, 400, 300);
    const obstacle = { x: 0, y: 0, width: 400, height: 150 };
    const [p] = placeLabels(l.spots, sizes, { nodeReach: 40, box: { width: 400, height: 300 }, obstacles: [obstacle] });
    expect(overlaps(p!.rect, obstacle)).toBe(false);
    expect(p!.side).toBe('below');
  });
});

describe('textWidth', () => {
  it('counts CJK characters as one em and bold wider', () => {
    expect(textWidth('领导者', 10)).toBe(30);
    expect(textWidth('ab', 10, true)).toBeGreaterThan(textWidth('ab', 10));
  });
});
