// The cluster view's colors, in one place. Okabe–Ito hues (safe for the common kinds of
// color blindness), darkened where they carry text so they stay readable on a projector.
// Color never works alone: every role also has a shape, every message kind a symbol.

import type { Role } from '../../../sim/trace-types';

export interface RoleStyle {
  stroke: string;
  fill: string;
  /** Text drawn in the role's color (labels) needs more contrast than a stroke. */
  text: string;
  /** The election timer arc: lighter than the outline, so the node itself stays the figure. */
  timer: string;
}

export const ROLE_STYLES: Record<Role, RoleStyle> = {
  follower: { stroke: '#4a5866', fill: '#ffffff', text: '#39444f', timer: '#8a97a5' },
  precandidate: { stroke: '#b06f00', fill: '#fff4dc', text: '#8a5700', timer: '#d9a23f' },
  candidate: { stroke: '#c24a00', fill: '#fde3d2', text: '#a33d00', timer: '#e5834a' },
  leader: { stroke: '#0b5cad', fill: '#dcebfa', text: '#0b4f94', timer: '#5b95d1' },
};

export const CRASHED_STYLE: RoleStyle = { stroke: '#8e959d', fill: '#e6e8eb', text: '#6b737c', timer: '#b5bbc2' };

/** The partition groups A, B, C: soft fills behind the nodes, darker ink for the badges. */
export const GROUP_STYLES = [
  { fill: '#cdeee2', stroke: '#2f8f6b', ink: '#1e6e50' },
  { fill: '#e6dbf3', stroke: '#7d55b0', ink: '#5f3d8c' },
  { fill: '#f6e7bd', stroke: '#a88416', ink: '#7c610c' },
];
/** Nodes cut off from everyone. */
export const ALONE_STYLE = { fill: '#eceef0', stroke: '#6b737c', ink: '#4d555e' };

export const SELECT_COLOR = '#1f5fbf';
export const DROP_COLOR = '#c0261a';
