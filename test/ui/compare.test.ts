// A/B comparison logic: the variant scenario flips exactly one setting; facts are read from
// traces and the first differing fact is found in order, not by time.

import { describe, expect, it } from 'vitest';
import { makeScenario, parseScenario } from '../../src/scenario';
import { builtin } from '../../src/scenario/builtins';
import { runScenario } from '../../src/sim/run';
import type { NodeView } from '../../src/protocol';
import { FactLog, firstDivergence, leaderOf, nodeDifferences } from '../../src/ui/views/compare/facts';
import { parseSetting, settingValue, variantOf } from '../../src/ui/views/compare/settings';

const base = makeScenario({
  cluster: { nodes: ['n1', 'n2', 'n3'], bugs: ['skip-append-check'] },
  steps: [
    { at: 100, do: 'client', client: 'c1', op: { type: 'get', key: 'x' } },
    { at: 200, do: 'client', client: 'c1', op: { type: 'put', key: 'x', value: '1' } },
  ],
});

describe('variantOf', () => {
  it('flips one setting and leaves side A alone', () => {
    expect(variantOf(base, 'preVote').cluster.preVote).toBe(false);
    expect(variantOf(base, 'checkQuorum').cluster.checkQuorum).toBe(false);
    expect(variantOf(base, 'bug:forget-vote').cluster.bugs).toEqual(['forget-vote', 'skip-append-check']);
    expect(variantOf(base, 'bug:skip-append-check').cluster.bugs).toEqual([]);
    expect(base.cluster).toMatchObject({ preVote: true, checkQuorum: true, bugs: ['skip-append-check'] });
  });

  it('turns every get serializable, or back to linearizable when all were serializable already', () => {
    const b = variantOf(base, 'serializable');
    expect(settingValue(base, 'serializable')).toBe('linearizable');
    expect(settingValue(b, 'serializable')).toBe('serializable');
    expect(settingValue(variantOf(b, 'serializable'), 'serializable')).toBe('linearizable');
    expect(b.steps[1]).toEqual(base.steps[1]);
  });

  it('gives a valid scenario for every setting', () => {
    for (const s of ['preVote', 'checkQuorum', 'serializable', 'bug:commit-old-term'] as const) expect(parseScenario(variantOf(base, s)).ok).toBe(true);
  });

  it('reads only known settings from a link', () => {
    expect(parseSetting('preVote')).toBe('preVote');
    expect(parseSetting('bug:forget-vote')).toBe('bug:forget-vote');
    expect(parseSetting('bug:nope')).toBeUndefined();
    expect(parseSetting(null)).toBeUndefined();
  });
});

function factsOf(scenario: Parameters<typeof runScenario>[0]): FactLog {
  const log = new FactLog();
  log.sync(runScenario(scenario, { trace: true }).recorder.toJsonl().split(/(?<=\n)/));
  return log;
}

describe('firstDivergence', () => {
  const prevote = builtin('prevote')!;
  const a = factsOf(prevote);
  const b = factsOf(variantOf(prevote, 'preVote'));

  it('finds no difference in a run and itself, nor before the prevote runs part ways', () => {
    expect(firstDivergence(a, factsOf(prevote), Infinity)).toBeUndefined();
    // The first election is a round trip later with PreVote, but elects the same leader.
    expect(firstDivergence(a, b, 2500)).toBeUndefined();
  });

  it('with PreVote off the returning node costs a new leader: the first difference', () => {
    const d = firstDivergence(a, b, Infinity);
    expect(d?.b).toMatchObject({ kind: 'leader', what: 'n4@12' });
    expect(d?.t).toBeGreaterThan(2500);
  });

  it('forgets facts past a trace cut (seeking back) and reads them again', () => {
    const lines = runScenario(prevote, { trace: true }).recorder.toJsonl().split(/(?<=\n)/);
    const log = new FactLog();
    log.sync(lines);
    const all = log.list('applied', Infinity);
    log.sync(lines.slice(0, 10));
    expect(log.list('applied', Infinity).length).toBeLessThan(all.length);
    log.sync(lines);
    expect(log.list('applied', Infinity)).toEqual(all);
  });
});

describe('nodeDifferences', () => {
  const node = (id: string, patch: Partial<NodeView> = {}): NodeView =>
    ({ id, up: true, role: 'follower', term: 1, vote: '', lead: 'n1', commit: 2, applied: 2, lastIndex: 2, firstIndex: 1, snapshotIndex: 0, electionStart: 0, electionDeadline: 300, voter: true, learner: false, revision: 1, ...patch }) as NodeView;

  it('names the nodes whose role differs now, or that lag their own run by a different amount', () => {
    const a = [node('n1', { role: 'leader', commit: 3 }), node('n2', { commit: 3 }), node('n3', { commit: 3 }), node('n4', { commit: 2 })];
    const b = [node('n1', { role: 'leader', commit: 3 }), node('n2', { role: 'candidate', commit: 3 }), node('n3', { up: false }), node('n4', { commit: 3 })];
    expect(nodeDifferences(a, b).map((d) => [d.id, d.fields])).toEqual([
      ['n2', ['role']],
      ['n3', ['role', 'behind']],
      ['n4', ['behind']],
    ]);
    expect(leaderOf(a)).toEqual({ node: 'n1', term: 1 });
    expect(leaderOf([node('n2')])).toBeUndefined();
  });

  it('marks no node for what a whole run shares: an extra election on one side', () => {
    // Side B held one more election: every node is in term 3, follows n2 and has committed
    // n2's no-op (index 3); the roles are the same but for the two leaders.
    const a = [node('n1', { role: 'leader' }), node('n2'), node('n3')];
    const b = [node('n1', { term: 3, lead: 'n2', commit: 3 }), node('n2', { role: 'leader', term: 3, lead: 'n2', commit: 3 }), node('n3', { term: 3, lead: 'n2', commit: 3 })];
    expect(nodeDifferences(a, b).map((d) => d.id)).toEqual(['n1', 'n2']);
    // n3 lags its leader by one in B only: that is a difference of n3's own.
    const lagging = b.map((n) => (n.id === 'n3' ? { ...n, commit: 2 } : n));
    expect(nodeDifferences(a, lagging).map((d) => [d.id, d.fields])).toEqual([
      ['n1', ['role']],
      ['n2', ['role']],
      ['n3', ['behind']],
    ]);
    expect(nodeDifferences(b, b.map((n) => ({ ...n })))).toEqual([]);
  });
});

describe('the A/B differs ring', () => {
  it('sits just outside the timer ring when there is room, and never overlaps a neighbour', async () => {
    const { markRadius } = await import('../../src/ui/views/compare/mark-radius');
    const far = [{ x: 0, y: 0 }, { x: 400, y: 0 }];
    expect(markRadius(far, 30)).toBeGreaterThan(40);
    const close = [{ x: 0, y: 0 }, { x: 80, y: 0 }, { x: 40, y: 70 }];
    const r = markRadius(close, 22);
    expect(2 * r).toBeLessThan(80);
    expect(r).toBeGreaterThan(22);
  });
});
