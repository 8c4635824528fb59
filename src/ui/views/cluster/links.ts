// What the network lets through, for drawing: which pairs of nodes are linked, which
// one-way links are cut, which group each node is in. Pure; mirrors src/sim/network.ts's
// rules (a cut link, an isolated end, different groups, no group while partitioned).

import { polygonHull } from 'd3';
import type { NetworkView } from '../../../protocol';
import type { Point } from './geometry';

export interface Pair {
  a: string;
  b: string;
}

/** Every unordered pair of nodes, in ring order: the links of a full mesh. */
export function allPairs(ids: readonly string[]): Pair[] {
  const out: Pair[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.push({ a: ids[i] as string, b: ids[j] as string });
  return out;
}

export function linkKey(from: string, to: string): string {
  return `${from}>${to}`;
}

/** Node -> group index, or undefined when the network is not partitioned. */
export function groupIndex(network: NetworkView): Map<string, number> | undefined {
  if (!network.groups) return undefined;
  const map = new Map<string, number>();
  network.groups.forEach((g, i) => g.forEach((id) => map.set(id, i)));
  return map;
}

/** True when a partition or an isolation keeps a and b apart (both ways). */
export function separated(network: NetworkView, groups: Map<string, number> | undefined, a: string, b: string): boolean {
  if (network.isolated.includes(a) || network.isolated.includes(b)) return true;
  if (!groups) return false;
  const ga = groups.get(a);
  const gb = groups.get(b);
  return ga === undefined || gb === undefined || ga !== gb;
}

export function cutSet(network: NetworkView): Set<string> {
  return new Set(network.cut.map(([f, t]) => linkKey(f, t)));
}

/** Nodes that can reach no one: isolated, or outside every group of a partition. */
export function aloneNodes(ids: readonly string[], network: NetworkView): Set<string> {
  const groups = groupIndex(network);
  return new Set(ids.filter((id) => network.isolated.includes(id) || (groups !== undefined && !groups.has(id))));
}

/**
 * The outline of a group of node positions, for a soft hull drawn with a thick round stroke:
 * one point draws a disc, two a capsule, more their convex hull.
 */
export function hullPath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const pts: [number, number][] = points.map((p) => [p.x, p.y]);
  const hull = pts.length >= 3 ? (polygonHull(pts) ?? pts) : pts;
  const [first, ...rest] = hull;
  if (!first) return '';
  const head = `M${first[0].toFixed(1)},${first[1].toFixed(1)}`;
  if (rest.length === 0) return `${head}L${first[0].toFixed(1)},${first[1].toFixed(1)}`;
  return head + rest.map(([x, y]) => `L${x.toFixed(1)},${y.toFixed(1)}`).join('') + 'Z';
}
