// Majority arithmetic (src/raft/quorum.ts, etcd quorum/majority.go) as tables.
import { describe, expect, it } from 'vitest';
import { committedIndex, quorumSize, voteResult } from '../../src/raft/quorum';

describe('quorumSize: more than half of the voters', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [5, 3],
    [6, 4],
    [7, 4],
    [9, 5],
  ])('%i voters need %i', (voters, need) => {
    expect(quorumSize(voters)).toBe(need);
  });
});

describe('committedIndex: the largest index a majority has matched (§5.3)', () => {
  it.each([
    ['one voter', ['a'], { a: 5 }, 5],
    ['three voters', ['a', 'b', 'c'], { a: 5, b: 3, c: 1 }, 3],
    ['order does not matter', ['a', 'b', 'c'], { a: 1, b: 5, c: 3 }, 3],
    ['four voters need three', ['a', 'b', 'c', 'd'], { a: 5, b: 4, c: 3, d: 1 }, 3],
    ['five voters, two ahead', ['a', 'b', 'c', 'd', 'e'], { a: 9, b: 8, c: 1, d: 1, e: 1 }, 1],
    ['a voter with no progress counts as 0', ['a', 'b', 'c'], { a: 5, b: 5 }, 5],
    ['two voters with no progress', ['a', 'b', 'c'], { a: 5 }, 0],
    ['non-voters do not count', ['a', 'b', 'c'], { a: 7, x: 7, y: 7 }, 0],
  ])('%s', (_name, voters, match, want) => {
    const m = match as Record<string, number>;
    expect(committedIndex(voters as string[], (id) => m[id] ?? 0)).toBe(want);
  });

  it('no voters at all commit anything (etcd: an empty config never blocks)', () => {
    expect(committedIndex([], () => 0)).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('voteResult: won, lost, or still open (§5.2)', () => {
  const T = true;
  const F = false;
  it.each([
    ['no answers yet', ['a', 'b', 'c'], {}, 'pending'],
    ['own vote only', ['a', 'b', 'c'], { a: T }, 'pending'],
    ['two of three', ['a', 'b', 'c'], { a: T, b: T }, 'won'],
    ['one for, one against', ['a', 'b', 'c'], { a: T, b: F }, 'pending'],
    ['two against', ['a', 'b', 'c'], { a: T, b: F, c: F }, 'lost'],
    ['two of four is not a majority', ['a', 'b', 'c', 'd'], { a: T, b: T }, 'pending'],
    ['three of four', ['a', 'b', 'c', 'd'], { a: T, b: T, c: T }, 'won'],
    ['two against of four: at most two left', ['a', 'b', 'c', 'd'], { a: T, b: F, c: F }, 'lost'],
    ['votes of non-voters are not counted', ['a', 'b', 'c'], { a: T, x: T, y: T }, 'pending'],
    ['a single voter that voted for itself', ['a'], { a: T }, 'won'],
  ])('%s', (_name, voters, votes, want) => {
    expect(voteResult(voters as string[], new Map(Object.entries(votes)))).toBe(want);
  });

  it('no voters: won (nothing to wait for)', () => {
    expect(voteResult([], new Map())).toBe('won');
  });
});
