// Windowing for the log view: logs can hold thousands of entries, the screen shows a couple
// of dozen columns. Every row shares one index axis (index i is in the same column on every
// node, so the Log Matching Property of Raft §5.3 can be seen down a column), and only the
// columns in view, plus a few either side, become DOM nodes. Pure, unit-tested.

import type { EntryView, NodeView } from '../../../protocol';
import type { NodeLog } from '../../apply-frame';

/** Width of one index column, px: a term number and two lines of "put greeting=hello c1#1" at 13px. */
export const CELL_W = 120;
/** Columns rendered beyond each edge of the viewport, so a quick scroll shows no gap. */
export const OVERSCAN = 4;
/** A hard cap on columns rendered, whatever the viewport claims (a limit on everything). */
export const MAX_COLUMNS = 80;

export interface IndexDomain {
  /** The first column: the lowest index any row has an entry or a snapshot for. */
  lo: number;
  /** The last column: the highest index in any log or commit index. */
  hi: number;
}

/**
 * The columns to draw. A snapshot takes at least one column, at its last included index,
 * so a log that is all snapshot still shows where it stands.
 */
export function indexDomain(logs: Record<string, NodeLog>, nodes: readonly NodeView[]): IndexDomain {
  let lo = Infinity;
  let hi = 0;
  for (const n of nodes) {
    const log = logs[n.id];
    const first = log?.entries[0];
    const last = log?.entries[log.entries.length - 1];
    if (first) lo = Math.min(lo, first.index);
    if (log && log.snapshotIndex > 0) lo = Math.min(lo, log.snapshotIndex);
    hi = Math.max(hi, last?.index ?? 0, log?.snapshotIndex ?? 0);
  }
  if (!Number.isFinite(lo)) return { lo: 1, hi: 0 };
  return { lo, hi: Math.max(hi, lo - 1) };
}

export interface ColumnRange {
  /** First and last index to render (inclusive); from > to when there is nothing. */
  from: number;
  to: number;
}

/** Which indices are visible for a scroll offset and a viewport width (both px, of the cell track). */
export function visibleColumns(domain: IndexDomain, scrollLeft: number, viewport: number, overscan = OVERSCAN): ColumnRange {
  if (domain.hi < domain.lo) return { from: domain.lo, to: domain.lo - 1 };
  const first = domain.lo + Math.floor(Math.max(0, scrollLeft) / CELL_W) - overscan;
  const last = domain.lo + Math.ceil((Math.max(0, scrollLeft) + Math.max(0, viewport)) / CELL_W) + overscan;
  const from = Math.max(domain.lo, first);
  const to = Math.min(domain.hi, last, from + MAX_COLUMNS - 1);
  return { from, to };
}

/** Track width for a domain, px, with room after the last entry for what arrives next. */
export function trackWidth(domain: IndexDomain, tailColumns = 1): number {
  return Math.max(0, domain.hi - domain.lo + 1 + tailColumns) * CELL_W;
}

export function columnX(index: number, domain: IndexDomain): number {
  return (index - domain.lo) * CELL_W;
}

/** The scroll offset that shows `index` near the middle of the viewport. */
export function scrollToShow(index: number, domain: IndexDomain, viewport: number): number {
  return Math.max(0, columnX(index, domain) - Math.max(0, viewport - CELL_W) / 2);
}

/** Whether the view is at (or within a column of) the newest entries: then it keeps following them. */
export function atNewest(scrollLeft: number, viewport: number, scrollWidth: number): boolean {
  return scrollLeft + viewport >= scrollWidth - CELL_W;
}

/**
 * The entry at `index`. Entries are contiguous by index, so arithmetic finds it; a binary
 * search covers a log with a gap, should one ever arrive.
 */
export function entryAt(log: NodeLog | undefined, index: number): EntryView | undefined {
  const entries = log?.entries;
  const first = entries?.[0];
  if (!entries || !first) return undefined;
  const guess = entries[index - first.index];
  if (guess?.index === index) return guess;
  let a = 0;
  let b = entries.length - 1;
  while (a <= b) {
    const m = (a + b) >> 1;
    const e = entries[m] as EntryView;
    if (e.index === index) return e;
    if (e.index < index) a = m + 1;
    else b = m - 1;
  }
  return undefined;
}
