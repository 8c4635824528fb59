// Geometry of one election's watch chain (etcd client/v3/concurrency election.go): its keys
// in create-revision order as a column of boxes, the holder (smallest create revision) on
// top, and from each waiter an arrow to the key whose deletion it watches (waitDeletes
// watches only the key just ahead: no herd effect). Campaigners whose key the store does
// not hold yet (granting the lease, creating the key) queue below. Pure.

import { path as d3path } from 'd3';
import type { ElectionView } from '../../../protocol';

export type BoxKind = 'holder' | 'waiter' | 'orphan' | 'pending';

export interface ChainBox {
  /** Stable across frames: the key, or "pending:<client>" before the key exists. */
  id: string;
  key?: string;
  revision?: number;
  lease: number;
  client?: string;
  phase?: string;
  waitKey?: string;
  kind: BoxKind;
  /** The first key in create order: it holds the election, even when orphaned (etcd Leader()). */
  first: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
  opacity: number;
}

export interface ChainArrow {
  /** The waiter's key: one arrow per waiter, so a re-link moves the same arrow. */
  id: string;
  from: string;
  to: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** How far the curve swings out to the right. */
  bend: number;
  opacity: number;
}

export interface ChainLayout {
  boxes: ChainBox[];
  arrows: ChainArrow[];
  width: number;
  height: number;
}

export const BOX_H = 60;
export const GAP = 16;
export const PAD = 6;
/** Room on the right for the arrows' curves. */
export const ARROW_ROOM = 76;

/**
 * `owners`: clients known to have owned keys, for keys whose campaigner is gone (a crashed
 * client is no longer in the election's campaigners, but its key stays until its lease expires).
 */
export function chainLayout(election: ElectionView, width: number, owners: ReadonlyMap<string, string> = new Map()): ChainLayout {
  const w = Math.max(160, width - PAD * 2 - ARROW_ROOM);
  const byKey = new Map(election.campaigners.filter((c) => c.key !== undefined).map((c) => [c.key as string, c]));
  const boxes: ChainBox[] = election.keys.map((kv, i) => {
    const c = byKey.get(kv.key);
    const kind: BoxKind = !c ? 'orphan' : i === 0 ? 'holder' : 'waiter';
    const owner = c ? {} : owners.has(kv.key) ? { client: owners.get(kv.key) as string } : {};
    return { id: kv.key, key: kv.key, revision: kv.createRevision, lease: kv.lease, ...campaignerFields(c), ...owner, kind, first: i === 0, x: PAD, y: 0, w, h: BOX_H, opacity: 1 };
  });
  const stored = new Set(election.keys.map((k) => k.key));
  for (const c of election.campaigners) {
    if (c.key !== undefined && stored.has(c.key)) continue;
    // The key as id once the client has named it, so the box moves (not blinks) when it is stored.
    const id = c.key ?? `pending:${c.client}`;
    boxes.push({ id, lease: 0, ...campaignerFields(c), ...(c.key !== undefined ? { key: c.key } : {}), kind: 'pending', first: false, x: PAD, y: 0, w, h: BOX_H, opacity: 1 });
  }
  boxes.forEach((b, i) => (b.y = PAD + i * (BOX_H + GAP)));
  const arrows = chainArrows(boxes);
  return { boxes, arrows, width, height: boxes.length === 0 ? 0 : PAD * 2 + boxes.length * (BOX_H + GAP) - GAP };
}

function campaignerFields(c: ElectionView['campaigners'][number] | undefined): Pick<ChainBox, 'client' | 'phase' | 'waitKey'> {
  if (!c) return {};
  return { client: c.client, phase: c.phase, ...(c.waitKey !== undefined ? { waitKey: c.waitKey } : {}) };
}

/** An arrow from each waiting box to the box of the key it watches, when that box is drawn. */
function chainArrows(boxes: ChainBox[]): ChainArrow[] {
  const index = new Map(boxes.map((b, i) => [b.id, i]));
  const arrows: ChainArrow[] = [];
  boxes.forEach((b, i) => {
    if (!b.key || b.waitKey === undefined) return;
    const j = index.get(b.waitKey);
    if (j === undefined) return;
    const target = boxes[j] as ChainBox;
    const right = b.x + b.w;
    // Links that skip boxes (after a waiter in between left) swing wider, so they read as a skip.
    const bend = 26 + 14 * Math.max(0, Math.abs(i - j) - 1);
    arrows.push({ id: b.key, from: b.key, to: b.waitKey, x1: right, y1: b.y + b.h / 2, x2: right, y2: target.y + target.h / 2, bend, opacity: 1 });
  });
  return arrows;
}

/** The curve of an arrow: out of the waiter's right side, round, into the watched key's. */
export function arrowPath(a: Pick<ChainArrow, 'x1' | 'y1' | 'x2' | 'y2' | 'bend'>): string {
  const p = d3path();
  p.moveTo(a.x1, a.y1);
  p.bezierCurveTo(a.x1 + a.bend, a.y1, a.x2 + a.bend, a.y2, a.x2 + 2, a.y2);
  return p.toString();
}

/**
 * The layout `t` of the way (0 to 1) from `from` to `to`. Items in both move; items only in
 * `to` fade in where they land; items only in `from` fade out where they were (a deleted key,
 * slipping left as it goes). A campaigner whose box changes id (its key appears in the store)
 * keeps one box that moves, rather than one fading out over another fading in.
 */
export function blendLayouts(from: ChainLayout, to: ChainLayout, t: number): ChainLayout {
  const mix = (a: number, b: number) => a + (b - a) * t;
  const toIds = new Set(to.boxes.map((b) => b.id));
  const fromBoxes = new Map(from.boxes.map((b) => [b.id, b]));
  const handedOver = new Set<string>();
  for (const b of to.boxes) {
    if (fromBoxes.has(b.id) || b.client === undefined) continue;
    const before = from.boxes.find((a) => a.client === b.client && !toIds.has(a.id) && !handedOver.has(a.id));
    if (before) {
      handedOver.add(before.id);
      fromBoxes.set(b.id, before);
    }
  }
  const boxes: ChainBox[] = to.boxes.map((b) => {
    const a = fromBoxes.get(b.id);
    if (!a) return { ...b, opacity: b.opacity * t };
    return { ...b, x: mix(a.x, b.x), y: mix(a.y, b.y), w: mix(a.w, b.w), opacity: mix(a.opacity, b.opacity) };
  });
  for (const a of from.boxes) {
    if (toIds.has(a.id) || handedOver.has(a.id) || a.opacity * (1 - t) <= 0.01) continue;
    boxes.push({ ...a, x: a.x - 24 * t, opacity: a.opacity * (1 - t) });
  }
  const fromArrows = new Map(from.arrows.map((a) => [a.id, a]));
  const toArrowIds = new Set(to.arrows.map((a) => a.id));
  const arrows: ChainArrow[] = to.arrows.map((b) => {
    const a = fromArrows.get(b.id);
    if (!a) return { ...b, opacity: b.opacity * t };
    return { ...b, x1: mix(a.x1, b.x1), y1: mix(a.y1, b.y1), x2: mix(a.x2, b.x2), y2: mix(a.y2, b.y2), bend: mix(a.bend, b.bend), opacity: mix(a.opacity, b.opacity) };
  });
  for (const a of from.arrows) if (!toArrowIds.has(a.id) && a.opacity * (1 - t) > 0.01) arrows.push({ ...a, opacity: a.opacity * (1 - t) });
  return { boxes, arrows, width: to.width, height: Math.max(mix(from.height, to.height), to.height) };
}
