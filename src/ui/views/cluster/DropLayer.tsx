// Bursts where messages were just lost: a small red star of rays that grows and fades over
// DROP_SHOW_MS of virtual time (quickly at first: a lossy nine-node ring drops dozens at once), at the receiver's end of the lane (the simulation decides a
// loss on arrival, so that is where the message vanishes).

import type { RecentDrop } from './drops';
import { lanePoint, type Point } from './geometry';
import { DROP_COLOR } from './palette';

interface Props {
  drops: readonly RecentDrop[];
  spots: ReadonlyMap<string, Point>;
  inset: number;
}

const RAYS = 6;

export function DropLayer({ drops, spots, inset }: Props) {
  return (
    <g className="drops" aria-hidden="true">
      {drops.map((d) => {
        const a = spots.get(d.from);
        const b = spots.get(d.to);
        if (!a || !b) return null;
        const at = lanePoint(a, b, 1, inset);
        return (
          <g key={d.id} className="drop-burst" data-testid="drop-burst" data-id={d.id} transform={`translate(${at.x.toFixed(1)},${at.y.toFixed(1)})`} opacity={(1 - d.age) * (1 - d.age)}>
            <path d={burstPath(d.age)} stroke={DROP_COLOR} />
          </g>
        );
      })}
    </g>
  );
}

/** Rays from an inner to an outer radius, both growing with age. */
export function burstPath(age: number): string {
  const inner = 3 + 6 * age;
  const outer = 7 + 9 * age;
  let d = '';
  for (let i = 0; i < RAYS; i++) {
    const a = (2 * Math.PI * i) / RAYS;
    const c = Math.cos(a);
    const s = Math.sin(a);
    d += `M${(c * inner).toFixed(1)},${(s * inner).toFixed(1)}L${(c * outer).toFixed(1)},${(s * outer).toFixed(1)}`;
  }
  return d;
}
