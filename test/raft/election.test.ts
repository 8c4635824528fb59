import { describe, expect, it } from 'vitest';
import { Harness } from './harness';

describe('§5.2 leader election', () => {
  it('one round: a candidate with votes from a majority becomes leader of term 1', () => {
    const h = new Harness(['a', 'b', 'c']);
    h.campaign('a');
    expect(h.node('a').role).toBe('leader');
    expect(h.node('a').term).toBe(1);
    expect(h.node('b').lead).toBe('a');
    expect(h.node('b').vote).toBe('a');
    expect(h.storages.get('b')?.hardState).toMatchObject({ term: 1, vote: 'a' });
  });

  it('split vote: two candidates in the same term, neither wins, a later timeout resolves it', () => {
    const h = new Harness(['a', 'b', 'c', 'd']);
    // a and b campaign at the same moment; each votes for itself and c, d split.
    h.node('a').campaignNow(0);
    h.node('b').campaignNow(0);
    h.process('a');
    h.process('b');
    // Deliver a's requests to c and b's to d first.
    h.queue.sort((x, y) => Number(!(x.from === 'a' && x.to === 'c') && !(x.from === 'b' && x.to === 'd')) - Number(!(y.from === 'a' && y.to === 'c') && !(y.from === 'b' && y.to === 'd')));
    h.deliverAll();
    // Each got two of four votes: no majority, so both lose and wait for their next timeout.
    expect(h.leaders()).toEqual([]);
    expect([h.node('a').term, h.node('b').term]).toEqual([1, 1]);
    expect([h.node('c').vote, h.node('d').vote]).toEqual(['a', 'b']);
    // Randomized timeouts (§5.2) let one of them start term 2 first and win it.
    h.advance(400);
    expect(h.leaders()).toHaveLength(1);
    expect(h.node(h.leaders()[0] as string).term).toBeGreaterThanOrEqual(2);
  });

  it('a node that sees a higher term (here from a rejoining candidate) falls back to follower', () => {
    const h = new Harness(['a', 'b', 'c']);
    h.campaign('a');
    h.isolate('c');
    h.node('c').campaignNow(h.now);
    h.process('c');
    h.deliverAll();
    expect(h.node('c').role).toBe('candidate');
    expect(h.node('c').term).toBe(2);
    h.heal();
    // c's next vote request carries a higher term and deposes a; one leader emerges for the new term.
    h.advance(500);
    expect(h.node('a').term).toBeGreaterThanOrEqual(2);
    expect(h.leaders()).toHaveLength(1);
    for (const id of ['a', 'b', 'c']) expect(h.node(id).term).toBe(h.node(h.leaders()[0] as string).term);
  });

  it('a leader steps down when it sees a higher term (Figure 2, rules for all servers)', () => {
    const h = new Harness(['a', 'b', 'c']);
    h.campaign('a');
    h.isolate('a');
    h.campaign('b');
    expect(h.node('b').role).toBe('leader');
    expect(h.node('a').role).toBe('leader'); // still thinks so, cut off
    h.heal();
    h.advance(25); // b's heartbeat reaches a
    expect(h.node('a').role).toBe('follower');
    expect(h.node('a').term).toBe(h.node('b').term);
  });
});

describe('RequestVote receiver (Figure 2, §5.4.1)', () => {
  it('refuses a candidate whose log is less up to date (lower last term)', () => {
    const h = Harness.withLogs({ a: [1], b: [1, 2], c: [1, 2] }, { a: 2, b: 2, c: 2 });
    h.campaign('a');
    expect(h.node('a').role).not.toBe('leader');
    expect(h.node('b').vote).toBe('');
  });

  it('refuses a candidate with the same last term but a shorter log', () => {
    const h = Harness.withLogs({ a: [1, 1], b: [1, 1, 1], c: [1, 1, 1] }, { a: 1, b: 1, c: 1 });
    h.campaign('a');
    expect(h.node('a').role).not.toBe('leader');
  });

  it('grants at most one vote per term, and remembers it across a restart', () => {
    const h = new Harness(['a', 'b', 'c']);
    h.isolate('c');
    h.campaign('a'); // term 1: b votes for a
    expect(h.node('b').vote).toBe('a');
    h.crash('b');
    h.start('b'); // restart from persisted state
    expect(h.node('b').vote).toBe('a');
    expect(h.node('b').term).toBe(1);
    // A vote request from c for term 1 must be refused: b already voted in term 1.
    h.node('b').step({ type: 'vote', from: 'c', to: 'b', term: 1, index: 0, logTerm: 0 }, h.now);
    h.process('b');
    const reply = h.queue.find((m) => m.from === 'b' && m.type === 'vote-resp');
    expect(reply?.reject).toBe(true);
  });

  it('with the skip-vote-log-check bug, a stale candidate wins', () => {
    const h = Harness.withLogs({ a: [1], b: [1, 2], c: [1, 2] }, { a: 2, b: 2, c: 2 }, { bugs: { skipVoteLogCheck: true } });
    h.campaign('a');
    expect(h.node('a').role).toBe('leader');
  });
});
