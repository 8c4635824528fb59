// ReadIndex rounds (src/raft/read-only.ts, thesis 6.4) as tables: which reads a sequence of
// heartbeat acknowledgements releases.
import { describe, expect, it } from 'vitest';
import { parseRound, ReadOnlyQueue } from '../../src/raft/read-only';

const VOTERS = ['a', 'b', 'c'];

/** Registers reads r1..rn (round k for read k), acks `a` for each, then applies `acks` in order. */
function released(reads: number, acks: [string, number][], voters = VOTERS): string[][] {
  const q = new ReadOnlyQueue();
  for (let k = 1; k <= reads; k++) q.ack(q.add(10 * k, 'a', `r${k}`), 'a', voters);
  return acks.map(([from, round]) => q.ack(round, from, voters).map((r) => r.context));
}

describe('ReadOnlyQueue.ack: a majority per round releases that round and earlier ones', () => {
  it.each([
    ['one ack completes a majority of three', 1, [['b', 1]], [['r1']]],
    ['a second ack for the same round releases nothing more', 1, [['b', 1], ['c', 1]], [['r1'], []]],
    ['an ack of round 1 does not release round 2', 2, [['b', 1]], [['r1']]],
    ['an ack of round 2 releases rounds 1 and 2', 2, [['b', 2]], [['r1', 'r2']]],
    ['a late ack of round 1 after round 2 released nothing twice', 2, [['b', 2], ['c', 1]], [['r1', 'r2'], []]],
    ['acks from non-voters count for nothing', 1, [['x', 1]], [[]]],
    ['an ack of a round never registered counts only up to the last', 1, [['b', 7]], [['r1']]],
    ['a repeated ack of the same round from one voter counts once', 2, [['b', 1], ['b', 1]], [['r1'], []]],
  ] as const)('%s', (_name, reads, acks, want) => {
    expect(released(reads, acks as unknown as [string, number][])).toEqual(want);
  });

  it('with five voters a round needs three acknowledgements (the leader counts)', () => {
    const voters = ['a', 'b', 'c', 'd', 'e'];
    expect(released(1, [['b', 1], ['c', 1]], voters)).toEqual([[], ['r1']]);
  });

  it('reports the latest pending round for heartbeats, and the queue size', () => {
    const q = new ReadOnlyQueue();
    expect(q.lastPendingRound()).toBeUndefined();
    q.add(4, 'a', 'x');
    q.add(4, 'b', 'y');
    expect([q.lastPendingRound(), q.size()]).toEqual([2, 2]);
  });
});

describe('parseRound: heartbeat contexts', () => {
  it.each([
    ['3', 3],
    [undefined, 0],
    ['', 0],
    ['0', 0],
    ['-1', 0],
    ['1.5', 0],
    ['read', 0],
  ])('%j -> %i', (ctx, round) => {
    expect(parseRound(ctx)).toBe(round);
  });
});
