import { describe, expect, it } from 'vitest';
import {
  clientSpot,
  clientSpots,
  clientWidth,
  CLIENT_H,
  distance,
  laneControl,
  lanePath,
  lanePoint,
  laneTangent,
  messageProgress,
  ringLayout,
  timerArcAngles,
  timerFraction,
  nodeReach,
} from '../../src/ui/views/cluster/geometry';
import { messageInset, nodeStyle, shapeExtent, timerRadius } from '../../src/ui/views/cluster/node-style';

describe('ringLayout', () => {
  it('puts every node inside the box, on an ellipse around the centre', () => {
    for (let n = 1; n <= 9; n++) {
      const l = ringLayout(n, 900, 500);
      expect(l.spots).toHaveLength(n);
      for (const s of l.spots) {
        expect(s.x).toBeGreaterThan(0);
        expect(s.x).toBeLessThan(900);
        expect(s.y - nodeReach(l.nodeR)).toBeGreaterThanOrEqual(-0.5);
        expect(s.y + nodeReach(l.nodeR)).toBeLessThanOrEqual(500.5);
        if (n > 1) expect(((s.x - l.cx) / l.rx) ** 2 + ((s.y - l.cy) / l.ry) ** 2).toBeCloseTo(1, 6);
      }
    }
  });

  it('starts at the top and goes clockwise; one node sits in the middle, two side by side', () => {
    const five = ringLayout(5, 900, 500);
    expect(five.spots[0]?.x).toBeCloseTo(450);
    expect(five.spots[0]?.y).toBeLessThan(250);
    expect(five.spots[1]?.x).toBeGreaterThan(450);
    expect(ringLayout(1, 900, 500).spots[0]).toMatchObject({ x: 450, y: 250 });
    const two = ringLayout(2, 900, 500);
    expect(two.spots[0]?.x).toBeLessThan(450);
    expect(two.spots[1]?.x).toBeGreaterThan(450);
    expect(two.spots[0]?.y).toBeCloseTo(250);
  });

  it('keeps neighbours and their timer rings apart, and ids legible', () => {
    for (let n = 2; n <= 9; n++) {
      const l = ringLayout(n, 900, 480);
      expect(l.nodeR).toBeGreaterThanOrEqual(22);
      for (let i = 0; i < n; i++) {
        const a = l.spots[i]!;
        const b = l.spots[(i + 1) % n]!;
        expect(distance(a, b)).toBeGreaterThan(2 * timerRadius('circle', l.nodeR));
      }
    }
  });

  it('spaces nine nodes evenly along a flat ellipse (a wide, short 1280x720 panel), not bunched at its ends', () => {
    // The ring box of projector mode at 1280x720 in ring units (ring-scale.ts keeps at least this).
    const l = ringLayout(9, 700, 280);
    expect(l.rx / l.ry).toBeGreaterThan(2);
    const gaps = l.spots.map((a, i) => distance(a, l.spots[(i + 1) % 9]!));
    // Even angles would leave the nodes at the ends about half as far apart as those at the top.
    expect(Math.min(...gaps) / Math.max(...gaps)).toBeGreaterThan(0.8);
    // With a candidate's diamond (the widest shape) there is air between every two neighbours.
    expect(Math.min(...gaps)).toBeGreaterThan(2 * nodeReach(l.nodeR) - 2 * 20 + 10);
    expect(l.spots[0]!.x).toBeCloseTo(350);
    expect(l.spots[0]!.y).toBeLessThan(140);
  });

  it('spreads a short ring sideways (five nodes under a 1280x720 projector bar) so its lanes stay long', () => {
    // The ring box of projector mode at 1280x720 with five nodes and clients, in ring units.
    const l = ringLayout(5, 717, 189);
    const glyph = timerRadius('diamond', l.nodeR);
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) expect(distance(l.spots[i]!, l.spots[j]!) - 2 * glyph).toBeGreaterThan(30);
    for (const s of l.spots) {
      expect(s.y - nodeReach(l.nodeR)).toBeGreaterThanOrEqual(-0.5);
      expect(s.y + nodeReach(l.nodeR)).toBeLessThanOrEqual(189.5);
    }
    expect(l.nodeR).toBeGreaterThanOrEqual(22);
  });

  it('survives a zero-sized box and odd counts', () => {
    expect(ringLayout(0, 0, 0).spots).toEqual([]);
    const l = ringLayout(3.7, 0, 0);
    expect(l.spots).toHaveLength(3);
    expect(Number.isFinite(l.nodeR)).toBe(true);
  });
});

