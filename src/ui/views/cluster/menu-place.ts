// Where a menu or card opens next to the thing clicked: to its right, or to its left when
// that would run off the panel, and never below the bottom edge.

import type { MenuPlace } from '../faults/NodeMenu';
import type { Point } from './geometry';

/** The menus' size in px, for keeping them inside the panel (cluster.css/faults.css agree). */
export const MENU_W = 300;
export const MENU_H = 300;

export function menuPlace(anchor: Point, offset: number, box: { width: number; height: number }): MenuPlace {
  const flip = anchor.x + offset + MENU_W > box.width && anchor.x - offset - MENU_W >= 0;
  const top = Math.max(4, Math.min(anchor.y - 30, box.height - MENU_H));
  return { left: flip ? anchor.x - offset : anchor.x + offset, top, flip };
}
