// A ring that fits a small panel (the two sides of Compare A/B at 1280 px) without its nodes
// touching. ringLayout keeps a node at least MIN_NODE_R wide, so in a short panel the ring
// squeezes until neighbours overlap; here the ring is instead laid out in a larger box and
// drawn scaled down, by the largest scale (at most 1) at which every node's glyph (its shape,
// timer ring and leader star: what PAGE.md's data-node marks) stays apart from every other
// and inside the panel. Pure: unit-tested in test/ui/ring-fit.test.ts.

import { ringLayout, type Point, type RingLayout } from './geometry';
import { timerRadius } from './node-style';
import type { Size } from './useSize';

export interface RingFit {
  /** Draw the ring at this scale (<= 1) ... */
  scale: number;
  /** ... laid out for this box, in the ring's own units (the panel divided by the scale). */
  box: Size;
  layout: RingLayout;
}

/** Air kept between two glyphs' boxes, and between a glyph and the panel's edge (ring units). */
const GAP = 4;
/** Each try shrinks the scale by this factor; the smallest scale tried is MIN_SCALE. */
const STEP = 0.92;
const MIN_SCALE = 0.3;
/** The leader's star (NodeGlyph: d3 symbolStar of area 520, about 22 px from its centre). */
const STAR_REACH = 22;
const STAR_OFFSET = 0.74;

/**
 * How far a node's glyph reaches from its centre, in x and in y, whatever its role: the
 * diamond's timer ring with its stroke, or the leader's star at the top right.
 */
export function glyphHalf(nodeR: number): number {
  return Math.max(timerRadius('diamond', nodeR) + 3, nodeR * STAR_OFFSET + STAR_REACH);
}

/** Whether every glyph of the layout is inside the box and apart from every other (as boxes). */
export function glyphsApart(spots: readonly Point[], nodeR: number, box: Size): boolean {
  const half = glyphHalf(nodeR);
  for (const s of spots) {
    if (s.x - half < GAP || s.y - half < GAP || s.x + half > box.width - GAP || s.y + half > box.height - GAP) return false;
  }
  for (let i = 0; i < spots.length; i++) {
    for (let j = i + 1; j < spots.length; j++) {
      const [a, b] = [spots[i] as Point, spots[j] as Point];
      // Axis-aligned boxes are apart when they are apart along either axis.
      if (Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) < 2 * half + GAP) return false;
    }
  }
  return true;
}

/** The largest scale (1, or less down to MIN_SCALE) at which n nodes fit `outer` apart. */
export function ringFit(n: number, outer: Size): RingFit {
  let scale = 1;
  for (;;) {
    const box = { width: Math.floor(outer.width / scale), height: Math.floor(outer.height / scale) };
    const layout = ringLayout(n, box.width, box.height);
    if (glyphsApart(layout.spots, layout.nodeR, box) || scale * STEP < MIN_SCALE) return { scale, box, layout };
    scale *= STEP;
  }
}
