// Pure geometry of the cluster view: where nodes sit on the ring, where their labels go,
// the curves messages fly along and where a message is at a given virtual time. No DOM,
// no React: unit-tested in Node (test/ui/cluster-geometry.test.ts).

export interface Point {
  x: number;
  y: number;
}

export interface RingSpot extends Point {
  /** Angle on the ring in radians, 0 pointing right, growing clockwise (screen y is down). */
  angle: number;
}

export interface RingLayout {
  cx: number;
  cy: number;
  /** Radii of the ring: an ellipse, because the panel is wider than it is tall. */
  rx: number;
  ry: number;
  /** Radius of a node's disc. */
  nodeR: number;
  spots: RingSpot[];
}

/**
 * Room kept beside the ring for the label blocks (three lines of up to ~30 characters).
 * A crowded ring needs width more than its side labels need their third line.
 */
export function labelMargin(n: number): number {
  return n >= 7 ? 100 : 205;
}
/** At most this share of the panel's width goes to the label room on each side. */
const NARROW_LABEL_SHARE = 0.25;
/** Room between a node's shape and its label or the panel edge: timer ring and a gap. */
const NODE_PAD = 20;
const MIN_NODE_R = 22;
const MAX_NODE_R = 36;
/** An ellipse flatter than this reads as two rows rather than a ring. */
const MAX_ASPECT = 2.5;
/**
 * A short panel (five nodes under a 1280x720 projector's playback bar and logs) leaves the
 * ring so little height that, kept to MAX_ASPECT, it would shrink to a knot in the middle of
 * a wide box, neighbours almost touching and no lane long enough to see a message move.
 * There the ring spreads sideways instead, up to this flatness, and keeps less room for
 * label blocks beside it (label-layout.ts then picks the block that fits).
 */
const SHORT_RY = 80;
const SHORT_MAX_ASPECT = 4.5;
const SHORT_LABEL_SHARE = 0.14;
/** A diamond (candidate) reaches further than a circle; see node-style.ts DIAMOND_SCALE. */
const REACH = 1.22;

/**
 * Places n nodes on an ellipse filling width x height, first node at the top, clockwise
 * (one node sits in the middle; two sit left and right, the way a reader scans). Labels go
 * mostly beside the nodes (label-layout.ts), so the panel's height goes to the ring.
 */
export function ringLayout(n: number, width: number, height: number): RingLayout {
  const count = Math.max(0, Math.floor(n));
  // Twice: the node size depends on the spacing, the margins on the node size.
  let nodeR = MAX_NODE_R;
  let placed = placeOnEllipse(count, width, height, nodeR);
  nodeR = nodeRadius(placed.spots, Math.min(placed.rx, placed.ry), placed.short);
  placed = placeOnEllipse(count, width, height, nodeR);
  const { short: _short, ...ring } = placed;
  return { ...ring, nodeR };
}

/** How far a node, with its timer ring, reaches from its centre. */
export function nodeReach(nodeR: number): number {
  return nodeR * REACH + NODE_PAD;
}

function placeOnEllipse(count: number, width: number, height: number, nodeR: number): Omit<RingLayout, 'nodeR'> & { short: boolean } {
  const cx = width / 2;
  const cy = height / 2;
  const reach = nodeReach(nodeR);
  const ry = Math.max(40, height / 2 - reach);
  // A narrow panel (embed, projector, A/B) gives the ring a fair share; its labels go compact.
  const short = ry < SHORT_RY && count >= 4;
  const margin = Math.min(labelMargin(count), width * (short ? SHORT_LABEL_SHARE : NARROW_LABEL_SHARE));
  const rx = Math.max(40, Math.min(width / 2 - reach - margin, ry * (short ? SHORT_MAX_ASPECT : MAX_ASPECT)));
  const start = count === 2 ? Math.PI : -Math.PI / 2;
  const angles = evenAngles(count, start, rx, ry);
  const spots: RingSpot[] = angles.map((angle) => (count === 1 ? { x: cx, y: cy, angle: 0 } : { x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle), angle }));
  return { cx, cy, rx, ry, spots, short };
}

