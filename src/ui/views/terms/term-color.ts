// One color per Raft term, shared by every view that draws terms (logs, terms timeline,
// and anyone else who wants entries and elections to match at a glance).
//
// The scale is keyed by the term number itself, never by the order in which a view happens
// to ask, so term 7 has the same color in every view and after every seek.

import { color as parseColor, interpolateRgb, scaleOrdinal, schemeTableau10 } from 'd3';

/**
 * Tableau 10 without its grey: grey is how the page shows crashed nodes and compacted
 * entries, and a grey term would read as "down" from the back of the room.
 */
const PALETTE: readonly string[] = schemeTableau10.filter((c) => c !== '#bab0ac');

/** Term -> strong color. Consecutive terms get different hues (the usual case: 3 follows 2). */
export const termScale = scaleOrdinal<number, string>()
  .domain(PALETTE.map((_, i) => i))
  .range(PALETTE);

/** For term 0 (before any election) and unknown terms. */
const NO_TERM = '#8a9099';

export interface TermColors {
  /** The term's hue at full strength: borders, stripes, marks. */
  strong: string;
  /** A light tint of it: fills behind dark text (readable on a washed-out projector). */
  tint: string;
}

/** Keyed by palette slot, so it stays small however many terms a run has. */
const cache = new Map<number, TermColors>();

export function termColors(term: number): TermColors {
  const slot = term > 0 && Number.isFinite(term) ? (term - 1) % PALETTE.length : -1;
  const hit = cache.get(slot);
  if (hit) return hit;
  const strong = slot >= 0 ? termScale(slot) : NO_TERM;
  // Mixing halfway to white keeps the hue recognisable and dark ink at >= 7:1 contrast.
  const tint = parseColor(interpolateRgb(strong, '#ffffff')(0.6))?.formatHex() ?? '#eeeeee';
  const colors = { strong, tint };
  cache.set(slot, colors);
  return colors;
}

/** The strong color of a term (for callers that need just one color). */
export function termColor(term: number): string {
  return termColors(term).strong;
}
