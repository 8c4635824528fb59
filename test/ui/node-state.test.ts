// The Figure 2 panel's view model (src/ui/views/node-state/node-state.ts): what a server
// keeps, the leader's nextIndex/matchIndex per follower, and what just moved.
import { describe, expect, it } from 'vitest';
import type { NodeView, PeerProgressView } from '../../src/protocol';
import { nodeStateModel, RECENT_MS } from '../../src/ui/views/node-state/node-state';

function node(more: Partial<NodeView> = {}): NodeView {
  return { id: 'n5', up: true, role: 'follower', term: 3, vote: 'n5', lead: 'n5', commit: 5, applied: 4, lastIndex: 6, lastTerm: 3, firstIndex: 1, snapshotIndex: 0, electionStart: 0, electionDeadline: 0, voter: true, learner: false, revision: 0, ...more };
}

function peer(id: string, more: Partial<PeerProgressView> = {}): PeerProgressView {
  return { id, next: 7, match: 6, state: 'replicate', inflight: 0, paused: false, nextChangedAt: 2000, matchChangedAt: 2000, ...more };
}

describe('nodeStateModel', () => {
  it('a follower: Figure 2 state, no leader columns', () => {
    const m = nodeStateModel(node({ id: 'n1', vote: '', lead: 'n5', progress: undefined }), 2100);
    expect(m).toMatchObject({ id: 'n1', role: 'follower', term: 3, votedFor: '', lead: 'n5', commit: 5, applied: 4, lastIndex: 6, lastTerm: 3, peers: null });
  });

  it('a crashed node has lost its volatile state (commitIndex, lastApplied), keeps term, vote and log', () => {
    const m = nodeStateModel(node({ up: false, role: 'follower', commit: 0, applied: 0 }), 2100);
    expect(m).toMatchObject({ role: 'crashed', term: 3, votedFor: 'n5', commit: null, applied: null, lastIndex: 6, peers: null });
  });

  it('a leader lists every other member with next, match, state, inflight and paused; not itself', () => {
    const progress = [peer('n1', { next: 4, match: 0, state: 'probe', paused: true }), peer('n4'), peer('n5', { next: 7, match: 6 })];
    const m = nodeStateModel(node({ role: 'leader', progress }), 2100);
    expect(m.peers?.map((p) => p.id)).toEqual(['n1', 'n4']);
    expect(m.peers?.[0]).toMatchObject({ next: 4, match: 0, state: 'probe', paused: true, inflight: 0 });
  });

  it('marks next and match that moved in the last round trip, each on its own', () => {
    const progress = [peer('n1', { nextChangedAt: 2054, matchChangedAt: 2040 })];
    const at = (time: number) => nodeStateModel(node({ role: 'leader', progress }), time).peers?.[0];
    expect(at(2054)).toMatchObject({ nextRecent: true, matchRecent: true });
    expect(at(2040 + RECENT_MS)).toMatchObject({ nextRecent: true, matchRecent: false });
    expect(at(2054 + RECENT_MS)).toMatchObject({ nextRecent: false, matchRecent: false });
    // Seen from before the change (a rewind drew an older frame): not "just moved".
    expect(at(2050)).toMatchObject({ nextRecent: false });
  });

  it('a frame without lastTerm (older producers) shows term 0', () => {
    const { lastTerm: _, ...rest } = node();
    expect(nodeStateModel(rest as NodeView, 0).lastTerm).toBe(0);
  });
});
