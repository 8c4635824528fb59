import { describe, expect, it } from 'vitest';
import type { KvView, NodeView } from '../../src/protocol';
import { changeText, FRESH_MS, FRESH_PER_UPDATE, isFresh, leaderOf, nodeRevisions, requestedStoreNode, storeStatus, updateFreshness } from '../../src/ui/views/kv/kv-view';

function node(id: string, over: Partial<NodeView> = {}): NodeView {
  return { id, up: true, role: 'follower', term: 2, vote: '', lead: '', commit: 0, applied: 0, lastIndex: 0, firstIndex: 1, snapshotIndex: 0, electionStart: 0, electionDeadline: 0, voter: true, learner: false, revision: 5, ...over };
}

const kv = (nodeId: string, revision = 5): KvView => ({ node: nodeId, revision, compactRevision: 0, keys: [], truncated: false, history: [] });

describe('whose store', () => {
  const nodes = [node('n1', { role: 'leader', term: 1, revision: 3 }), node('n2', { role: 'leader', term: 2, revision: 7 }), node('n3', { revision: 4 }), node('n4', { up: false, revision: 0 })];

  it('the leader is the leader of the highest term', () => {
    expect(leaderOf(nodes)?.id).toBe('n2');
    expect(leaderOf([node('n1')])).toBeUndefined();
  });

  it('asks the worker for the selected node, or for its default (the leader) with null', () => {
    expect(requestedStoreNode('n3', nodes)).toBe('n3');
    expect(requestedStoreNode(undefined, nodes)).toBeNull();
    expect(requestedStoreNode('n9', nodes)).toBeNull();
  });

  it('shows how many revisions each running node lags the leader', () => {
    expect(nodeRevisions(nodes)).toEqual([
      { id: 'n1', up: true, leader: false, revision: 3, behind: 4 },
      { id: 'n2', up: true, leader: true, revision: 7, behind: 0 },
      { id: 'n3', up: true, leader: false, revision: 4, behind: 3 },
      { id: 'n4', up: false, leader: false, revision: 0, behind: 0 },
    ]);
  });

  it('knows when the store shown is not the one asked for yet, or cannot come (crashed)', () => {
    expect(storeStatus(kv('n2'), null, nodes)).toBe('ok');
    expect(storeStatus(kv('n2'), 'n3', nodes)).toBe('waiting');
    expect(storeStatus(kv('n3'), 'n3', nodes)).toBe('ok');
    expect(storeStatus(kv('n2'), 'n4', nodes)).toBe('down');
    expect(storeStatus(undefined, null, nodes)).toBe('waiting');
  });
});

describe('fresh rows', () => {
  it('marks only revisions that arrived while the same store was shown, for a moment', () => {
    const first = updateFreshness(undefined, kv('n1', 5), 0, 1000);
    expect(isFresh(first, 5, 1000)).toBe(false);
    expect(updateFreshness(first, kv('n1', 5), 0, 1100)).toBe(first);
    const next = updateFreshness(first, kv('n1', 7), 0, 2000);
    expect([5, 6, 7].map((r) => isFresh(next, r, 2000))).toEqual([false, true, true]);
    expect(isFresh(next, 7, 2000 + FRESH_MS)).toBe(false);
  });

  it('starts over for another node, a restarted run, or a store that went back', () => {
    const f = updateFreshness(updateFreshness(undefined, kv('n1', 5), 0, 0), kv('n1', 6), 0, 10);
    expect(isFresh(updateFreshness(f, kv('n2', 6), 0, 20), 6, 20)).toBe(false);
    expect(isFresh(updateFreshness(f, kv('n1', 6), 1, 20), 6, 20)).toBe(false);
    expect(updateFreshness(f, kv('n1', 3), 0, 20).seen.size).toBe(0);
  });

  it('marks only the newest revisions after a jump, not the whole table', () => {
    const f = updateFreshness(updateFreshness(undefined, kv('n1', 1), 0, 0), kv('n1', 10_000), 0, 5);
    expect(f.seen.size).toBe(FRESH_PER_UPDATE);
    expect(isFresh(f, 10_000, 5)).toBe(true);
    expect(isFresh(f, 10_000 - FRESH_PER_UPDATE, 5)).toBe(false);
  });
});

describe('changeText', () => {
  it('reads PUT key = value and DELETE key, with an empty key quoted', () => {
    expect(changeText({ type: 'PUT', key: 'a', value: '1' })).toBe('PUT a = 1');
    expect(changeText({ type: 'DELETE', key: 'a', value: '' })).toBe('DELETE a');
    expect(changeText({ type: 'PUT', key: '', value: 'x'.repeat(40) }, 10)).toBe(`PUT "" = ${'x'.repeat(9)}…`);
  });
});
