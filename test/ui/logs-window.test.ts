import { describe, expect, it } from 'vitest';
import type { EntryView, NodeView } from '../../src/protocol';
import type { NodeLog } from '../../src/ui/apply-frame';
import { atNewest, CELL_W, entryAt, indexDomain, MAX_COLUMNS, OVERSCAN, scrollToShow, trackWidth, visibleColumns } from '../../src/ui/views/logs/log-window';
import { removedEntries, rowItems } from '../../src/ui/views/logs/row-items';

function entries(from: number, to: number, term = 1): EntryView[] {
  const out: EntryView[] = [];
  for (let i = from; i <= to; i++) out.push({ index: i, term, label: `put k=${i}` });
  return out;
}

function node(id: string, commit = 0, applied = commit): NodeView {
  return { id, up: true, role: 'follower', term: 1, vote: '', lead: '', commit, applied, lastIndex: 0, firstIndex: 1, snapshotIndex: 0, electionStart: 0, electionDeadline: 0, voter: true, learner: false, revision: 0 };
}

describe('indexDomain', () => {
  it('is empty before any entry', () => {
    const d = indexDomain({}, [node('n1')]);
    expect(d.hi).toBeLessThan(d.lo);
  });

  it('spans the lowest first entry to the highest last entry across rows', () => {
    const logs: Record<string, NodeLog> = { n1: { snapshotIndex: 0, entries: entries(1, 10) }, n2: { snapshotIndex: 0, entries: entries(1, 7) } };
    expect(indexDomain(logs, [node('n1'), node('n2')])).toEqual({ lo: 1, hi: 10 });
  });

  it('gives a snapshot at least one column, at its last included index', () => {
    const logs: Record<string, NodeLog> = { n1: { snapshotIndex: 1000, entries: entries(1001, 1005) } };
    expect(indexDomain(logs, [node('n1')])).toEqual({ lo: 1000, hi: 1005 });
    expect(indexDomain({ n1: { snapshotIndex: 50, entries: [] } }, [node('n1')])).toEqual({ lo: 50, hi: 50 });
  });

  it('ignores logs of nodes that are not shown', () => {
    const logs: Record<string, NodeLog> = { n1: { snapshotIndex: 0, entries: entries(5, 6) }, gone: { snapshotIndex: 0, entries: entries(1, 99) } };
    expect(indexDomain(logs, [node('n1')])).toEqual({ lo: 5, hi: 6 });
  });
});

describe('visibleColumns', () => {
  const domain = { lo: 1, hi: 5000 };

  it('covers the viewport plus overscan, clamped to the domain', () => {
    expect(visibleColumns(domain, 0, 10 * CELL_W)).toEqual({ from: 1, to: 1 + 10 + OVERSCAN });
    const mid = visibleColumns(domain, 100 * CELL_W, 10 * CELL_W);
    expect(mid.from).toBe(101 - OVERSCAN);
    expect(mid.to).toBe(111 + OVERSCAN);
    expect(visibleColumns(domain, 1e9, 10 * CELL_W).to).toBe(5000);
  });

  it('keeps the DOM bounded however wide the viewport claims to be', () => {
    const r = visibleColumns(domain, 0, 1e7);
    expect(r.to - r.from + 1).toBeLessThanOrEqual(MAX_COLUMNS);
  });

  it('renders nothing for an empty domain', () => {
    const r = visibleColumns({ lo: 1, hi: 0 }, 0, 1000);
    expect(r.to).toBeLessThan(r.from);
  });

  it('survives a negative scroll (elastic scrolling)', () => {
    expect(visibleColumns(domain, -50, 5 * CELL_W).from).toBe(1);
  });
});

describe('scrolling helpers', () => {
  it('follows the newest when at (or within a column of) the end', () => {
    expect(atNewest(900, 100, 1000)).toBe(true);
    expect(atNewest(900 - CELL_W + 1, 100, 1000)).toBe(true);
    expect(atNewest(500, 100, 1000)).toBe(false);
  });

  it('centres a revealed entry', () => {
    const domain = { lo: 1, hi: 1000 };
    const left = scrollToShow(500, domain, 10 * CELL_W);
    const x = (500 - 1) * CELL_W;
    expect(x - left).toBeGreaterThan(0);
    expect(x + CELL_W - left).toBeLessThan(10 * CELL_W);
    expect(scrollToShow(1, domain, 10 * CELL_W)).toBe(0);
  });

  it('leaves a free column after the newest entry', () => {
    expect(trackWidth({ lo: 1, hi: 10 })).toBe(11 * CELL_W);
    expect(trackWidth({ lo: 1, hi: 0 })).toBe(CELL_W);
  });
});

