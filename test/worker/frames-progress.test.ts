// The frame carries the leader's Figure 2 state per follower (nextIndex, matchIndex and when
// they last moved), so the page can show Figure 7's repair: on the log-repair lesson n5 leads
// term 3, n1's nextIndex steps back to the last index of term 1 after one refusal, then
// matchIndex jumps to the leader's last index (§5.3, etcd's conflict hint).
import { describe, expect, it } from 'vitest';
import { builtin } from '../../src/scenario/builtins';
import { createSimulation } from '../../src/sim/run';
import { emptyFrame } from '../../src/worker/frames';

function n1AsSeenByN5At(time: number) {
  const sim = createSimulation(builtin('log-repair')!, { trace: false });
  sim.runUntil(time);
  const leader = emptyFrame(sim).nodes.find((n) => n.id === 'n5')!;
  return { leader, peer: leader.progress?.find((p) => p.id === 'n1') };
}

describe('frame progress on the log-repair lesson', () => {
  it('a new leader assumes every follower has its whole log (next = last + 1, match 0)', () => {
    const { leader, peer } = n1AsSeenByN5At(2045);
    expect(leader.role).toBe('leader');
    expect(leader.lastTerm).toBe(3);
    expect(peer).toMatchObject({ next: 6, match: 0, state: 'probe', paused: true, nextChangedAt: 2040, matchChangedAt: 2040 });
  });

  it("n1's refusal steps nextIndex back to 4 at once, stamped with the time it arrived", () => {
    const { peer } = n1AsSeenByN5At(2056);
    expect(peer).toMatchObject({ next: 4, match: 0, nextChangedAt: 2054, matchChangedAt: 2040 });
  });

  it('the accepted append moves matchIndex up to the leader\'s last index, and replication streams', () => {
    const { leader, peer } = n1AsSeenByN5At(2066);
    expect(peer).toMatchObject({ match: leader.lastIndex, next: leader.lastIndex + 1, state: 'replicate', matchChangedAt: 2064 });
  });

  it('followers carry no progress', () => {
    const { leader } = n1AsSeenByN5At(2066);
    expect(leader.progress?.length).toBe(5);
    const sim = createSimulation(builtin('log-repair')!, { trace: false });
    sim.runUntil(2066);
    expect(emptyFrame(sim).nodes.find((n) => n.id === 'n1')?.progress).toBeUndefined();
  });
});
