// Read, lease and transfer rules under message delay and one-way link cuts, ported in
// spirit from etcd-io/raft's raft_test.go (TestReadOnlyOptionSafe,
// TestLeaderElectionWithCheckQuorum, TestFreeStuckCandidateWithCheckQuorum,
// TestLeaderTransferToSelf).

import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/raft';
import { Harness } from './harness';

function elected(opts = {}) {
  const h = new Harness(['a', 'b', 'c'], opts);
  h.campaign('a');
  return h;
}

function read(h: Harness, context: string): void {
  h.node('a').readIndex(context, h.now);
  h.process('a');
}

describe('ReadIndex rounds (thesis 6.4 step 3, etcd read_only.go)', () => {
  it('a late ack of an earlier round does not confirm a retried read with the same context', () => {
    const h = elected();
    h.advance(30);
    const held: Message[] = [];
    h.dropIf = (m) => m.type === 'heartbeat-resp' && m.from === 'c' && held.push(m) > 0;
    read(h, 'r');
    h.deliverAll();
    expect(h.readStates.get('a')).toEqual([{ index: 1, context: 'r' }]); // a and b confirmed round 1
    // The client retries with the same context; this round's heartbeats are all lost
    // (the leader may already be deposed), and then c's ack of round 1 arrives late.
    h.dropIf = () => true;
    read(h, 'r');
    h.deliverAll();
    h.dropIf = () => false;
    h.queue.push(...held);
    h.deliverAll();
    expect(h.readStates.get('a')).toHaveLength(1);
  });

  it('an ack of a later round also confirms every earlier read', () => {
    const h = elected();
    h.advance(30);
    h.dropIf = () => true;
    read(h, 'r1');
    h.deliverAll();
    h.dropIf = () => false;
    read(h, 'r2');
    h.deliverAll();
    expect(h.readStates.get('a')).toEqual([
      { index: 1, context: 'r1' },
      { index: 1, context: 'r2' },
    ]);
  });

  it('an ack of an earlier round does not confirm a later read', () => {
    const h = elected();
    h.advance(30);
    const held: Message[] = [];
    h.dropIf = (m) => m.type === 'heartbeat-resp' && held.push(m) > 0;
    read(h, 'r1');
    h.deliverAll();
    h.dropIf = () => true;
    read(h, 'r2');
    h.deliverAll();
    h.dropIf = () => false;
    h.queue.push(...held);
    h.deliverAll();
    expect(h.readStates.get('a')).toEqual([{ index: 1, context: 'r1' }]);
  });
});

describe('CheckQuorum lease for the whole term (thesis 4.2.3, etcd inLease)', () => {
  for (const preVote of [false, true]) {
    it(`with only the link leader->c cut, c never wins while a hears from a quorum (preVote ${preVote})`, () => {
      const h = elected({ checkQuorum: true, preVote });
      h.cut.add('a>c');
      h.advance(2000); // many election timeouts, far past the first one of the term
      expect(h.leaders()).toEqual(['a']);
      expect(h.node('a').term).toBe(1);
      expect(h.node('b').lead).toBe('a');
    });
  }

  it('the leader ignores a higher-term vote request late in its term', () => {
    const h = elected({ checkQuorum: true });
    h.advance(1000);
    h.node('a').step({ type: 'vote', from: 'c', to: 'a', term: 9, index: 99, logTerm: 9 }, h.now);
    h.process('a');
    expect(h.node('a').role).toBe('leader');
    expect(h.node('a').term).toBe(1);
    expect(h.queue.filter((m) => m.from === 'a' && m.type === 'vote-resp')).toEqual([]);
  });

  it('a stuck candidate is freed when the link heals: the cluster settles on one leader', () => {
    const h = elected({ checkQuorum: true });
    h.cut.add('a>c');
    h.advance(1000);
    expect(h.node('c').term).toBeGreaterThan(1);
    h.heal();
    h.advance(2000);
    const leaders = h.leaders();
    expect(leaders).toHaveLength(1);
    const term = h.node(leaders[0] as string).term;
    for (const id of h.ids) expect(h.node(id).term).toBe(term);
  });
});

describe('leadership transfer to the leader itself (etcd TestLeaderTransferToSelf)', () => {
  it('aborts a pending transfer, so proposals are accepted again at once', () => {
    const h = elected();
    h.cut.add('a>c');
    h.node('a').transferLeadership('c', h.now);
    expect(h.node('a').propose('y', h.now)).toBe('leadership transfer in progress');
    h.node('a').transferLeadership('a', h.now);
    expect(h.node('a').propose('y', h.now)).toBeUndefined();
    expect(h.node('a').role).toBe('leader');
  });
});
