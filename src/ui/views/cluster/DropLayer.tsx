// Bursts where messages were just lost: a small red star of rays that grows and fades over
// DROP_SHOW_MS of virtual time (quickly at first: a lossy nine-node ring drops dozens at once), at the receiver's end of the lane, just clear of its disc (the
// simulation decides a loss on arrival, so that is where the message vanishes).

import type { RecentDrop } from './drops';
import { distance, lanePoint, type Point } from './geometry';
import { DROP_COLOR } from './palette';

interface Props {
  drops: readonly RecentDrop[];
  spots: ReadonlyMap<string, Point>;
  inset: number;
  /** Each lane's burst spot ("from to"), kept clear of the labels (ClusterRing). */
  bursts: ReadonlyMap<string, BurstSpot>;
}

const RAYS = 6;
/** The burst's largest radius (burstPath at age 1) and half its stroke. */
export const BURST_REACH = 7 + 9 + 2;

export function DropLayer({ drops, spots, inset, bursts: laneSpots }: Props) {
  return (
    <g className="drops" aria-hidden="true">
      {drops.map((d) => {
        const a = spots.get(d.from);
        const b = spots.get(d.to);
        if (!a || !b) return null;
        const { at, size } = laneSpots.get(`${d.from} ${d.to}`) ?? burstSpot(a, b, inset);
        return (
          <g key={d.id} className="drop-burst" data-testid="drop-burst" data-id={d.id} transform={`translate(${at.x.toFixed(1)},${at.y.toFixed(1)})${size < 1 ? ` scale(${size.toFixed(2)})` : ''}`} opacity={(1 - d.age) * (1 - d.age)}>
            <path d={burstPath(d.age)} stroke={DROP_COLOR} />
          </g>
        );
      })}
    </g>
  );
}

/** Where a burst is drawn, and how large (1: burstPath's own size). */
export interface BurstSpot {
  at: Point;
  size: number;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function covered(at: Point, reach: number, avoid: readonly Box[]): number {
  let c = 0;
  for (const r of avoid) {
    const w = Math.min(at.x + reach, r.x + r.width) - Math.max(at.x - reach, r.x);
    const h = Math.min(at.y + reach, r.y + r.height) - Math.max(at.y - reach, r.y);
    if (w > 0 && h > 0) c += w * h;
  }
  return c;
}

/**
 * Where a burst for a message lost on its way from `a` to `b` goes: clear of the receiver's
 * disc and timer ring even at its largest, and of `avoid` (the labels and the other nodes):
 * if the end of the lane is taken, further back along it. On a lane too short for a whole
 * burst (nine nodes in a short panel) it is shrunk to the gap between the two discs.
 * Depends on the layout only, so a lane's bursts always appear at the same spot.
 */
export function burstSpot(a: Point, b: Point, inset: number, avoid: readonly Box[] = []): BurstSpot {
  const room = (distance(a, b) - 2 * inset) / 2;
  const size = room >= BURST_REACH ? 1 : Math.max(0.35, room / BURST_REACH);
  const reach = BURST_REACH * size;
  let best: BurstSpot = { at: lanePoint(a, b, 0.5, inset), size };
  if (size < 1) return best;
  let least = Infinity;
  for (const progress of [1, 0.85, 0.7, 0.55, 0.4, 0.25]) {
    const at = lanePoint(a, b, progress, inset + reach);
    const c = covered(at, reach, avoid);
    if (c < least) {
      least = c;
      best = { at, size };
    }
    if (c === 0) break;
  }
  return best;
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
