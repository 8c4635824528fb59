// How much larger projector mode draws the ring. Scaling the ring up shrinks the box it is
// laid out in (in the ring's own units); a crowded ring in a short 1280x720 panel would then
// have no room to keep its nodes and labels apart. So the scale gives way, down to 1, until
// the box holds the room the ring needs. Pure: unit-tested in test/ui/ring-scale.test.ts.

import type { Size } from './useSize';

/** Room (ring units) a ring of n nodes needs so that nodes, timer rings and labels do not touch. */
export function ringRoom(n: number): Size {
  if (n >= 7) return { width: 700, height: 280 };
  return { width: 420, height: 190 };
}

/** The scale to draw at: `wanted` if the box allows it, else the largest that keeps the room, never below 1. */
export function ringScale(wanted: number, n: number, outer: Size): number {
  if (wanted <= 1 || outer.width <= 0 || outer.height <= 0) return Math.max(1, wanted);
  const room = ringRoom(n);
  const fit = Math.min(outer.width / room.width, outer.height / room.height);
  return Math.max(1, Math.min(wanted, fit));
}
