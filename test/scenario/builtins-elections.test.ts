// What the election built-ins narrate really happens, at the moment they say it.

import { describe, expect, it } from 'vitest';
import { checkQuorum } from '../../src/scenario/builtins/check-quorum';
import { firstElection } from '../../src/scenario/builtins/first-election';
import { leaderCrash } from '../../src/scenario/builtins/leader-crash';
import { leadershipTransfer } from '../../src/scenario/builtins/leadership-transfer';
import { nineNodesSplit } from '../../src/scenario/builtins/nine-nodes-split';
import { splitVote } from '../../src/scenario/builtins/split-vote';
import { commitBefore, eventsOf, grantedBy, leadersBefore, logBefore, narration, resultsOf, returnsOf, rolesBefore, sends, termsSummary, traceOf } from './builtins-helpers';

describe('first-election', () => {
  const events = traceOf(firstElection);
  const at = (fragment: string) => narration(firstElection.scenario, fragment);

  it('n1 times out first and asks for votes in term 1', () => {
    const t = at("n1's timer ran out first");
    const candidates = eventsOf(events, 'role', t).filter((e) => e.role === 'candidate');
    expect(candidates.map((e) => `${e.node}@${e.term}`)).toEqual(['n1@1']);
    expect(sends(events, { from: 'n1', type: 'vote', term: 1 }, t).map((e) => e.to)).toEqual(['n2', 'n3', 'n4', 'n5']);
  });

  it('every follower grants its vote, then n1 leads term 1 with a no-op', () => {
    const votes = eventsOf(events, 'vote', at('Each follower granted its vote')).filter((e) => e.term === 1 && e.node !== 'n1');
    expect(votes.map((e) => `${e.node}>${e.for}`).sort()).toEqual(['n2>n1', 'n3>n1', 'n4>n1', 'n5>n1']);
    const t = at('n1 has a majority');
    expect(leadersBefore(events, t)).toEqual(['n1@1']);
    expect(logBefore(events, 'n1', t)).toEqual(['', '1:noop']);
    expect(commitBefore(events, 'n1', at('The no-op is stored on a majority'))).toBe(1);
  });

  it('the put reaches n4, is forwarded to n1, committed at index 2; the get goes through ReadIndex', () => {
    const t = at('A client sent put greeting=hello to n4');
    expect(sends(events, { from: 'c1', type: 'client-request', op: 'put greeting=hello' }, t).map((e) => e.to)).toEqual(['n4']);
    expect(sends(events, { from: 'n4', to: 'n1', type: 'propose' }, t)).toHaveLength(1);
    expect(logBefore(events, 'n1', t)[2]).toBe('1:put greeting=hello c1#1');
    expect(commitBefore(events, 'n1', t)).toBe(2);
    const read = at('The get is linearizable');
    expect(sends(events, { from: 'n4', to: 'n1', type: 'read-index' }, read)).toHaveLength(1);
    expect(resultsOf(events, 'c1', read)[1]?.kvs?.[0]?.value).toBe('hello');
  });
});

describe('leader-crash', () => {
  const events = traceOf(leaderCrash);
  const at = (fragment: string) => narration(leaderCrash.scenario, fragment);

  it('n3 leads term 1 and x=1 is applied everywhere before the crash', () => {
    expect(leadersBefore(events, at('n3 timed out first'))).toEqual(['n3@1']);
    const applied = eventsOf(events, 'apply', at('The client wrote x=1')).filter((e) => e.entry === '1:put x=1 c1#1');
    expect(applied.map((e) => e.node).sort()).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
    expect(eventsOf(events, 'crash', at('The leader n3 crashes'))).toMatchObject([{ node: 'n3' }]);
  });

  it('n1 pre-votes first, then wins term 2 with n2, n4 and n5, holding x=1', () => {
    const crash = at('The leader n3 crashes');
    const first = eventsOf(events, 'role', at("n1's timer ran out first")).filter((e) => e.t > crash);
    expect(first.map((e) => `${e.node}:${e.role}@${e.term}`)).toEqual(['n1:precandidate@1']);
    const t = at('n1 won term 2');
    expect(leadersBefore(events, t)).toEqual(['n1@2']);
    expect(grantedBy(events, 'n1', 2)).toEqual(['n2', 'n4', 'n5']);
    expect(logBefore(events, 'n1', t)[2]).toBe('1:put x=1 c1#1');
  });

  it('x=2 commits without n3, and n3 catches up as a follower of term 2', () => {
    const t = at('The cluster keeps working without n3');
    expect(commitBefore(events, 'n1', t)).toBe(4);
    expect(logBefore(events, 'n1', t)[4]).toBe('2:put x=2 c1#2');
    expect(logBefore(events, 'n3', t)).toHaveLength(3);
    const end = at('n3 restarted from its disk');
    expect(rolesBefore(events, end).get('n3')).toEqual({ role: 'follower', term: 2, up: true });
    expect(logBefore(events, 'n3', end)).toEqual(logBefore(events, 'n1', end));
    expect(commitBefore(events, 'n3', end)).toBe(4);
  });
});

