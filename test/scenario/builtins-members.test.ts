// grow-cluster and snapshot-catch-up: membership changes, learners and snapshots, as narrated.

import { describe, expect, it } from 'vitest';
import { growCluster } from '../../src/scenario/builtins/grow-cluster';
import { snapshotCatchUp } from '../../src/scenario/builtins/snapshot-catch-up';
import { runScenario } from '../../src/sim/run';
import type { KvMachine } from '../../src/cluster/kv-machine';
import { checkSafety } from '../../src/check';
import { arrived, commitBefore, eventsOf, leadersBefore, logBefore, narration, returnsOf, rolesBefore, sends, traceOf } from './builtins-helpers';

describe('grow-cluster', () => {
  const events = traceOf(growCluster);
  const at = (fragment: string) => narration(growCluster.scenario, fragment);
  const members = (t: number) => eventsOf(events, 'member', t).map((e) => `${e.change} ${e.node}`);

  it('n1 leads three voters; the first snapshots cover entries 1 to 5', () => {
    expect(leadersBefore(events, at('The configuration has three voters'))).toEqual(['n1@1']);
    const snaps = eventsOf(events, 'snapshot', at('Six writes are committed'));
    expect(snaps.map((s) => `${s.node}@${s.index}`).sort()).toEqual(['n1@5', 'n2@5', 'n3@5']);
  });

  it('n4 joins empty as a learner and catches up from the snapshot, then the log', () => {
    const t = at('The operator adds n4 as a learner');
    expect(eventsOf(events, 'join', t).map((e) => e.node)).toEqual(['n4']);
    expect(logBefore(events, 'n1', t)[8]).toBe('1:conf add-learner n4');
    const inFlight = at('InstallSnapshot up to index 5 is on its way');
    expect(members(inFlight)).toEqual(['add-learner n4']);
    const snap = sends(events, { from: 'n1', to: 'n4', type: 'snapshot', index: 5 }, inFlight);
    expect(snap).toHaveLength(1);
    expect(arrived(events, snap[0]!, inFlight)).toBe(false);
    const caughtUp = at('n4 installed the snapshot');
    expect(eventsOf(events, 'snapshot', caughtUp).filter((e) => e.node === 'n4').map((e) => e.index)).toEqual([5]);
    expect(logBefore(events, 'n4', caughtUp).slice(6)).toEqual(['1:put e=5 c2#2', '1:put f=6 c3#2', '1:conf add-learner n4']);
  });

  it('the learner never campaigns nor votes; after the promotion there are four voters', () => {
    const promoted = at('n4 is a voter');
    expect(members(at('n4 has caught up'))).toEqual(['add-learner n4']);
    expect(members(promoted)).toEqual(['add-learner n4', 'promote n4']);
    expect(eventsOf(events, 'role').filter((e) => e.node === 'n4' && e.role !== 'follower')).toEqual([]);
    expect(eventsOf(events, 'vote').filter((e) => e.node === 'n4')).toEqual([]);
    expect(eventsOf(events, 'noop')).toEqual([]);
  });

  it('n5 joins as a voter, catches up from the newer snapshot, and g=7 commits on all five', () => {
    const t = at('n5 caught up from the leader');
    expect(members(t)).toEqual(['add-learner n4', 'promote n4', 'add n5']);
    expect(eventsOf(events, 'snapshot', t).filter((e) => e.node === 'n5').map((e) => e.index)).toEqual([10]);
    const end = at('Five voters, a majority of 3');
    expect(returnsOf(events, 'c1', end).at(-1)).toMatchObject({ ok: true });
    const applied = eventsOf(events, 'apply', end).filter((e) => e.entry === '1:put g=7 c1#3');
    expect(applied.map((e) => `${e.node}@${e.index}`).sort()).toEqual(['n1@11', 'n2@11', 'n3@11', 'n4@11', 'n5@11']);
    expect(checkSafety(events)).toEqual([]);
  });
});

describe('snapshot-catch-up', () => {
  const events = traceOf(snapshotCatchUp);
  const at = (fragment: string) => narration(snapshotCatchUp.scenario, fragment);

  it('n1 is cut off at index 2 while n3 and n2 commit and compact up to index 10', () => {
    expect(leadersBefore(events, at('n3 leads term 1'))).toEqual(['n3@1']);
    expect(logBefore(events, 'n1', at('n1 is cut off')).length - 1).toBe(2);
    const snaps = eventsOf(events, 'snapshot', at('n3 and n2 have applied 10 entries'));
    expect(snaps.map((s) => `${s.node}@${s.index}`).sort()).toEqual(['n2@10', 'n3@10']);
    const t = at('All sixteen writes are committed');
    expect(commitBefore(events, 'n3', t)).toBe(18);
    expect(logBefore(events, 'n1', t).length - 1).toBe(2);
    expect(rolesBefore(events, t).get('n3')).toMatchObject({ role: 'leader', term: 1 });
  });

  it('after the heal the leader sends InstallSnapshot up to 10, then entries 11 to 18', () => {
    const inFlight = at('The network heals');
    const snap = sends(events, { from: 'n3', to: 'n1', type: 'snapshot', index: 10 }, inFlight);
    expect(snap).toHaveLength(1);
    expect(arrived(events, snap[0]!, inFlight)).toBe(false);
    const installed = at('n1 installed the snapshot');
    expect(eventsOf(events, 'snapshot', installed).filter((e) => e.node === 'n1').map((e) => e.index)).toEqual([10]);
    expect(eventsOf(events, 'truncate', installed).filter((e) => e.node === 'n1')).toEqual([]);
    const end = at('Then the leader sent the entries after the snapshot');
    const applied = eventsOf(events, 'apply', end).filter((e) => e.node === 'n1' && e.index > 10).map((e) => e.index);
    expect(applied).toEqual([11, 12, 13, 14, 15, 16, 17, 18]);
  });

  it('n1 ends with the same store, leases and sessions as the leader', () => {
    const sim = runScenario(snapshotCatchUp.scenario, { trace: false });
    const image = (n: string) => JSON.stringify((sim.servers.get(n)?.machine as KvMachine).image());
    expect(image('n1')).toBe(image('n3'));
    expect(checkSafety(events)).toEqual([]);
  });
});