/** Samples of the ellipse's outline used to measure its length (plenty for nine nodes). */
const OUTLINE_SAMPLES = 360;

/**
 * The parameter angles of `count` points spaced evenly by length along the ellipse, the
 * first at `start`. Even angles would bunch the nodes at the ends of a flat ellipse (a wide
 * panel on a 1280x720 projector), where nine of them would overlap.
 */
function evenAngles(count: number, start: number, rx: number, ry: number): number[] {
  if (count <= 2 || rx === ry) return Array.from({ length: count }, (_, i) => start + (2 * Math.PI * i) / count);
  const step = (2 * Math.PI) / OUTLINE_SAMPLES;
  const lengths = [0];
  for (let k = 1; k <= OUTLINE_SAMPLES; k++) {
    const a = start + (k - 0.5) * step;
    const speed = Math.hypot(rx * Math.sin(a), ry * Math.cos(a));
    lengths.push((lengths[k - 1] as number) + speed * step);
  }
  const total = lengths[OUTLINE_SAMPLES] as number;
  const angles: number[] = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    const want = (total * i) / count;
    while (k < OUTLINE_SAMPLES && (lengths[k + 1] as number) < want) k++;
    const from = lengths[k] as number;
    const span = (lengths[k + 1] as number) - from || 1;
    angles.push(start + (k + (want - from) / span) * step);
  }
  return angles;
}

/** Big enough for a 24px id, small enough that neighbours and their timer rings never touch. */
function nodeRadius(spots: readonly Point[], r: number, short: boolean): number {
  let nearest = Infinity;
  for (let i = 0; i < spots.length; i++) {
    for (let j = i + 1; j < spots.length; j++) nearest = Math.min(nearest, distance(spots[i] as Point, spots[j] as Point));
  }
  // A crowded ring keeps more air between neighbours: their group badges and stars stick out.
  // A short ring keeps its nodes small enough that the lanes between them stay long.
  const share = spots.length >= 7 || short ? 0.25 : 0.3;
  const fit = Number.isFinite(nearest) ? nearest * share : r * 0.4;
  return clamp(fit, MIN_NODE_R, MAX_NODE_R);
}

/** Fraction of the flight a message has done at `time`: 0 at send, 1 on arrival. */
export function messageProgress(sentAt: number, deliverAt: number, time: number): number {
  if (!(deliverAt > sentAt)) return 1;
  return clamp((time - sentAt) / (deliverAt - sentAt), 0, 1);
}

/** How far a message's lane bows sideways, as a fraction of the link's length. */
export const LANE_BEND = 0.12;

/**
 * The control point of the quadratic curve from `a` to `b`. It bows to the left of the
 * direction of travel, so a->b and b->a fly in two lanes and a request never hides its reply.
 */
export function laneControl(a: Point, b: Point, bend = LANE_BEND): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return { x: (a.x + b.x) / 2 + dy * bend, y: (a.y + b.y) / 2 - dx * bend };
}

export function bezierPoint(a: Point, c: Point, b: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y };
}

/**
 * Where on the lane from `a` to `b` a message is at `progress`, leaving and entering at
 * the nodes' edges (`inset` px from each centre) rather than their centres.
 */
export function lanePoint(a: Point, b: Point, progress: number, inset: number, bend = LANE_BEND): Point {
  const len = distance(a, b);
  if (len === 0) return { x: a.x, y: a.y };
  const edge = Math.min(0.45, inset / len);
  const t = edge + clamp(progress, 0, 1) * (1 - 2 * edge);
  return bezierPoint(a, laneControl(a, b, bend), b, t);
}

/** The SVG path of the lane from `a` to `b`, between the nodes' edges. */
export function lanePath(a: Point, b: Point, inset: number, bend = LANE_BEND): string {
  const p0 = lanePoint(a, b, 0, inset, bend);
  const p1 = lanePoint(a, b, 1, inset, bend);
  const c = laneControl(a, b, bend);
  return `M${r1(p0.x)},${r1(p0.y)}Q${r1(c.x)},${r1(c.y)} ${r1(p1.x)},${r1(p1.y)}`;
}