describe('split-vote', () => {
  const events = traceOf(splitVote);
  const at = (fragment: string) => narration(splitVote.scenario, fragment);

  it('term 1 has three candidates and never a leader; term 2 has one candidate, who leads', () => {
    const terms = termsSummary(events);
    expect([...(terms.get(1)?.candidates ?? [])].sort()).toEqual(['n1', 'n2', 'n3']);
    expect(terms.get(1)?.leaders.size).toBe(0);
    expect([...(terms.get(2)?.candidates ?? [])]).toEqual(['n2']);
    expect([...(terms.get(2)?.leaders ?? [])]).toEqual(['n2']);
  });

  it('the votes split 2-2-1 and every candidate learns it lost', () => {
    const split = at('n4 voted for n2 and n5 for n1');
    const votes = eventsOf(events, 'vote', split).filter((e) => e.term === 1);
    expect(votes.map((e) => `${e.node}>${e.for}`).sort()).toEqual(['n1>n1', 'n2>n2', 'n3>n3', 'n4>n2', 'n5>n1']);
    const lost = rolesBefore(events, at('Each candidate has been refused by a majority'));
    for (const n of ['n1', 'n2', 'n3']) expect(lost.get(n)).toMatchObject({ role: 'follower', term: 1 });
    for (const n of ['n1', 'n2', 'n3']) expect(sends(events, { to: n, type: 'vote-resp', term: 1, reject: true }).length).toBeGreaterThanOrEqual(3);
  });

  it('n2 alone times out next and wins term 2', () => {
    const t = at('The new random timeout of n2 ran out first');
    expect(rolesBefore(events, t).get('n2')).toMatchObject({ role: 'candidate', term: 2 });
    expect(leadersBefore(events, at('n2 won term 2'))).toEqual(['n2@2']);
  });
});

describe('check-quorum', () => {
  const events = traceOf(checkQuorum);
  const at = (fragment: string) => narration(checkQuorum.scenario, fragment);

  it('the cut-off leader steps down by itself within an election timeout, keeping its term', () => {
    const cut = at('The network cuts n1 off');
    const t = at('No follower answered n1');
    expect(leadersBefore(events, cut)).toEqual(['n1@1']);
    expect(rolesBefore(events, t).get('n1')).toEqual({ role: 'follower', term: 1, up: true });
    const stepDown = eventsOf(events, 'role', t).filter((e) => e.node === 'n1' && e.t > cut);
    expect(stepDown[0]!.t - cut).toBeLessThanOrEqual(2 * checkQuorum.scenario.cluster.electionTimeout[0]);
    expect(leadersBefore(events, at('Meanwhile the other four'))).toEqual(['n4@2']);
    expect(rolesBefore(events, at('A client sent put x=2 to n1')).get('n1')?.term).toBe(1);
  });

  it('n1 refuses the write at once with "no leader"; the retry commits in term 2', () => {
    const t = at('A client sent put x=2 to n1');
    expect(sends(events, { from: 'n1', to: 'c1', type: 'client-response', ok: false, error: 'etcdserver: no leader' }, t)).toHaveLength(1);
    const done = at('The client retried at n2');
    expect(sends(events, { from: 'c1', to: 'n2', type: 'client-request', op: 'put x=2' }, done)).toHaveLength(1);
    expect(returnsOf(events, 'c1', done).at(-1)).toMatchObject({ ok: true });
    const end = at('The network heals');
    expect(rolesBefore(events, end).get('n1')).toMatchObject({ role: 'follower', term: 2 });
    expect(logBefore(events, 'n1', end)).toEqual(logBefore(events, 'n4', end));
  });
});

