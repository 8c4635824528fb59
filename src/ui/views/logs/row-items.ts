// What one node's row shows inside the visible columns: a snapshot block for the compacted
// prefix, then one cell per entry with its commit and apply state. Pure, unit-tested.

import type { EntryView, NodeView } from '../../../protocol';
import type { NodeLog } from '../../apply-frame';
import { entryAt, type ColumnRange, type IndexDomain } from './log-window';

export type RowItem =
  /** Indices from..to (within view) are compacted into a snapshot that ends at `upTo`. */
  | { kind: 'snapshot'; from: number; to: number; upTo: number }
  | { kind: 'entry'; entry: EntryView; committed: boolean; applied: boolean };

export function rowItems(log: NodeLog | undefined, node: Pick<NodeView, 'commit' | 'applied'>, domain: IndexDomain, cols: ColumnRange): RowItem[] {
  if (!log || cols.to < cols.from) return [];
  const items: RowItem[] = [];
  const snap = log.snapshotIndex;
  if (snap > 0 && snap >= cols.from && domain.lo <= snap) {
    items.push({ kind: 'snapshot', from: Math.max(cols.from, domain.lo), to: Math.min(cols.to, snap), upTo: snap });
  }
  for (let i = Math.max(cols.from, snap + 1); i <= cols.to; i++) {
    const entry = entryAt(log, i);
    if (!entry) continue;
    items.push({ kind: 'entry', entry, committed: i <= node.commit, applied: i <= node.applied });
  }
  return items;
}

/** Entries of `prev` that `next` no longer has: removed by a truncation (§5.3), newest first. */
export function removedEntries(prev: NodeLog | undefined, next: NodeLog | undefined, limit = 200): EntryView[] {
  if (!prev || prev === next || prev.entries === next?.entries) return [];
  const removed: EntryView[] = [];
  for (let i = prev.entries.length - 1; i >= 0 && removed.length < limit; i--) {
    const e = prev.entries[i] as EntryView;
    const now = entryAt(next, e.index);
    // Log Matching (§5.3): once one index agrees on its term, every earlier one does too.
    if (now && now.term === e.term) break;
    // An index folded into a snapshot was compacted, not truncated.
    if (!now && next && e.index <= next.snapshotIndex) break;
    removed.push(e);
  }
  return removed;
}
