// How a node is drawn, decided from its state alone. Role shows as color AND shape, so the
// ring reads in greyscale and for color-blind viewers:
//   follower       circle, thin outline
//   pre-candidate  diamond, dashed outline (it only asks whether it could win, §9.6)
//   candidate      diamond, solid outline
//   leader         circle, bold outline, star
//   learner        circle, dashed outline (a non-voting follower)
//   crashed        grey circle, crossed out

import type { NodeView } from '../../../protocol';
import { CRASHED_STYLE, ROLE_STYLES, type RoleStyle } from './palette';

export type NodeLook = 'follower' | 'precandidate' | 'candidate' | 'leader' | 'learner' | 'crashed';

export interface NodeStyle {
  look: NodeLook;
  shape: 'circle' | 'diamond';
  dash: string | undefined;
  strokeWidth: number;
  colors: RoleStyle;
  star: boolean;
  cross: boolean;
}

function nodeLook(n: Pick<NodeView, 'up' | 'role' | 'learner'>): NodeLook {
  if (!n.up) return 'crashed';
  if (n.learner && n.role === 'follower') return 'learner';
  return n.role;
}

export function nodeStyle(n: Pick<NodeView, 'up' | 'role' | 'learner'>): NodeStyle {
  const look = nodeLook(n);
  const colors = look === 'crashed' ? CRASHED_STYLE : ROLE_STYLES[n.role];
  return {
    look,
    shape: look === 'candidate' || look === 'precandidate' ? 'diamond' : 'circle',
    dash: look === 'precandidate' ? '7 5' : look === 'learner' ? '4 4' : undefined,
    strokeWidth: look === 'leader' ? 5 : look === 'candidate' ? 3.5 : 2.5,
    colors,
    star: look === 'leader',
    cross: look === 'crashed',
  };
}

/** A diamond reaches further than a circle of the same radius; it must look as big. */
export const DIAMOND_SCALE = 1.22;

/** How far the node's shape reaches from its centre. */
export function shapeExtent(shape: NodeStyle['shape'], r: number): number {
  return shape === 'diamond' ? r * DIAMOND_SCALE : r;
}

/** The timer ring hugs the node's shape. */
export function timerRadius(shape: NodeStyle['shape'], r: number): number {
  return shapeExtent(shape, r) + 8;
}

/** Messages leave and enter here: outside any node's timer ring, whatever its role. */
export function messageInset(r: number): number {
  return timerRadius('diamond', r) + 6;
}