describe('messages', () => {
  it('progress is a function of virtual time, clamped to the flight', () => {
    expect(messageProgress(100, 110, 100)).toBe(0);
    expect(messageProgress(100, 110, 105)).toBeCloseTo(0.5);
    expect(messageProgress(100, 110, 90)).toBe(0);
    expect(messageProgress(100, 110, 200)).toBe(1);
    expect(messageProgress(100, 100, 100)).toBe(1);
  });

  it('fly from the sender edge to the receiver edge', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 200, y: 0 };
    const start = lanePoint(a, b, 0, 40);
    const end = lanePoint(a, b, 1, 40);
    expect(distance(start, a)).toBeGreaterThan(35);
    expect(distance(end, b)).toBeGreaterThan(35);
    expect(lanePoint(a, b, 0.5, 40).x).toBeCloseTo(100);
    expect(lanePoint(a, a, 0.5, 40)).toEqual(a);
  });

  it('take two lanes: a->b bows one way, b->a the other', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 200, y: 0 };
    const there = lanePoint(a, b, 0.5, 40);
    const back = lanePoint(b, a, 0.5, 40);
    expect(Math.sign(there.y)).toBe(-Math.sign(back.y));
    expect(laneControl(a, b).y).toBeLessThan(0);
    expect(lanePath(a, b, 40)).toMatch(/^M[\d.-]+,[\d.-]+Q/);
  });

  it('tangent points along the travel', () => {
    const tan = laneTangent({ x: 0, y: 0 }, { x: 200, y: 0 }, 0.5, 40);
    expect(tan.x).toBeCloseTo(1);
    expect(Math.hypot(tan.x, tan.y)).toBeCloseTo(1);
  });
});

describe('election timer', () => {
  it('shrinks from full at the restart to nothing at the deadline', () => {
    expect(timerFraction(100, 300, 100, true)).toBe(1);
    expect(timerFraction(100, 300, 200, true)).toBeCloseTo(0.5);
    expect(timerFraction(100, 300, 300, true)).toBe(0);
    expect(timerFraction(100, 300, 400, true)).toBe(0);
  });

  it('is not shown for a leader or a crashed node', () => {
    expect(timerFraction(100, Infinity, 150, true)).toBeNull();
    expect(timerFraction(0, 300, 150, false)).toBeNull();
  });

  it('maps to d3.arc angles from twelve o clock', () => {
    expect(timerArcAngles(1)).toEqual({ startAngle: 0, endAngle: 2 * Math.PI });
    expect(timerArcAngles(0.25).endAngle).toBeCloseTo(Math.PI / 2);
    expect(timerArcAngles(-1).endAngle).toBe(0);
  });
});

describe('node style', () => {
  it('tells roles apart by shape, not only color', () => {
    const f = nodeStyle({ up: true, role: 'follower', learner: false });
    const p = nodeStyle({ up: true, role: 'precandidate', learner: false });
    const c = nodeStyle({ up: true, role: 'candidate', learner: false });
    const l = nodeStyle({ up: true, role: 'leader', learner: false });
    const x = nodeStyle({ up: false, role: 'leader', learner: false });
    const learner = nodeStyle({ up: true, role: 'follower', learner: true });
    const signature = (s: typeof f) => `${s.shape}|${s.dash}|${s.strokeWidth}|${s.star}|${s.cross}`;
    const all = [f, p, c, l, x, learner].map(signature);
    expect(new Set(all).size).toBe(all.length);
    expect(x.look).toBe('crashed');
    expect(learner.look).toBe('learner');
    expect(l.star).toBe(true);
  });

  it('keeps messages outside every timer ring', () => {
    expect(messageInset(30)).toBeGreaterThan(timerRadius('diamond', 30));
    expect(shapeExtent('diamond', 30)).toBeGreaterThan(shapeExtent('circle', 30));
  });
});

describe('placing clients', () => {

  it('closes the clients up, or wraps them, to keep every one inside a short panel', () => {
    for (const n of [1, 3, 5, 8]) {
      const ids = Array.from({ length: n }, (_, i) => `c${i + 1}`);
      const at = clientSpots(ids, 24, 189);
      for (const p of at) {
        expect(p.y - CLIENT_H / 2).toBeGreaterThanOrEqual(0);
        expect(p.y + CLIENT_H / 2).toBeLessThanOrEqual(189);
      }
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expect(Math.abs(at[i]!.x - at[j]!.x) >= clientWidth('c1') || Math.abs(at[i]!.y - at[j]!.y) >= CLIENT_H).toBe(true);
    }
    // A tall panel keeps the usual column.
    expect(clientSpots(['c1', 'c2'], 30, 600)).toEqual([clientSpot(0, 30), clientSpot(1, 30)]);
    // A long name gets a box wide enough for it.
    expect(clientWidth('gateway')).toBeGreaterThan(clientWidth('c1'));
  });

  it('stacks clients in a column', () => {
    expect(clientSpot(1, 30).y).toBeGreaterThan(clientSpot(0, 30).y);
    expect(clientSpot(1, 30).x).toBe(clientSpot(0, 30).x);
  });
});
