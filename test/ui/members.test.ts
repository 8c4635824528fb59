import { describe, expect, it } from 'vitest';
import { addBlocked, configuration, incomingSnapshots, knownIds, memberActions, nextNodeId, parseSnapshotsKey, snapshotsKey } from '../../src/ui/views/members/membership';
import { makeScenario } from '../../src/scenario';
import type { NodeView } from '../../src/protocol';

const node = (id: string, voter: boolean, learner = false) => ({ id, voter, learner }) as NodeView;

describe('membership on the page', () => {
  it('a new node gets the first id the scenario never named, counting refused add-node steps', () => {
    const scenario = makeScenario({ cluster: { nodes: ['n1', 'n2', 'n3'] }, steps: [{ at: 5, do: 'add-node', node: 'n4' }] });
    const known = knownIds(scenario, [node('n1', true), node('n2', true), node('n3', true)]);
    expect(nextNodeId(known)).toBe('n5');
  });

  it('adding is refused without a leader, at the end, or with nine members', () => {
    const nine = configuration(Array.from({ length: 9 }, (_, i) => node(`n${i + 1}`, i < 7, i >= 7)));
    expect(addBlocked({ ended: false, leader: 'n1', conf: nine, known: 9 })).toBe('full');
    expect(addBlocked({ ended: false, leader: undefined, conf: configuration([]), known: 3 })).toBe('noLeader');
    expect(addBlocked({ ended: true, leader: 'n1', conf: configuration([]), known: 3 })).toBe('ended');
    expect(addBlocked({ ended: false, leader: 'n1', conf: configuration([node('n1', true)]), known: 16 })).toBe('ids');
  });

  it('the menu promotes learners and removes members; a joining node has neither', () => {
    expect(memberActions(node('n4', false, true), 'n1', false).map((i) => i.key)).toEqual(['promote', 'remove']);
    expect(memberActions(node('n2', true), 'n1', false)).toEqual([{ key: 'remove', action: { do: 'remove-node', node: 'n2' } }]);
    expect(memberActions(node('n5', false), 'n1', false)).toEqual([]);
    expect(memberActions(node('n2', true), undefined, false)[0]?.off).toBe('noLeader');
  });

  it('the highest snapshot on its way to each node', () => {
    const m = (to: string, type: string, index: number) => ({ to, msg: { type, index } });
    expect([...incomingSnapshots([m('n3', 'snapshot', 10), m('n3', 'snapshot', 20), m('n2', 'append', 5)])]).toEqual([['n3', 20]]);
  });
});

describe('incoming snapshots as a stable key', () => {
  it('round-trips', () => {
    const m = new Map([['n3', 20], ['n4', 0]]);
    expect(parseSnapshotsKey(snapshotsKey(m))).toEqual(m);
    expect(parseSnapshotsKey('')).toEqual(new Map());
  });
});
