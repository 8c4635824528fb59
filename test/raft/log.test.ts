// A node's log (src/raft/log.ts: persisted storage plus unstable entries) as tables.
import { describe, expect, it } from 'vitest';
import { RaftLog } from '../../src/raft/log';
import { Storage } from '../../src/raft/storage';
import type { Entry } from '../../src/raft/types';

const CONF = { voters: ['a'], learners: [] };

function entries(terms: number[], from = 1): Entry[] {
  return terms.map((term, k) => ({ term, index: from + k, type: 'normal' as const }));
}

/** A log whose persisted part has `stored` terms and whose unstable part continues with `unstable`. */
function log(stored: number[], unstable: number[] = []): RaftLog {
  const st = new Storage(CONF);
  st.append(entries(stored));
  const l = new RaftLog(st);
  l.append(entries(unstable, stored.length + 1));
  return l;
}

describe('isUpToDate (§5.4.1): later last term wins, then the longer log', () => {
  // Our log: [1, 1, 2], last 3/2.
  it.each([
    ['same last entry', 3, 2, true],
    ['longer with the same last term', 4, 2, true],
    ['shorter with the same last term', 2, 2, false],
    ['longer but an older last term', 9, 1, false],
    ['shorter but a later last term', 1, 3, true],
  ])('%s (%i/%i)', (_name, lastIndex, lastTerm, ok) => {
    expect(log([1, 1], [2]).isUpToDate(lastIndex, lastTerm)).toBe(ok);
  });
});

describe('term: over stored, unstable, compacted and missing indexes', () => {
  it.each([
    [0, 0],
    [2, 1],
    [3, 2],
    [4, 3],
    [5, undefined],
  ])('term(%i) = %j', (index, term) => {
    expect(log([1, 1], [2, 3]).term(index)).toBe(term);
  });

  it('is undefined below a compaction point, and the snapshot term at it', () => {
    const st = new Storage(CONF);
    st.append(entries([1, 1, 2, 2]));
    st.compact(2, CONF, undefined);
    const l = new RaftLog(st);
    expect([l.term(1), l.term(2), l.term(3), l.firstIndex()]).toEqual([undefined, 1, 2, 3]);
  });
});

describe('findConflictByTerm: the largest index <= i whose term is <= t', () => {
  // Log [1, 1, 2, 2, 5]
  it.each([
    [5, 5, 5, 5],
    [5, 4, 4, 2],
    [5, 2, 4, 2],
    [5, 1, 2, 1],
    [3, 5, 3, 2],
    [9, 3, 4, 2],
    [5, 0, 0, 0],
  ])('(%i, %i) -> %i/%i', (index, term, wantIndex, wantTerm) => {
    expect(log([1, 1, 2, 2, 5]).findConflictByTerm(index, term)).toEqual({ index: wantIndex, term: wantTerm });
  });
});

describe('appendAfterMatch (Figure 2, AppendEntries 3-4)', () => {
  // Log [1, 1, 2] persisted.
  it.each([
    ['continues the log', entries([2, 3], 4), [1, 1, 2, 2, 3]],
    ['entries already held change nothing', entries([1, 2], 2), [1, 1, 2]],
    ['a stale, shorter append does not truncate', entries([1], 2), [1, 1, 2]],
    ['a conflict drops the suffix from there', entries([3, 3], 3), [1, 1, 3, 3]],
    ['a conflict in the middle', entries([1, 4], 2), [1, 1, 4]],
  ])('%s', (_name, es, terms) => {
    const l = log([1, 1, 2]);
    l.appendAfterMatch(es);
    const got = [];
    for (let i = 1; i <= l.lastIndex(); i++) got.push(l.term(i));
    expect(got).toEqual(terms);
  });

  it('refuses to overwrite a committed entry', () => {
    const l = log([1, 1, 2]);
    l.commitTo(3);
    expect(() => l.appendAfterMatch(entries([3], 3))).toThrow(/conflict at 3/);
  });
});

describe('commit and apply', () => {
  it.each([
    [2, true, 2],
    [0, false, 0],
  ])('commitTo(%i) -> %j, committed %i', (index, changed, committed) => {
    const l = log([1, 1, 2]);
    expect(l.commitTo(index)).toBe(changed);
    expect(l.committed).toBe(committed);
  });

  it('cannot commit past the last index', () => {
    expect(() => log([1]).commitTo(2)).toThrow(/beyond last index/);
  });

  it('hands out committed entries not yet applied, unstable ones included', () => {
    const l = log([1, 1], [2]);
    l.commitTo(3);
    l.appliedTo(1);
    expect(l.nextCommittedEntries().map((e) => e.index)).toEqual([2, 3]);
  });
});
