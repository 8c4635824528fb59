// stale-leader, prevote and prevote-off: what a partitioned node does, as narrated.

import { describe, expect, it } from 'vitest';
import { prevote } from '../../src/scenario/builtins/prevote';
import { prevoteOff } from '../../src/scenario/builtins/prevote-off';
import { staleLeader } from '../../src/scenario/builtins/stale-leader';
import { commitBefore, eventsOf, leadersBefore, logBefore, maxTermBefore, narration, resultsOf, returnsOf, rolesBefore, sends, termsSummary, traceOf } from './builtins-helpers';

describe('stale-leader', () => {
  const events = traceOf(staleLeader);
  const at = (fragment: string) => narration(staleLeader.scenario, fragment);
  const heal = eventsOf(events, 'heal')[0]!.t;

  it('two leaders of different terms coexist while the network is split', () => {
    expect(leadersBefore(events, at('n1 leads term 1 and x=old is committed'))).toEqual(['n1@1']);
    expect(leadersBefore(events, at('The majority side elected n4')).sort()).toEqual(['n1@1', 'n4@2']);
    expect(leadersBefore(events, heal).sort()).toEqual(['n1@1', 'n4@2']);
  });

  it('x=new commits on the majority; y=1 through n1 is stored on n1 and n2 but never committed', () => {
    expect(commitBefore(events, 'n4', at('A client wrote x=new through n4'))).toBe(4);
    const t = at('Another client wrote y=1 through n1');
    for (const n of ['n1', 'n2']) expect(logBefore(events, n, t)[3]).toBe('1:put y=1 c3#1');
    for (const n of ['n1', 'n2']) expect(commitBefore(events, n, heal + 1)).toBe(2);
    expect(eventsOf(events, 'apply').filter((e) => e.entry === '1:put y=1 c3#1')).toEqual([]);
  });

  it('the serializable read at n1 returns the stale value at once; the linearizable read there stays unanswered', () => {
    const stale = resultsOf(events, 'c2', at('A serializable read of x at n1'));
    expect(stale).toHaveLength(1);
    expect(stale[0]?.kvs?.[0]).toMatchObject({ key: 'x', value: 'old' });
    expect(returnsOf(events, 'c4', heal)).toEqual([]);
    expect(sends(events, { from: 'c4', to: 'n1', type: 'client-request', op: 'get x' })).toHaveLength(1);
  });

  it('after the heal n1 steps down and loses its entry; the retried write commits and the linearizable read returns new', () => {
    const t = at('The network heals. n1 saw term 2');
    expect(rolesBefore(events, t).get('n1')).toMatchObject({ role: 'follower', term: 2 });
    expect(eventsOf(events, 'truncate', t).map((e) => `${e.node}@${e.from}`).sort()).toEqual(['n1@3', 'n2@3']);
    const end = at('Both clients waiting on n1 timed out');
    for (const c of ['c3', 'c4']) expect(sends(events, { from: c, type: 'client-request' }, end).map((e) => e.to)).toEqual(['n1', 'n2']);
    expect(returnsOf(events, 'c3', end)).toMatchObject([{ ok: true }]);
    expect(eventsOf(events, 'apply', end).some((e) => e.entry === '2:put y=1 c3#1')).toBe(true);
    expect(resultsOf(events, 'c4', end)[0]?.kvs?.[0]).toMatchObject({ key: 'x', value: 'new' });
  });
});

describe('prevote and prevote-off', () => {
  const on = traceOf(prevote);
  const off = traceOf(prevoteOff);
  const atOn = (fragment: string) => narration(prevote.scenario, fragment);
  const atOff = (fragment: string) => narration(prevoteOff.scenario, fragment);

  it('the two runs differ only in PreVote', () => {
    const { cluster: a, ...restA } = prevote.scenario;
    const { cluster: b, ...restB } = prevoteOff.scenario;
    expect({ ...a, preVote: true }).toEqual({ ...b, preVote: true });
    expect([a.preVote, b.preVote]).toEqual([true, false]);
    const actions = (steps: typeof restA.steps) => steps.filter((s) => s.do !== 'narrate');
    expect(actions(restA.steps)).toEqual(actions(restB.steps));
  });

  it('with PreVote, the cut-off node only pre-campaigns: no term ever passes 1 and n1 leads throughout', () => {
    expect(rolesBefore(on, atOn('n3 timed out. With PreVote')).get('n3')).toMatchObject({ role: 'precandidate', term: 1 });
    expect(maxTermBefore(on)).toBe(1);
    expect(eventsOf(on, 'role').filter((e) => e.role === 'candidate' && e.t > 500)).toEqual([]);
    expect(rolesBefore(on, atOn('n3 is still in term 1')).get('n3')?.term).toBe(1);
    expect(sends(on, { from: 'n3', type: 'pre-vote' }).length).toBeGreaterThanOrEqual(5 * 4);
    const healed = atOn('n3 hears');
    expect(rolesBefore(on, healed).get('n3')).toMatchObject({ role: 'follower', term: 1 });
    expect(eventsOf(on, 'role').filter((e) => e.node === 'n1' && e.t > 240)).toEqual([]);
    expect(leadersBefore(on, atOn('x=2 is committed in term 1'))).toEqual(['n1@1']);
    expect(resultsOf(on, 'c1').map((r) => r.header.revision)).toEqual([2, 3]);
  });

  it('without PreVote, the cut-off node climbs to term 9, deposes n1 on its return, and terms 10 and 11 have no leader', () => {
    expect(rolesBefore(off, atOff('n3 timed out and became a candidate of term 2')).get('n3')).toMatchObject({ role: 'candidate', term: 2 });
    expect(rolesBefore(off, atOff('n3 has reached term 9')).get('n3')?.term).toBe(9);
    expect(rolesBefore(off, atOff('n3 has reached term 9')).get('n1')).toMatchObject({ role: 'leader', term: 1 });
    const healed = atOff('The network heals. The vote request of n3');
    expect(rolesBefore(off, healed).get('n1')).toMatchObject({ role: 'follower', term: 10 });
    expect(sends(off, { to: 'n3', type: 'vote-resp', term: 10 }).every((e) => e.msg.reject)).toBe(true);
    const terms = termsSummary(off);
    expect([terms.get(10)?.leaders.size, terms.get(11)?.leaders.size]).toEqual([0, 0]);
    expect(leadersBefore(off, atOff('n4 wins term 12'))).toEqual(['n4@12']);
    expect(returnsOf(off, 'c1', atOff('x=2 is committed, in term 12'))).toMatchObject([{ ok: true }, { ok: true }]);
    expect(eventsOf(off, 'apply').some((e) => e.entry === '12:put x=2 c1#2')).toBe(true);
  });
});
