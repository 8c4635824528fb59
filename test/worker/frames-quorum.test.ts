// The frame carries the majority (src/raft/quorum.ts) so that no view computes it again.
import { describe, expect, it } from 'vitest';
import type { NodeView } from '../../src/protocol';
import { quorumOfShown } from '../../src/worker/frames';

function node(id: string, more: Partial<NodeView> = {}): NodeView {
  return { id, up: true, role: 'follower', term: 1, vote: '', lead: '', commit: 0, applied: 0, lastIndex: 0, firstIndex: 1, snapshotIndex: 0, electionStart: 0, electionDeadline: 0, voter: true, learner: false, revision: 0, ...more };
}

describe('quorumOfShown', () => {
  it.each([
    ['three voters', [node('a'), node('b'), node('c')], 2],
    ['four voters', [node('a'), node('b'), node('c'), node('d')], 3],
    ['a learner does not count', [node('a'), node('b'), node('c', { voter: false, learner: true })], 2],
    ['nobody knows a configuration yet: all nodes shown', [node('a', { voter: false }), node('b', { voter: false }), node('c', { voter: false })], 2],
  ])('%s', (_name, nodes, want) => {
    expect(quorumOfShown(nodes)).toBe(want);
  });
});