describe('leadership-transfer', () => {
  const events = traceOf(leadershipTransfer);
  const at = (fragment: string) => narration(leadershipTransfer.scenario, fragment);

  it('n5 lags by one entry, is caught up, then gets TimeoutNow', () => {
    const lag = at('While the link n1→n5 was down');
    expect(commitBefore(events, 'n1', lag)).toBe(3);
    expect(logBefore(events, 'n5', lag)).toHaveLength(3);
    expect(sends(events, { from: 'n1', to: 'c2', type: 'client-response', error: 'etcdserver: leadership transfer in progress' }, at('A write sent to n1 meanwhile'))).toHaveLength(1);
    const t = at('n5 now holds every entry of n1');
    const [timeoutNow] = sends(events, { from: 'n1', to: 'n5', type: 'timeout-now' }, t);
    expect(timeoutNow).toBeDefined();
    expect(logBefore(events, 'n5', timeoutNow!.t + 1)).toEqual(logBefore(events, 'n1', timeoutNow!.t + 1));
  });

  it('n5 campaigns at once, without a pre-vote, and leads term 2; the refused write commits there', () => {
    const transfer = eventsOf(events, 'transfer')[0]!.t;
    expect(eventsOf(events, 'role').filter((e) => e.node === 'n5' && e.t > transfer && e.role === 'precandidate')).toEqual([]);
    expect(rolesBefore(events, at('n5 campaigns for term 2 at once')).get('n5')).toMatchObject({ role: 'candidate', term: 2 });
    expect(sends(events, { from: 'n5', type: 'vote', term: 2, context: 'transfer' })).toHaveLength(4);
    const t = at('n5 leads term 2');
    expect(leadersBefore(events, t)).toEqual(['n5@2']);
    expect(grantedBy(events, 'n5', 2, t)).toEqual(['n1', 'n3', 'n4']);
    const done = at('The refused client retried');
    expect(returnsOf(events, 'c2', done)).toMatchObject([{ ok: true }]);
    expect(eventsOf(events, 'apply', done).some((e) => e.entry === '2:put y=1 c2#1')).toBe(true);
  });
});

describe('nine-nodes-split', () => {
  const events = traceOf(nineNodesSplit);
  const at = (fragment: string) => narration(nineNodesSplit.scenario, fragment);
  const heal = eventsOf(events, 'heal')[0]!.t;

  it('after the old leader steps down, no node leads anywhere until the heal, and nobody even runs', () => {
    const split = at('The network splits into three groups');
    expect(leadersBefore(events, split)).toEqual(['n1@1']);
    const none = at('n1 heard from only 2 of its 8 followers');
    expect(leadersBefore(events, none)).toEqual([]);
    const during = eventsOf(events, 'role', heal).filter((e) => e.t >= split);
    expect(during.filter((e) => e.role === 'leader' || e.role === 'candidate')).toEqual([]);
    expect(Math.max(...during.map((e) => e.term))).toBe(1);
    expect(returnsOf(events, 'c1', at('A client tried put x=2'))[1]).toMatchObject({ ok: false, error: 'etcdserver: no leader' });
  });

  it('once healed, n6 wins term 2 against n2 and n8 and x=3 commits', () => {
    const t = at('The network heals');
    const term2 = termsSummary(events).get(2);
    expect([...(term2?.candidates ?? [])].sort()).toEqual(['n2', 'n6', 'n8']);
    expect(leadersBefore(events, t)).toEqual(['n6@2']);
    expect(grantedBy(events, 'n6', 2).length + 1).toBeGreaterThanOrEqual(5);
    expect(returnsOf(events, 'c1', at('The cluster works again')).at(-1)).toMatchObject({ ok: true });
  });
});
