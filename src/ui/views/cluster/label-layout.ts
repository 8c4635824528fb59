// Where each node's label block goes, and how much of it fits. A five-node ring has room
// for three lines beside every node; a nine-node ring in a short panel does not, and
// overlapping text is worse than less text. So each node gets the richest block that fits
// somewhere around it without touching another node, another label or the panel edge,
// trying its outward side first. Pure: unit-tested in test/ui/cluster-labels.test.ts.
//
// Placement depends on the layout and the block sizes only, not on the numbers shown, so a
// label does not jump sides while the indexes grow.

import type { Point, RingSpot } from './geometry';

/** Three lines; two; a narrow two (the role shows by shape alone); one with the term. */
export type LabelLevel = 'full' | 'short' | 'compact' | 'tiny';
export const LEVELS: readonly LabelLevel[] = ['full', 'short', 'compact', 'tiny'];
export type LabelSide = 'left' | 'right' | 'above' | 'below';

export interface BlockSize {
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelPlace {
  side: LabelSide;
  level: LabelLevel;
  rect: Rect;
}

export interface LabelSpace {
  /** How far a node (with its timer ring) reaches from its centre: labels keep out. */
  nodeReach: number;
  box: { width: number; height: number };
  /** Other things labels must not cover (the clients' boxes). */
  obstacles?: readonly Rect[];
}

/**
 * The sides to try: the outward side first, then the vertical side facing out, then the
 * inward ones (a label inside the ring sits where the messages fly and reads as belonging
 * to the wrong node).
 */
export function sidePreference(angle: number): LabelSide[] {
  const h: LabelSide = Math.cos(angle) < -0.2 ? 'left' : 'right';
  const v: LabelSide = Math.sin(angle) < 0 ? 'above' : 'below';
  return [h, v, v === 'above' ? 'below' : 'above', h === 'left' ? 'right' : 'left'];
}

export function labelRect(at: Point, side: LabelSide, gap: number, size: BlockSize): Rect {
  const { width: w, height: h } = size;
  switch (side) {
    case 'right':
      return { x: at.x + gap, y: at.y - h / 2, width: w, height: h };
    case 'left':
      return { x: at.x - gap - w, y: at.y - h / 2, width: w, height: h };
    case 'above':
      return { x: at.x - w / 2, y: at.y - gap - h, width: w, height: h };
    case 'below':
      return { x: at.x - w / 2, y: at.y + gap, width: w, height: h };
  }
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Area of `r` outside the panel. */
function outside(r: Rect, box: { width: number; height: number }): number {
  const inside = overlap(r, { x: 0, y: 0, width: box.width, height: box.height });
  return r.width * r.height - inside;
}

/** How much a candidate rect collides with the nodes, the labels placed so far and the edges. */
function cost(r: Rect, blockers: readonly Rect[], box: { width: number; height: number }): number {
  let c = outside(r, box);
  for (const b of blockers) c += overlap(r, b);
  return c;
}

/**
 * One place per spot, all at the same level, so every node's label reads the same way:
 * the richest level at which each label finds a side that collides with nothing (trying
 * its outward sides first). If even the smallest block collides somewhere, each label
 * takes its least colliding side.
 */
export function placeLabels(spots: readonly RingSpot[], sizes: Record<LabelLevel, BlockSize>, space: LabelSpace): LabelPlace[] {
  const r = space.nodeReach;
  const nodes: Rect[] = spots.map((s) => ({ x: s.x - r, y: s.y - r, width: 2 * r, height: 2 * r }));
  const fixed = [...nodes, ...(space.obstacles ?? [])];
  for (const level of LEVELS) {
    const placed = placeAll(spots, level, sizes[level], r + 2, fixed, space.box, false);
    if (placed) return placed;
  }
  return placeAll(spots, 'tiny', sizes.tiny, r + 2, fixed, space.box, true) as LabelPlace[];
}

/** Places every label at `level`, or gives up (null) at the first that cannot fit, unless `force`. */
function placeAll(spots: readonly RingSpot[], level: LabelLevel, size: BlockSize, gap: number, fixed: readonly Rect[], box: { width: number; height: number }, force: boolean): LabelPlace[] | null {
  const blockers = [...fixed];
  const out: LabelPlace[] = [];
  for (const spot of spots) {
    let best: { place: LabelPlace; cost: number } | undefined;
    for (const side of sidePreference(spot.angle)) {
      const rect = labelRect(spot, side, gap, size);
      const c = cost(rect, blockers, box);
      if (!best || c < best.cost) best = { place: { side, level, rect }, cost: c };
      if (c === 0) break;
    }
    if (!best || (best.cost > 0 && !force)) return null;
    out.push(best.place);
    blockers.push(best.place.rect);
  }
  return out;
}

/**
 * A text's width in px, estimated without a DOM: CJK characters are one em wide, others
 * about 0.48 em (0.52 in bold) in the page's sans-serif (measured on label text in
 * Liberation Sans: 0.43 and 0.48), a little generous on purpose.
 */
export function textWidth(text: string, fontPx: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : bold ? 0.52 : 0.48;
  return em * fontPx;
}
