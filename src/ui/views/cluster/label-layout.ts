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

/**
 * Vertical shifts to try for a block beside a node: centred first, then towards the outside
 * of the ring (a node near the top tucks its label upwards, away from its lower neighbour).
 */
function nudges(side: LabelSide, angle: number, height: number): number[] {
  if (side === 'above' || side === 'below') return [0];
  const out = Math.sin(angle) < 0 ? -height / 3 : height / 3;
  return [0, out, -out];
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

/** Collisions below this (px²) are rounding, not collisions. */
const FITS = 0.5;

/** A node as a disc: labels may tuck into the corners its square would block. */
interface Disc {
  x: number;
  y: number;
  r: number;
}

/** How much a rect collides with a disc: its overlap with the disc's square, if it touches the disc at all. */
function discOverlap(rect: Rect, d: Disc): number {
  const nx = Math.max(rect.x, Math.min(d.x, rect.x + rect.width));
  const ny = Math.max(rect.y, Math.min(d.y, rect.y + rect.height));
  if (Math.hypot(d.x - nx, d.y - ny) >= d.r) return 0;
  return Math.max(1, overlap(rect, { x: d.x - d.r, y: d.y - d.r, width: 2 * d.r, height: 2 * d.r }));
}

/** How much a candidate rect collides with the nodes, the labels placed so far and the edges. */
function cost(r: Rect, discs: readonly Disc[], blockers: readonly Rect[], box: { width: number; height: number }): number {
  let c = outside(r, box);
  for (const d of discs) c += discOverlap(r, d);
  for (const b of blockers) c += overlap(r, b);
  return c;
}

/**
 * One place per spot, all at the same level, so every node's label reads the same way.
 * First the richest level at which every label fits on one of its two outward sides;
 * failing that, on any side (a label inside the ring sits where the messages fly and can
 * read as belonging to the wrong node, so it is the last resort); failing that, the
 * smallest block on its least colliding side.
 */
export function placeLabels(spots: readonly RingSpot[], sizes: Record<LabelLevel, BlockSize>, space: LabelSpace): LabelPlace[] {
  const r = space.nodeReach;
  const discs: Disc[] = spots.map((s) => ({ x: s.x, y: s.y, r }));
  const fixed = space.obstacles ?? [];
  for (const sides of [2, 4]) {
    for (const level of LEVELS) {
      const placed = placeAll(spots, level, sizes[level], { gap: r + 2, sides, discs, fixed, box: space.box, force: false });
      if (placed) return placed;
    }
  }
  return placeAll(spots, 'tiny', sizes.tiny, { gap: r + 2, sides: 4, discs, fixed, box: space.box, force: true }) as LabelPlace[];
}

interface PlaceOptions {
  gap: number;
  /** How many of the preferred sides to try (2: the outward ones). */
  sides: number;
  discs: readonly Disc[];
  fixed: readonly Rect[];
  box: { width: number; height: number };
  /** Place every label even if it collides. */
  force: boolean;
}

/** Places every label at `level`, or gives up (null) at the first that cannot fit, unless forced. */
function placeAll(spots: readonly RingSpot[], level: LabelLevel, size: BlockSize, o: PlaceOptions): LabelPlace[] | null {
  const blockers = [...o.fixed];
  const out: LabelPlace[] = [];
  for (const spot of spots) {
    let best: { place: LabelPlace; cost: number } | undefined;
    for (const side of sidePreference(spot.angle).slice(0, o.sides)) {
      for (const dy of nudges(side, spot.angle, size.height)) {
        const r0 = labelRect(spot, side, o.gap, size);
        const rect = { ...r0, y: r0.y + dy };
        const c = cost(rect, o.discs, blockers, o.box);
        if (!best || c < best.cost) best = { place: { side, level, rect }, cost: c };
        if (c <= FITS) break;
      }
      if (best && best.cost <= FITS) break;
    }
    if (!best || (best.cost > FITS && !o.force)) return null;
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
