// The leader's view of one follower (src/raft/progress.ts, etcd tracker.Progress) as tables.
import { describe, expect, it } from 'vitest';
import { Progress, type ProgressState } from '../../src/raft/progress';

function progress(state: ProgressState, fields: Partial<Pick<Progress, 'match' | 'next' | 'probeSent' | 'inflights' | 'pendingSnapshot'>> = {}): Progress {
  const p = new Progress(fields.next ?? 1, 2);
  if (state === 'replicate') p.becomeReplicate();
  if (state === 'snapshot') p.becomeSnapshot(fields.pendingSnapshot ?? 10);
  Object.assign(p, fields);
  return p;
}

describe('isPaused: whether the leader may send another append', () => {
  it.each([
    ['probe, nothing out', progress('probe'), false],
    ['probe, an append out', progress('probe', { probeSent: true }), true],
    ['replicate, window open', progress('replicate', { inflights: [3] }), false],
    ['replicate, window full (max 2)', progress('replicate', { inflights: [3, 4] }), true],
    ['snapshot: wait for it to land', progress('snapshot'), true],
  ])('%s', (_name, p, paused) => {
    expect(p.isPaused()).toBe(paused);
  });
});

describe('maybeUpdate: an acknowledgement up to an index', () => {
  it.each([
    ['news', 5, true, 5, 6],
    ['older than match', 2, false, 3, 4],
    ['equal to match', 3, false, 3, 4],
  ])('%s', (_name, index, updated, match, next) => {
    const p = progress('probe', { match: 3, next: 4, probeSent: true });
    expect(p.maybeUpdate(index)).toBe(updated);
    expect([p.match, p.next]).toEqual([match, next]);
    expect(p.probeSent).toBe(!updated);
  });
});

describe('maybeDecrTo: a rejected append (§5.3, etcd fast backtracking)', () => {
  it.each([
    ['replicate: stale rejection at or below match', 'replicate', 3, 8, 2, 0, false, 8],
    ['replicate: back to match + 1', 'replicate', 3, 8, 5, 0, true, 4],
    ['probe: stale, not the append outstanding', 'probe', 3, 6, 4, 0, false, 6],
    ['probe: jump to the hint', 'probe', 0, 6, 5, 2, true, 3],
    ['probe: a hint beyond the rejected index is capped', 'probe', 0, 6, 5, 9, true, 5],
    ['probe: never below match + 1', 'probe', 3, 6, 5, 1, true, 4],
  ] as const)('%s', (_name, state, match, next, rejected, hint, changed, want) => {
    const p = progress(state, { match, next });
    expect(p.maybeDecrTo(rejected, hint)).toBe(changed);
    expect(p.next).toBe(want);
  });
});

describe('state changes', () => {
  it.each([
    ['replicate -> probe resumes after match', progress('replicate', { match: 4, next: 9, inflights: [6, 8] }), 5],
    ['snapshot -> probe resumes after the snapshot', progress('snapshot', { match: 2, pendingSnapshot: 10 }), 11],
    ['snapshot -> probe after match when it is further', progress('snapshot', { match: 12, pendingSnapshot: 10 }), 13],
  ])('%s', (_name, p, next) => {
    p.becomeProbe();
    expect([p.state, p.next, p.inflights, p.probeSent]).toEqual(['probe', next, [], false]);
  });

  it('becomeReplicate sends from match + 1', () => {
    const p = progress('probe', { match: 7, next: 3, probeSent: true });
    p.becomeReplicate();
    expect([p.state, p.next, p.probeSent]).toEqual(['replicate', 8, false]);
  });
});

describe('sentAppend and freeInflightsUpTo', () => {
  it.each([
    ['replicate: next moves on, one more in flight', 'replicate', 3, 7, [7], 8, false],
    ['replicate: an empty append changes nothing', 'replicate', 0, 4, [], 5, false],
    ['probe: next stays, the probe is out', 'probe', 3, 7, [], 5, true],
  ] as const)('%s', (_name, state, count, last, inflights, next, probeSent) => {
    const p = progress(state, { match: 4, next: 5 });
    p.sentAppend(count, last);
    expect([p.inflights, p.next, p.probeSent]).toEqual([inflights, next, probeSent]);
  });

  it.each([
    [5, [7]],
    [2, [3, 5, 7]],
    [9, []],
  ])('acknowledged up to %i leaves %j in flight', (index, left) => {
    const p = progress('replicate', { inflights: [3, 5, 7] });
    p.freeInflightsUpTo(index);
    expect(p.inflights).toEqual(left);
  });
});
