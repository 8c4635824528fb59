import { describe, expect, it } from 'vitest';
import { makeScenario, parseScenario } from '../../src/scenario';
import { nodeActions } from '../../src/ui/views/faults/node-actions';
import {
  assignmentFromNetwork,
  checkPartition,
  currentLeader,
  groupSizes,
  isolateLeaderPreset,
  splitPreset,
  thirdsPreset,
  toGroups,
} from '../../src/ui/views/faults/partition';
import { applySettings, fitStep, formFromScenario, nodeIdsForSize, readSettings, slowHeartbeat } from '../../src/ui/views/faults/settings';

const five = ['n1', 'n2', 'n3', 'n4', 'n5'];
const nine = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9'];

describe('partition dialog', () => {
  it('presets: split 2-3, isolate the leader, 3-3-3', () => {
    expect(toGroups(five, splitPreset(five))).toEqual([['n1', 'n2'], ['n3', 'n4', 'n5']]);
    expect(toGroups(five, isolateLeaderPreset(five, 'n3'))).toEqual([['n3'], ['n1', 'n2', 'n4', 'n5']]);
    expect(groupSizes(nine, thirdsPreset(nine))).toEqual([3, 3, 3]);
    expect(groupSizes(['a', 'b', 'c', 'd'], thirdsPreset(['a', 'b', 'c', 'd']))).toEqual([2, 2]);
  });

  it('starts from the current partition, or everyone in A', () => {
    expect(assignmentFromNetwork(five, { isolated: [], cut: [], loss: 0 })).toEqual({ n1: 0, n2: 0, n3: 0, n4: 0, n5: 0 });
    const a = assignmentFromNetwork(five, { groups: [['n4'], ['n1', 'n2']], isolated: [], cut: [], loss: 0 });
    expect(a).toMatchObject({ n4: 0, n1: 1, n2: 1, n3: 0 });
  });

  it('leaves empty groups out of the step', () => {
    expect(toGroups(['n1', 'n2'], { n1: 2, n2: 0 })).toEqual([['n2'], ['n1']]);
  });

  it('refuses unknown nodes and warns when nothing is cut', () => {
    expect(checkPartition(five, { ...splitPreset(five), zz: 1 }).error).toEqual({ kind: 'unknown', node: 'zz' });
    expect(checkPartition(five, { n1: 0, n2: 0, n3: 0, n4: 0, n5: 0 }).warning).toEqual({ kind: 'one-group' });
    expect(checkPartition(five, splitPreset(five))).toEqual({});
    expect(checkPartition([], {}).error).toEqual({ kind: 'empty' });
  });

  it('the steps it makes are valid scenario steps', () => {
    const s = makeScenario({ cluster: { nodes: nine }, steps: [{ at: 10, do: 'partition', groups: toGroups(nine, thirdsPreset(nine)) }] });
    expect(s.steps).toHaveLength(1);
  });

  it('finds the leader of the highest term', () => {
    const n = (id: string, role: string, term: number, up = true) => ({ id, role, term, up });
    expect(currentLeader([n('n1', 'leader', 2), n('n2', 'leader', 3), n('n3', 'follower', 3)])).toBe('n2');
    expect(currentLeader([n('n1', 'leader', 5, false), n('n2', 'follower', 5)])).toBeUndefined();
  });
});

describe('node menu', () => {
  it('offers crash for a running node, restart for a crashed one', () => {
    expect(nodeActions({ id: 'n1', up: true, role: 'follower', isolated: false, leader: 'n2' })[0]?.action).toEqual({ do: 'crash', node: 'n1' });
    expect(nodeActions({ id: 'n1', up: false, role: 'follower', isolated: false, leader: 'n2' })[0]?.action).toEqual({ do: 'restart', node: 'n1' });
  });

  it('turns everything off once the run has ended', () => {
    const items = nodeActions({ id: 'n1', up: true, role: 'follower', isolated: false, leader: 'n2', ended: true });
    expect(items.every((i) => i.off === 'ended')).toBe(true);
  });

  it('explains why an item is off', () => {
    const leader = nodeActions({ id: 'n2', up: true, role: 'leader', isolated: true, leader: 'n2' });
    const off = Object.fromEntries(leader.map((i) => [i.key, i.off]));
    expect(off).toEqual({ crash: undefined, isolate: 'isolated', timeout: 'leaderNoTimer', transfer: 'alreadyLeader' });
    const lonely = nodeActions({ id: 'n3', up: true, role: 'follower', isolated: false, leader: undefined });
    expect(lonely.find((i) => i.key === 'transfer')?.off).toBe('noLeader');
    expect(lonely.find((i) => i.key === 'transfer')?.action).toEqual({ do: 'transfer', to: 'n3' });
  });
});

