// The red ring around a node that differs between A and B: just outside the node's timer
// ring, but never so wide that the rings of two neighbours overlap (a narrow A/B panel
// packs five or more nodes close together).

import { timerRadius } from '../cluster/node-style';

interface Point {
  x: number;
  y: number;
}

/** Room kept between the rings of two neighbouring nodes (px). */
const GAP = 4;

export function markRadius(spots: readonly Point[], nodeR: number): number {
  const wanted = timerRadius('diamond', nodeR) + 7;
  let nearest = Infinity;
  for (let i = 0; i < spots.length; i++) {
    for (let j = i + 1; j < spots.length; j++) nearest = Math.min(nearest, Math.hypot((spots[i] as Point).x - (spots[j] as Point).x, (spots[i] as Point).y - (spots[j] as Point).y));
  }
  return Math.max(nodeR + 2, Math.min(wanted, nearest / 2 - GAP));
}
