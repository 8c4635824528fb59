// Where a node's or a link's menu opens, in page pixels. The menus float over the page
// (position: fixed) rather than inside the ring's box: on a 1280x720 projector that box is
// about 230 px tall and a five-item menu is taller, so inside it a menu was cut off by the
// box's edge and covered the neighbouring nodes. Candidates beside, beyond, above and below
// the thing clicked are scored: covering a node costs most, then covering the narration or
// the playback bar, then distance (the first of equals wins: to the right of the node). Pure: unit-tested in test/ui/float-place.test.ts.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FloatSpace {
  /** The viewport (the menu stays wholly inside it, with a margin). */
  viewport: { width: number; height: number };
  /** Rects the menu must not cover: the nodes' discs, the clients, the one clicked. */
  avoid: readonly Rect[];
  /** Rects it had better not cover (the narration, the playback bar), at a lower cost. */
  spare?: readonly Rect[];
}

const EDGE = 6;
const GAP = 8;

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clampTo = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/**
 * The top-left corner for a menu of `size` opening at `anchor` (the clicked thing, with
 * its reach: a node's disc or a point on a line).
 */
export function floatPlace(anchor: Rect, size: { width: number; height: number }, space: FloatSpace): { left: number; top: number } {
  const { width: w, height: h } = size;
  const vw = space.viewport.width;
  const vh = space.viewport.height;
  const ax = anchor.x + anchor.width / 2;
  const ay = anchor.y + anchor.height / 2;
  const xs = [
    anchor.x + anchor.width + GAP,
    anchor.x - GAP - w,
    ax - w / 2,
    // Beyond everything to avoid, on either side.
    Math.max(...space.avoid.map((r) => r.x + r.width), anchor.x + anchor.width) + GAP,
    Math.min(...space.avoid.map((r) => r.x), anchor.x) - GAP - w,
  ];
  const ys = [
    ay - 30,
    ay - h / 2,
    ay - h + 30,
    anchor.y + anchor.height + GAP,
    anchor.y - GAP - h,
    // Under or over everything to avoid (a node in the middle of a crowded ring).
    Math.max(...space.avoid.map((r) => r.y + r.height), anchor.y + anchor.height) + GAP,
    Math.min(...space.avoid.map((r) => r.y), anchor.y) - GAP - h,
  ];
  let best = { left: clampTo(xs[0]!, EDGE, vw - w - EDGE), top: clampTo(ys[0]!, EDGE, vh - h - EDGE) };
  let bestCost = Infinity;
  for (const x of xs) {
    for (const y of ys) {
      const left = clampTo(x, EDGE, vw - w - EDGE);
      const top = clampTo(y, EDGE, vh - h - EDGE);
      const r = { x: left, y: top, width: w, height: h };
      let cost = 1000 * overlap(r, anchor);
      for (const a of space.avoid) cost += 1000 * overlap(r, a);
      for (const s of space.spare ?? []) cost += overlap(r, s);
      // Nearer is better, but never at the price of covering anything.
      const dx = Math.max(0, left - (anchor.x + anchor.width), anchor.x - (left + w));
      const dy = Math.max(0, top - (anchor.y + anchor.height), anchor.y - (top + h));
      cost += 0.01 * Math.hypot(dx, dy);
      if (cost < bestCost) {
        bestCost = cost;
        best = { left, top };
      }
    }
  }
  return best;
}
