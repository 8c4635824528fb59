// log-repair and figure-8: the logs are in the state each narration describes, and the
// dangerous case of Figure 8 really occurs (and breaks safety once its rule is broken).

import { describe, expect, it } from 'vitest';
import { checkSafety } from '../../src/check';
import { figure8 } from '../../src/scenario/builtins/figure-8';
import { logRepair } from '../../src/scenario/builtins/log-repair';
import { runScenario } from '../../src/sim/run';
import { arrived, commitBefore, eventsOf, grantedBy, leadersBefore, logBefore, narration, returnsOf, rolesBefore, sends, traceOf } from './builtins-helpers';

const ALL = ['n1', 'n2', 'n3', 'n4', 'n5'];
const termOf = (entry: string | undefined) => Number(entry?.split(':')[0]);
/** Just past the end of a run: everything has happened. */
const afterEnd = (until: number) => until + 1;

describe('log-repair', () => {
  const events = traceOf(logRepair);
  const at = (fragment: string) => narration(logRepair.scenario, fragment);
  const staleEntries = ['1:put c=1 c2#1', '1:put c=2 c3#1', '1:put c=3 c4#1', '1:put c=4 c5#1'];

  it('n5 misses index 3; n1 and n2 hold four uncommitted term-1 entries at indexes 4 to 7', () => {
    const t = at('n5 crashed before b=2');
    expect(logBefore(events, 'n5', t)).toHaveLength(3);
    expect(logBefore(events, 'n1', t)[3]).toBe('1:put b=2 c1#2');
    const split = at('The network splits');
    for (const n of ['n1', 'n2']) expect([...logBefore(events, n, split).slice(4)].sort()).toEqual(staleEntries);
    expect(Math.max(...['n1', 'n2'].map((n) => commitBefore(events, n, eventsOf(events, 'heal')[0]!.t)))).toBe(3);
  });

  it('n3 repairs n5 after one refusal that hints at index 2', () => {
    const t = at('n3 won term 2 on the majority side');
    expect(leadersBefore(events, t)).toContain('n3@2');
    const refusals = sends(events, { from: 'n5', to: 'n3', type: 'append-resp', reject: true }, t);
    expect(refusals.map((e) => [e.msg.index, e.msg.hint])).toEqual([[3, 2]]);
    expect(sends(events, { from: 'n3', to: 'n5', type: 'append', index: 2 }, t)).toHaveLength(1);
    expect(logBefore(events, 'n5', t).slice(3)).toEqual(['1:put b=2 c1#2', '2:noop']);
  });

  it('index 4 differs in term between the two sides; only n4 or n5 can lead next', () => {
    const t = at('n3 committed d=4 at index 5');
    for (const n of ['n3', 'n4', 'n5']) expect(logBefore(events, n, t).slice(4, 6)).toEqual(['2:noop', '2:put d=4 c1#3']);
    for (const n of ['n1', 'n2']) expect(termOf(logBefore(events, n, t)[4])).toBe(1);
    expect(leadersBefore(events, at('n5 leads term 3'))).toEqual(['n5@3']);
  });

  it('n1 refuses with the hint "index 5, term 1", and the leader resends from after index 3 at once', () => {
    const t = at('n1 refused: its index 5 has term 1');
    const [refusal] = sends(events, { from: 'n1', to: 'n5', type: 'append-resp', reject: true }, t);
    expect(refusal?.msg).toMatchObject({ index: 5, hint: 5, logTerm: 1 });
    expect(sends(events, { from: 'n1', to: 'n5', type: 'append-resp', reject: true }, t)).toHaveLength(1);
    const retry = sends(events, { from: 'n5', to: 'n1', type: 'append' }, t).filter((e) => e.t >= refusal!.t);
    expect(retry.map((e) => e.msg.index)).toEqual([3]);
  });

  it('n1 and n2 drop indexes 4 to 7; the stale entries are never applied; the retries commit once each in term 3', () => {
    const t = at('Index 3 matches');
    expect(eventsOf(events, 'truncate', t).map((e) => `${e.node}@${e.from}`).sort()).toEqual(['n1@4', 'n2@4']);
    for (const n of ['n1', 'n2']) expect(logBefore(events, n, t)).toEqual(logBefore(events, 'n5', t));
    expect(eventsOf(events, 'apply').filter((e) => staleEntries.includes(e.entry))).toEqual([]);
    const done = at('The four clients waited in vain');
    for (const c of ['c2', 'c3', 'c4', 'c5']) expect(returnsOf(events, c, done)).toMatchObject([{ ok: true }]);
    const applied = eventsOf(events, 'apply').filter((e) => e.node === 'n5' && / c[2-5]#1$/.test(e.entry));
    expect(applied.map((e) => termOf(e.entry))).toEqual([3, 3, 3, 3]);
    const end = afterEnd(logRepair.scenario.until);
    for (const n of ALL) expect(logBefore(events, n, end)).toEqual(logBefore(events, 'n5', end));
  });
});

describe('figure-8', () => {
  const events = traceOf(figure8);
  const at = (fragment: string) => narration(figure8.scenario, fragment);
  const E = '1:put x=E c2#1';
  const holdersOf = (t: number) => ALL.filter((n) => logBefore(events, n, t)[17] === E);

  it('(a) x=E is at index 17, term 1, on n1 and n2 only; (b) n5 leads term 2 with its own index 17 nobody else has', () => {
    expect(leadersBefore(events, at('n1 leads term 1. n3 crashes'))).toEqual(['n1@1']);
    const a = at('(a) The network splits');
    expect(commitBefore(events, 'n1', a)).toBe(16);
    expect(logBefore(events, 'n3', a)).toEqual(['', '1:noop']);
    expect(holdersOf(a)).toEqual(['n1', 'n2']);
    const b = at('(b) n1 crashed');
    expect(eventsOf(events, 'role', b).some((e) => e.node === 'n5' && e.role === 'leader' && e.term === 2)).toBe(true);
    expect(grantedBy(events, 'n5', 2, b)).toEqual(['n3', 'n4']);
    expect(ALL.filter((n) => logBefore(events, n, b)[17] === '2:noop')).toEqual(['n5']);
  });

  it('(c) x=E is stored on a majority and n1 knows it, yet nobody commits index 17', () => {
    const c = at('(c) n1 restarted and won term 3');
    expect(leadersBefore(events, c)).toEqual(['n1@3']);
    expect(grantedBy(events, 'n1', 3, c)).toEqual(['n2', 'n3']);
    const t = at('x=E (index 17, term 1) is now on n1, n2 and n3');
    expect(holdersOf(t)).toEqual(['n1', 'n2', 'n3']);
    const acks = sends(events, { from: 'n3', to: 'n1', type: 'append-resp', index: 17 }, t).filter((e) => !e.msg.reject);
    expect(acks.some((ack) => arrived(events, ack, t))).toBe(true);
    expect(ALL.filter((n) => logBefore(events, n, t)[18] === '3:noop')).toEqual(['n1', 'n2']);
    expect(Math.max(...ALL.map((n) => commitBefore(events, n, t)))).toBeLessThan(17);
  });

  it('(d) n5 wins term 4 with n3 and n4, then index 17 is overwritten on n2 and n3: x=E is never applied', () => {
    const d = at('(d) n1 crashed again');
    expect(leadersBefore(events, d)).toEqual(['n5@4']);
    expect(grantedBy(events, 'n5', 4, d)).toEqual(['n3', 'n4']);
    expect(sends(events, { from: 'n2', to: 'n5', type: 'vote-resp', term: 4, reject: true }, d)).toHaveLength(1);
    const t = at('n5 overwrote index 17 on n2 and n3');
    expect(eventsOf(events, 'truncate', t).filter((e) => e.from === 17).map((e) => e.node).sort()).toEqual(['n2', 'n3']);
    expect(holdersOf(t)).toEqual(['n1']);
    expect(rolesBefore(events, t).get('n1')?.up).toBe(false);
    expect(eventsOf(events, 'apply').filter((e) => e.entry === E)).toEqual([]);
    expect(commitBefore(events, 'n5', at('n5 committed its term-4 no-op'))).toBe(18);
    const end = at('n1 rejoins as a follower');
    expect(eventsOf(events, 'truncate', end).some((e) => e.node === 'n1' && e.from === 17)).toBe(true);
    expect(ALL.map((n) => logBefore(events, n, afterEnd(figure8.scenario.until))[17])).toEqual(ALL.map(() => '2:noop'));
  });

  it('with the bug commit-old-term, n1 commits and applies x=E, and the checker reports the loss', () => {
    const broken = { ...figure8.scenario, cluster: { ...figure8.scenario.cluster, bugs: ['commit-old-term' as const] } };
    const trace = runScenario(broken, { trace: true }).recorder.events;
    expect(eventsOf(trace, 'apply').some((e) => e.node === 'n1' && e.entry === E)).toBe(true);
    expect(checkSafety(trace).map((v) => v.property)).toContain('State Machine Safety');
  });
});