describe('cluster settings', () => {
  const base = makeScenario({
    cluster: { nodes: five },
    steps: [
      { at: 100, do: 'crash', node: 'n5' },
      { at: 200, do: 'crash', node: 'leader' },
      { at: 300, do: 'partition', groups: [['n1', 'n5'], ['n2', 'n3']] },
      { at: 400, do: 'link', from: 'n4', to: 'n1', state: 'down' },
      { at: 500, do: 'client', client: 'c1', node: 'n4', op: { type: 'put', key: 'k', value: 'v' } },
      { at: 600, do: 'add-node', node: 'n7' },
      { at: 700, do: 'crash', node: 'n7' },
    ],
  });
  const form = formFromScenario(base);

  it('reads the form back unchanged', () => {
    const r = readSettings(form);
    expect(r).toEqual({ ok: true, settings: { size: 5, electionTimeout: [150, 300], heartbeat: 50, preVote: true, checkQuorum: true } });
  });

  it('names each bad field: whole numbers, 1 to 9 nodes, min <= max, at least 1 ms', () => {
    const r = readSettings({ ...form, size: '10', electionMin: '300', electionMax: '200', heartbeat: '0' });
    expect(r).toEqual({ ok: false, errors: { size: 'size', electionMax: 'order', heartbeat: 'positive' } });
    const s = readSettings({ ...form, size: '2.5', electionMin: 'abc', electionMax: '99999999999', heartbeat: ' 40 ' });
    expect(s).toEqual({ ok: false, errors: { size: 'integer', electionMin: 'integer', electionMax: 'integer' } });
    expect(readSettings({ ...form, electionMax: '86400001' })).toEqual({ ok: false, errors: { electionMax: 'tooLarge' } });
  });

  it('warns when heartbeats are not faster than the election timeout', () => {
    expect(slowHeartbeat({ size: 3, electionTimeout: [150, 300], heartbeat: 150, preVote: true, checkQuorum: true })).toBe(true);
    expect(slowHeartbeat({ size: 3, electionTimeout: [150, 300], heartbeat: 50, preVote: true, checkQuorum: true })).toBe(false);
  });

  it('keeps node ids and adds fresh ones', () => {
    expect(nodeIdsForSize(five, 3)).toEqual(['n1', 'n2', 'n3']);
    expect(nodeIdsForSize(['a', 'n2'], 4)).toEqual(['a', 'n2', 'n1', 'n3']);
  });

  it('shrinking keeps the steps that still make sense, and the result is a valid scenario', () => {
    const { scenario, dropped } = applySettings(base, { size: 3, electionTimeout: [200, 400], heartbeat: 40, preVote: false, checkQuorum: false }, true);
    expect(scenario.cluster).toMatchObject({ nodes: ['n1', 'n2', 'n3'], electionTimeout: [200, 400], heartbeatInterval: 40, preVote: false, checkQuorum: false });
    expect(scenario.steps.map((s) => s.do)).toEqual(['crash', 'partition', 'client', 'add-node', 'crash']);
    expect(scenario.steps[1]).toMatchObject({ groups: [['n1'], ['n2', 'n3']] });
    expect(scenario.steps[2]).not.toHaveProperty('node');
    expect(dropped).toBe(2);
    expect(parseScenario(scenario).ok).toBe(true);
  });

  it('growing over an added node drops that add-node step; starting fresh drops all', () => {
    const grown = applySettings(base, { size: 7, electionTimeout: [150, 300], heartbeat: 50, preVote: true, checkQuorum: true }, true);
    expect(grown.scenario.cluster.nodes).toEqual(['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7']);
    expect(grown.scenario.steps.some((s) => s.do === 'add-node')).toBe(false);
    expect(parseScenario(grown.scenario).ok).toBe(true);
    const fresh = applySettings(base, { size: 5, electionTimeout: [150, 300], heartbeat: 50, preVote: true, checkQuorum: true }, false);
    expect(fresh.scenario.steps).toEqual([]);
    expect(fresh.dropped).toBe(0);
  });

  it('a client step loses only its contact node', () => {
    const step = { at: 1, do: 'client' as const, client: 'c1', node: 'n9', op: { type: 'get' as const, key: 'a' } };
    expect(fitStep(step, new Set(['n1']))).toEqual({ at: 1, do: 'client', client: 'c1', op: { type: 'get', key: 'a' } });
    expect(fitStep({ at: 1, do: 'heal' }, new Set())).toEqual({ at: 1, do: 'heal' });
  });
});
