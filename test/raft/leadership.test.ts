import { describe, expect, it } from 'vitest';
import { Harness } from './harness';

function elected(opts = {}) {
  const h = new Harness(['a', 'b', 'c'], opts);
  h.campaign('a');
  return h;
}

describe('PreVote (thesis 9.6)', () => {
  function rejoin(preVote: boolean) {
    const h = elected({ preVote });
    const term = h.node('a').term;
    h.isolate('c');
    h.propose('a', 'x'); // c falls behind
    h.advance(1000); // c's election timer fires again and again while cut off
    const isolatedTerm = h.node('c').term;
    h.heal();
    h.advance(1000);
    return { h, term, isolatedTerm };
  }

  it('keeps a partitioned node from inflating its term and disrupting the leader when it rejoins', () => {
    const { h, term, isolatedTerm } = rejoin(true);
    expect(isolatedTerm).toBe(term);
    expect(h.node('a').role).toBe('leader');
    expect(h.node('a').term).toBe(term);
    expect(h.node('c').lead).toBe('a');
  });

  it('without PreVote the rejoining node forces a new election with a higher term', () => {
    const { h, term, isolatedTerm } = rejoin(false);
    expect(isolatedTerm).toBeGreaterThan(term + 2);
    expect(h.node('a').term).toBeGreaterThan(term);
  });
});

describe('CheckQuorum (thesis 6.2)', () => {
  it('a leader cut off from the majority steps down within about an election timeout', () => {
    const h = elected({ checkQuorum: true });
    h.isolate('a');
    h.advance(250);
    expect(h.node('a').role).toBe('follower');
  });

  it('without CheckQuorum it stays leader in its minority', () => {
    const h = elected();
    h.isolate('a');
    h.advance(1000);
    expect(h.node('a').role).toBe('leader');
  });

  it('followers that heard from the leader recently ignore vote requests of a later term', () => {
    const h = elected({ checkQuorum: true });
    h.advance(10);
    h.node('b').step({ type: 'vote', from: 'c', to: 'b', term: 9, index: 99, logTerm: 9 }, h.now);
    h.process('b');
    expect(h.node('b').term).toBe(1);
    expect(h.queue.filter((m) => m.from === 'b' && m.type === 'vote-resp')).toEqual([]);
  });
});

describe('ReadIndex (thesis 6.4)', () => {
  it('a leader answers a read only after a majority confirms it still leads', () => {
    const h = elected();
    h.advance(30);
    h.node('a').readIndex('r1', h.now);
    h.process('a');
    expect(h.readStates.get('a') ?? []).toEqual([]); // heartbeats are out, no answer yet
    h.deliverAll();
    expect(h.readStates.get('a')).toEqual([{ index: 1, context: 'r1' }]);
  });

  it('a deposed leader in a minority never answers', () => {
    const h = elected();
    h.isolate('a');
    h.campaign('b');
    h.propose('b', 'newer');
    h.node('a').readIndex('r1', h.now);
    h.process('a');
    h.advance(500);
    expect(h.readStates.get('a') ?? []).toEqual([]);
  });

  it('with the stale-leader-read bug it answers at once with its stale commit index', () => {
    const h = elected({ bugs: { staleLeaderRead: true } });
    h.isolate('a');
    h.campaign('b');
    h.propose('b', 'newer');
    h.node('a').readIndex('r1', h.now);
    h.process('a');
    expect(h.readStates.get('a')).toEqual([{ index: 1, context: 'r1' }]);
    expect(h.node('b').committed).toBe(3);
  });

  it('a follower forwards the read to the leader and gets the read index back', () => {
    const h = elected();
    h.propose('a', 'x');
    h.node('c').readIndex('rc', h.now);
    h.process('c');
    h.deliverAll();
    expect(h.readStates.get('c')).toEqual([{ index: 2, context: 'rc' }]);
  });
});

describe('leadership transfer (thesis 3.10)', () => {
  it('the leader catches the target up, sends TimeoutNow, and the target wins the next term', () => {
    const h = elected({ preVote: true, checkQuorum: true });
    h.cut.add('a>c');
    h.propose('a', 'x');
    expect(h.node('c').lastIndex).toBe(1);
    h.cut.clear();
    h.node('a').transferLeadership('c', h.now);
    h.process('a');
    h.deliverAll();
    expect(h.node('c').role).toBe('leader');
    expect(h.node('c').term).toBe(2);
    expect(h.node('a').role).toBe('follower');
    expect(h.node('c').lastIndex).toBe(3);
  });

  it('refuses new proposals while the transfer is in progress', () => {
    const h = elected();
    h.cut.add('a>c');
    h.node('a').transferLeadership('c', h.now);
    expect(h.node('a').propose('y', h.now)).toBe('leadership transfer in progress');
  });
});
