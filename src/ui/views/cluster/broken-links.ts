// Where a broken client connection is drawn: a segment from the client's box to the node's
// circle, trimmed at both outlines so the dashes never run under either. Pure.

import type { BrokenLinkView } from '../../../protocol';
import type { Point } from './geometry';

/** How far along the segment, from the client, the label sits. */
const LABEL_AT = 0.3;
/** Half the size of a client's box (ClientLayer draws it 48 x 30). */
const BOX_HALF = { x: 24, y: 15 };

export interface BrokenLinkLine {
  link: BrokenLinkView;
  a: Point;
  b: Point;
  /** Where its label goes: near the client, which is out of the ring's way (the middle often lies under a node). */
  label: Point;
}

/** The links whose client and node are both on screen and whose client is not drawn crashed. */
export function brokenLinkLines(links: readonly BrokenLinkView[], spots: ReadonlyMap<string, Point>, crashed: ReadonlySet<string>, nodeInset: number): BrokenLinkLine[] {
  const out: BrokenLinkLine[] = [];
  for (const link of links) {
    const from = spots.get(link.client);
    const to = spots.get(link.node);
    if (!from || !to || crashed.has(link.client)) continue;
    const seg = trimmed(from, to, nodeInset);
    if (seg) out.push({ link, ...seg, label: { x: seg.a.x + (seg.b.x - seg.a.x) * LABEL_AT, y: seg.a.y + (seg.b.y - seg.a.y) * LABEL_AT } });
  }
  return out;
}

/** The segment between the box around `from` and the circle of radius `inset` around `to`; undefined when they touch. */
export function trimmed(from: Point, to: Point, inset: number): { a: Point; b: Point } | undefined {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy);
  // Leaving the box: the first side the ray from its centre crosses.
  const box = Math.min(dx === 0 ? Infinity : BOX_HALF.x / Math.abs(dx), dy === 0 ? Infinity : BOX_HALF.y / Math.abs(dy));
  const start = box * len;
  if (len <= start + inset) return undefined;
  const ux = dx / len;
  const uy = dy / len;
  return { a: { x: from.x + ux * start, y: from.y + uy * start }, b: { x: to.x - ux * inset, y: to.y - uy * inset } };
}