describe('entryAt', () => {
  it('finds entries by arithmetic and by search in a log with a gap', () => {
    const log: NodeLog = { snapshotIndex: 0, entries: entries(3, 6) };
    expect(entryAt(log, 5)?.index).toBe(5);
    expect(entryAt(log, 2)).toBeUndefined();
    const gappy: NodeLog = { snapshotIndex: 0, entries: [...entries(1, 2), ...entries(5, 6)] };
    expect(entryAt(gappy, 5)?.index).toBe(5);
    expect(entryAt(gappy, 3)).toBeUndefined();
  });
});

describe('rowItems', () => {
  const domain = { lo: 1, hi: 10 };
  const all = { from: 1, to: 10 };

  it('marks committed and applied entries', () => {
    const items = rowItems({ snapshotIndex: 0, entries: entries(1, 4) }, node('n1', 3, 2), domain, all);
    expect(items.map((i) => (i.kind === 'entry' ? [i.entry.index, i.committed, i.applied] : i.kind))).toEqual([
      [1, true, true],
      [2, true, true],
      [3, true, false],
      [4, false, false],
    ]);
  });

  it('draws compacted entries as one snapshot block, clipped to the columns in view', () => {
    const log: NodeLog = { snapshotIndex: 5, entries: entries(1, 8) };
    const items = rowItems(log, node('n1', 8), domain, { from: 3, to: 7 });
    expect(items[0]).toEqual({ kind: 'snapshot', from: 3, to: 5, upTo: 5 });
    expect(items.slice(1).map((i) => (i.kind === 'entry' ? i.entry.index : -1))).toEqual([6, 7]);
  });

  it('omits the snapshot block once it is scrolled out of view', () => {
    const log: NodeLog = { snapshotIndex: 5, entries: entries(6, 10) };
    expect(rowItems(log, node('n1', 10), { lo: 5, hi: 10 }, { from: 7, to: 10 }).every((i) => i.kind === 'entry')).toBe(true);
  });

  it('draws nothing for a node without a log', () => {
    expect(rowItems(undefined, node('n1'), domain, all)).toEqual([]);
  });
});

describe('removedEntries', () => {
  it('finds a truncated suffix, newest first', () => {
    const before: NodeLog = { snapshotIndex: 0, entries: entries(1, 5) };
    const after: NodeLog = { snapshotIndex: 0, entries: entries(1, 3) };
    expect(removedEntries(before, after).map((e) => e.index)).toEqual([5, 4]);
  });

  it('finds entries replaced by a new leader’s entries at the same indices (§5.3)', () => {
    const before: NodeLog = { snapshotIndex: 0, entries: [...entries(1, 2, 1), ...entries(3, 4, 2)] };
    const after: NodeLog = { snapshotIndex: 0, entries: [...entries(1, 2, 1), ...entries(3, 3, 3)] };
    expect(removedEntries(before, after).map((e) => [e.index, e.term])).toEqual([
      [4, 2],
      [3, 2],
    ]);
  });

  it('finds nothing when entries were only appended or compacted', () => {
    const before: NodeLog = { snapshotIndex: 0, entries: entries(1, 3) };
    expect(removedEntries(before, { snapshotIndex: 0, entries: entries(1, 6) })).toEqual([]);
    expect(removedEntries(before, { snapshotIndex: 3, entries: [] })).toEqual([]);
    expect(removedEntries(before, before)).toEqual([]);
  });

  it('caps how many it reports', () => {
    const before: NodeLog = { snapshotIndex: 0, entries: entries(1, 1000) };
    expect(removedEntries(before, { snapshotIndex: 0, entries: [] }, 50)).toHaveLength(50);
  });
});
