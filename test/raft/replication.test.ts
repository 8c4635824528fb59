import { describe, expect, it } from 'vitest';
import { Harness } from './harness';

describe('AppendEntries receiver (Figure 2)', () => {
  it('rejects when the log has no entry at prevLogIndex with prevLogTerm, hinting where to retry', () => {
    const h = Harness.withLogs({ a: [1, 1], b: [1, 1, 2, 2, 2] }, { a: 3, b: 3 });
    h.node('b').step({ type: 'append', from: 'a', to: 'b', term: 3, index: 5, logTerm: 3, entries: [], commit: 0 }, 0);
    h.process('b');
    const reply = h.queue.find((m) => m.from === 'b');
    expect(reply).toMatchObject({ type: 'append-resp', reject: true, index: 5 });
    // Fast backtracking: every entry of term 2 > 1? No: the hint is the last index whose term <= 3, i.e. 5 itself with term 2.
    expect(reply?.rejectHint).toBe(5);
    expect(reply?.logTerm).toBe(2);
  });

  it('deletes a conflicting suffix and appends the new entries (steps 3-4)', () => {
    const h = Harness.withLogs({ a: [1], b: [1, 2, 2, 2] }, { a: 3, b: 3 });
    const e = (term: number, index: number) => ({ term, index, type: 'normal' as const, data: `x${index}` });
    h.node('b').step({ type: 'append', from: 'a', to: 'b', term: 3, index: 1, logTerm: 1, entries: [e(3, 2), e(3, 3)], commit: 1 }, 0);
    h.process('b');
    expect(h.logTerms('b')).toEqual([1, 3, 3]);
    expect(h.node('b').committed).toBe(1);
    const reply = h.queue.find((m) => m.from === 'b');
    expect(reply).toMatchObject({ type: 'append-resp', index: 3 });
  });

  it('keeps entries that already match and never truncates because of a stale, shorter append', () => {
    const h = Harness.withLogs({ a: [1], b: [1, 1, 1] }, { a: 1, b: 1 });
    const e = (index: number) => ({ term: 1, index, type: 'normal' as const, data: `e1.${index}` });
    h.node('b').step({ type: 'append', from: 'a', to: 'b', term: 1, index: 1, logTerm: 1, entries: [e(2)], commit: 0 }, 0);
    h.process('b');
    expect(h.logTerms('b')).toEqual([1, 1, 1]);
  });

  it('with the skip-append-check bug, a follower overwrites entries without matching prevLogTerm', () => {
    const h = Harness.withLogs({ a: [1], b: [1, 2, 2] }, { a: 3, b: 3 }, { bugs: { skipAppendCheck: true } });
    const e = { term: 3, index: 3, type: 'normal' as const, data: 'z' };
    h.node('b').step({ type: 'append', from: 'a', to: 'b', term: 3, index: 2, logTerm: 3, entries: [e], commit: 0 }, 0);
    h.process('b');
    expect(h.logTerms('b')).toEqual([1, 2, 3]); // index 2 (term 2) never matched prevLogTerm 3
  });
});

describe('leader repairs divergent followers (Figure 7)', () => {
  it('brings every follower that voted or not to the leader log, overwriting extraneous entries', () => {
    const leader = [1, 1, 1, 4, 4, 5, 5, 6, 6, 6];
    const logs = {
      lead: leader,
      a: [1, 1, 1, 4, 4, 5, 5, 6, 6],
      b: [1, 1, 1, 4],
      c: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 6],
      d: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 7, 7],
      e: [1, 1, 1, 4, 4, 4, 4],
      f: [1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3],
    };
    const terms = { lead: 7, a: 7, b: 7, c: 7, d: 7, e: 7, f: 7 };
    const h = Harness.withLogs(logs, terms);
    h.campaign('lead');
    expect(h.node('lead').role).toBe('leader');
    expect(h.node('lead').term).toBe(8);
    h.advance(200); // heartbeats drive the probing of followers that were not reached yet
    const expected = [...leader, 8];
    for (const id of Object.keys(logs)) expect(h.logTerms(id), id).toEqual(expected);
    expect(h.node('d').committed).toBe(11);
  });
});