/** The direction of travel at `progress` (a unit vector), to draw a cut mark across a lane. */
export function laneTangent(a: Point, b: Point, progress: number, inset: number, bend = LANE_BEND): Point {
  const len = distance(a, b);
  if (len === 0) return { x: 1, y: 0 };
  const edge = Math.min(0.45, inset / len);
  const t = edge + clamp(progress, 0, 1) * (1 - 2 * edge);
  const c = laneControl(a, b, bend);
  // Derivative of the quadratic Bezier curve: 2(1-t)(c-a) + 2t(b-c).
  const dx = 2 * (1 - t) * (c.x - a.x) + 2 * t * (b.x - c.x);
  const dy = 2 * (1 - t) * (c.y - a.y) + 2 * t * (b.y - c.y);
  const d = Math.hypot(dx, dy) || 1;
  return { x: dx / d, y: dy / d };
}

/**
 * The election timer as the share of its span still to run at `time`: 1 just after a reset,
 * 0 when it fires (Raft §5.2: a follower that hears nothing for this long starts an election).
 * Null for a node that has no timer to show (a leader, whose deadline is Infinity, or a
 * crashed node).
 */
export function timerFraction(start: number, deadline: number, time: number, up: boolean): number | null {
  if (!up || !Number.isFinite(deadline) || !Number.isFinite(start)) return null;
  const span = deadline - start;
  if (span <= 0) return 0;
  return clamp((deadline - time) / span, 0, 1);
}

/** The timer arc's angles in d3.arc's convention: 0 at twelve o'clock, clockwise. */
export function timerArcAngles(fraction: number): { startAngle: number; endAngle: number } {
  return { startAngle: 0, endAngle: 2 * Math.PI * clamp(fraction, 0, 1) };
}

/** Clients (not ring members) stand in a column at the top-left corner, outside the ring. */
export function clientSpot(index: number, nodeR: number): Point {
  const size = Math.max(nodeR, 24);
  return { x: 16 + size, y: 16 + size * 0.7 + index * (size * 1.6) };
}

/** A client's box (ClientLayer draws it): wide enough for its id in 15 px bold, 30 tall. */
export const CLIENT_H = 30;
export function clientWidth(id: string): number {
  return Math.max(48, Math.ceil(id.length * 0.52 * 15 + 14));
}
/** The least distance between two clients' centres in a column: their boxes and a small gap. */
const CLIENT_PITCH = CLIENT_H + 4;

/**
 * Where the clients stand: the column of clientSpot, closed up to fit the panel's height and
 * wrapping onto a second column rather than running under its bottom edge (five clients
 * under a 1280x720 projector's playback bar lost the fifth).
 */
export function clientSpots(ids: readonly string[], nodeR: number, height: number): Point[] {
  if (ids.length === 0) return [];
  const size = Math.max(nodeR, 24);
  const colW = Math.max(...ids.map(clientWidth)) + 10;
  const x0 = Math.max(16 + size, 12 + colW / 2);
  let first = clientSpot(0, nodeR).y;
  let step = size * 1.6;
  if (first + (ids.length - 1) * step + CLIENT_H / 2 + 6 > height) {
    // Closed up between the panel's edges (6 px of air), down to the least pitch.
    first = CLIENT_H / 2 + 6;
    const span = Math.max(0, height - 2 * first);
    const perColumn = Math.max(1, Math.floor(span / CLIENT_PITCH) + 1);
    const rows = Math.ceil(ids.length / Math.ceil(ids.length / perColumn));
    step = rows > 1 ? Math.min(step, span / (rows - 1)) : 0;
    return ids.map((_, i) => ({ x: x0 + Math.floor(i / rows) * colW, y: first + (i % rows) * step }));
  }
  return ids.map((_, i) => ({ x: x0, y: first + i * step }));
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

export function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

function r1(v: number): number {
  return Math.round(v * 10) / 10;
}
