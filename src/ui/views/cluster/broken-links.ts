// Where a broken client connection is drawn: a segment from the client's box to the node's
// circle, trimmed at both outlines so the dashes never run under either. Pure.

import type { BrokenLinkView } from '../../../protocol';
import { CLIENT_H, clientWidth, type Point } from './geometry';

/** How far along the segment, from the client, the label sits. */
const LABEL_AT = 0.3;
/** Where else along the segment to try, in order, when a node is in the label's way. */
const LABEL_TRIES = [LABEL_AT, 0.18, 0.45, 0.6, 0.75];
/** The label's box around its point: centred, text above the line (BrokenLinkLayer dy -0.4em). */
const LABEL_BOX = { half: 32, above: 20, below: 4 };

/** Whether the label at `p` touches the disc of radius `r` around `o`. */
function labelTouches(p: Point, o: Point, r: number): boolean {
  const nx = Math.max(p.x - LABEL_BOX.half, Math.min(o.x, p.x + LABEL_BOX.half));
  const ny = Math.max(p.y - LABEL_BOX.above, Math.min(o.y, p.y + LABEL_BOX.below));
  return Math.hypot(o.x - nx, o.y - ny) < r;
}

/** Half the size of a client's box (ClientLayer draws it clientWidth x 30, at least 48 wide). */
const BOX_HALF = { x: 24, y: CLIENT_H / 2 };

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
    const seg = trimmed(from, to, nodeInset, clientWidth(link.client) / 2);
    if (!seg) continue;
    // The first spot along the line whose label is clear of every other node and client
    // (log repair's c1 -> n3 passes under n5, which hid its label).
    const others = [...spots].filter(([id]) => id !== link.client && id !== link.node).map(([, p]) => p);
    const at = (k: number) => ({ x: seg.a.x + (seg.b.x - seg.a.x) * k, y: seg.a.y + (seg.b.y - seg.a.y) * k });
    // Clear of the nodes' timer rings (the inset less the air kept for messages).
    const label = LABEL_TRIES.map(at).find((p) => others.every((o) => !labelTouches(p, o, nodeInset - 6))) ?? at(LABEL_AT);
    out.push({ link, ...seg, label });
  }
  return out;
}

/** The segment between the box around `from` and the circle of radius `inset` around `to`; undefined when they touch. */
export function trimmed(from: Point, to: Point, inset: number, halfWidth = BOX_HALF.x): { a: Point; b: Point } | undefined {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy);
  // Leaving the box: the first side the ray from its centre crosses.
  const box = Math.min(dx === 0 ? Infinity : halfWidth / Math.abs(dx), dy === 0 ? Infinity : BOX_HALF.y / Math.abs(dy));
  const start = box * len;
  if (len <= start + inset) return undefined;
  const ux = dx / len;
  const uy = dy / len;
  return { a: { x: from.x + ux * start, y: from.y + uy * start }, b: { x: to.x - ux * inset, y: to.y - uy * inset } };
}