describe('commit rule (§5.4.2, Figure 8)', () => {
  /**
   * Figure 8 (c): s1 leads term 4 and has replicated its term-2 entry at index 2 to a majority
   * (s1, s2, s3), but its own term-4 entry only to itself. s5 holds a term-3 entry at index 2.
   */
  function figure8(bugs = {}) {
    const h = Harness.withLogs(
      { s1: [1, 2], s2: [1], s3: [1], s4: [1], s5: [1, 3] },
      { s1: 3, s2: 3, s3: 3, s4: 3, s5: 3 },
      { bugs, maxEntriesPerMsg: 1 },
    );
    h.crash('s5');
    h.cut.add('s1>s4');
    // The term-4 entry (index 3) never reaches a follower that already holds index 2.
    h.dropIf = (m) => m.type === 'append' && (m.entries ?? []).some((e) => e.index >= 3) && h.node(m.to).lastIndex >= 2;
    h.campaign('s1');
    h.advance(60);
    return h;
  }

  it('a leader does not commit an entry of an earlier term by counting replicas', () => {
    const h = figure8();
    expect(h.node('s1').role).toBe('leader');
    expect(h.node('s1').term).toBe(4);
    expect(h.logTerms('s2')).toEqual([1, 2]);
    expect(h.logTerms('s3')).toEqual([1, 2]); // index 2 is on s1, s2, s3: a majority
    expect(h.node('s1').committed).toBe(0);
    // Once an entry of term 4 reaches a majority, index 2 commits with it.
    h.dropIf = () => false;
    h.advance(60);
    expect(h.node('s1').committed).toBe(3);
    expect(h.applied.get('s1')?.map((e) => e.term)).toEqual([1, 2, 4]);
  });

  it('with the commit-old-term bug it does, and s5 later overwrites a committed entry (d)', () => {
    const h = figure8({ commitOldTerm: true });
    expect(h.node('s1').committed).toBe(2);
    expect(h.applied.get('s1')?.map((e) => e.term)).toEqual([1, 2]);
    h.crash('s1');
    h.dropIf = () => false;
    h.heal();
    h.start('s5');
    h.campaign('s5'); // term 4: s2 and s3 already voted for s1 in term 4
    h.campaign('s5'); // term 5
    expect(h.node('s5').role).toBe('leader'); // votes from s2, s3, s4: its last term 3 beats their 2
    h.advance(200);
    // s4 never had index 2; it receives and applies s5's term-3 entry there, while s1 applied
    // the term-2 entry at index 2: State Machine Safety is broken.
    expect(h.logTerms('s4').slice(0, 2)).toEqual([1, 3]);
    expect(h.applied.get('s4')?.[1]?.term).toBe(3);
  });
});

describe('commit index is volatile (Figure 2)', () => {
  it('a restarted follower forgets its commit index and relearns it from the leader', () => {
    const h = new Harness(['a', 'b', 'c']);
    h.campaign('a');
    h.propose('a', 'x');
    h.propose('a', 'y');
    h.advance(30);
    expect(h.node('c').committed).toBe(3);
    h.crash('c');
    h.start('c');
    expect(h.node('c').committed).toBe(0);
    expect(h.node('c').lastIndex).toBe(3); // the log itself was persisted
    h.advance(30); // a heartbeat carries min(match, commit)
    expect(h.node('c').committed).toBe(3);
    expect(h.applied.get('c')).toHaveLength(3);
  });

  it('keeps it when told to restore it from the hard state (etcd does; safe)', () => {
    const h = new Harness(['a', 'b', 'c']);
    h.campaign('a');
    h.propose('a', 'x');
    h.advance(30);
    h.crash('c');
    h.start('c', true);
    expect(h.node('c').committed).toBe(2);
  });
});
