import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/sim/trace-types';
import { clientIds, scenarioClients } from '../../src/ui/views/cluster/clients';
import { burstPath } from '../../src/ui/views/cluster/DropLayer';
import { recentDrops } from '../../src/ui/views/cluster/drops';
import { aloneNodes, allPairs, cutSet, groupIndex, hullPath, separated } from '../../src/ui/views/cluster/links';
import { KIND_STYLES, kindPath, LEGEND_KINDS, messageKind } from '../../src/ui/views/cluster/message-kinds';
import { makeScenario } from '../../src/scenario';

describe('message kinds', () => {
  it('sorts every Raft message type and tells replies apart', () => {
    expect(messageKind('vote')).toEqual({ kind: 'vote', reply: false });
    expect(messageKind('vote-resp')).toEqual({ kind: 'vote', reply: true });
    expect(messageKind('pre-vote-resp')).toEqual({ kind: 'prevote', reply: true });
    expect(messageKind('append')).toEqual({ kind: 'append', reply: false });
    expect(messageKind('heartbeat-resp')).toEqual({ kind: 'heartbeat', reply: true });
    expect(messageKind('snapshot').kind).toBe('snapshot');
    expect(messageKind('timeout-now').kind).toBe('timeout');
    expect(messageKind('client-request')).toEqual({ kind: 'client', reply: false });
    expect(messageKind('client-response')).toEqual({ kind: 'client', reply: true });
    expect(messageKind('read-index-resp')).toEqual({ kind: 'read', reply: true });
    expect(messageKind('something-new').kind).toBe('other');
  });

  it('gives each legend kind its own color or shape', () => {
    const looks = LEGEND_KINDS.map((k) => `${KIND_STYLES[k].color}|${KIND_STYLES[k].shape === KIND_STYLES.vote.shape}`);
    expect(new Set(looks).size).toBe(LEGEND_KINDS.length);
    expect(kindPath('append')).toMatch(/^M/);
    expect(kindPath('append')).toBe(kindPath('append'));
  });
});

const drop = (t: number, id: number): TraceEvent => ({ t, ev: 'drop', id, from: 'n1', to: 'n2', reason: 'loss' });

describe('recent drops', () => {
  const events: TraceEvent[] = [drop(100, 1), { t: 150, ev: 'heal' }, drop(400, 2), drop(500, 3), { t: 520, ev: 'commit', node: 'n1', index: 1 }];

  it('are the drops of the last 300 virtual ms, with their age', () => {
    const d = recentDrops(events, 520);
    expect(d.map((x) => x.id)).toEqual([3, 2]);
    expect(d[0]?.age).toBeCloseTo(20 / 300);
    expect(recentDrops(events, 450).map((x) => x.id)).toEqual([2]);
  });

  it('depend only on the time: rewinding shows the older burst again', () => {
    expect(recentDrops(events, 120).map((x) => x.id)).toEqual([1]);
    expect(recentDrops(events, 1000)).toEqual([]);
    expect(recentDrops([], 10)).toEqual([]);
  });

  it('burst grows with age', () => {
    expect(burstPath(0)).not.toBe(burstPath(0.5));
  });
});

describe('links and groups', () => {
  const ids = ['n1', 'n2', 'n3', 'n4', 'n5'];

  it('lists every pair once', () => {
    expect(allPairs(ids)).toHaveLength(10);
    expect(allPairs(['a'])).toEqual([]);
  });

  it('knows which pairs a partition or isolation separates', () => {
    const net = { groups: [['n1', 'n2'], ['n3', 'n4']], isolated: [], cut: [] as [string, string][], loss: 0 };
    const g = groupIndex(net);
    expect(separated(net, g, 'n1', 'n2')).toBe(false);
    expect(separated(net, g, 'n1', 'n3')).toBe(true);
    expect(separated(net, g, 'n5', 'n1')).toBe(true);
    expect([...aloneNodes(ids, net)]).toEqual(['n5']);
    const iso = { isolated: ['n2'], cut: [] as [string, string][], loss: 0 };
    expect(separated(iso, groupIndex(iso), 'n1', 'n2')).toBe(true);
    expect(separated(iso, groupIndex(iso), 'n1', 'n3')).toBe(false);
  });

  it('keeps one-way cuts one-way', () => {
    const cuts = cutSet({ isolated: [], cut: [['n1', 'n2']], loss: 0 });
    expect(cuts.has('n1>n2')).toBe(true);
    expect(cuts.has('n2>n1')).toBe(false);
  });

  it('draws hulls for one, two and many points', () => {
    expect(hullPath([])).toBe('');
    expect(hullPath([{ x: 1, y: 2 }])).toBe('M1.0,2.0L1.0,2.0');
    expect(hullPath([{ x: 0, y: 0 }, { x: 10, y: 0 }])).toBe('M0.0,0.0L10.0,0.0Z');
    expect(hullPath([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 5, y: 10 }, { x: 5, y: 3 }]).match(/L/g)).toHaveLength(2);
  });
});

describe('clients', () => {
  it('come from the scenario and from message ends that are not nodes', () => {
    const s = makeScenario({ steps: [{ at: 5, do: 'client', client: 'c2', op: { type: 'get', key: 'a' } }] });
    const msg = { id: 1, from: 'c1', to: 'n1', sentAt: 0, deliverAt: 5, doomed: false, msg: { type: 'client-request', term: 0 } };
    expect(clientIds(scenarioClients(s), [msg], new Set(['n1', 'n2', 'n3']))).toEqual(['c1', 'c2']);
    expect(clientIds(scenarioClients(undefined), [], new Set())).toEqual([]);
  });
});

describe('burstSpot', () => {
  it('keeps a burst clear of the receiver, and moves it back along the lane off what it must avoid', async () => {
    const { burstSpot, BURST_REACH } = await import('../../src/ui/views/cluster/DropLayer');
    const a = { x: 0, y: 0 };
    const b = { x: 300, y: 0 };
    const inset = 40;
    const plain = burstSpot(a, b, inset);
    expect(plain.size).toBe(1);
    expect(Math.hypot(plain.at.x - b.x, plain.at.y - b.y)).toBeGreaterThanOrEqual(inset + BURST_REACH - 1);
    // A label where the lane ends: the burst goes further back.
    const label = { x: plain.at.x - 30, y: plain.at.y - 30, width: 60, height: 60 };
    const moved = burstSpot(a, b, inset, [label]);
    expect(moved.at.x + BURST_REACH).toBeLessThanOrEqual(label.x);
    // A lane too short for a whole burst: shrunk into the gap between the two discs.
    const short = burstSpot(a, { x: 100, y: 0 }, inset);
    expect(short.size).toBeLessThan(1);
    expect(short.at.x - BURST_REACH * short.size).toBeGreaterThanOrEqual(inset - 1);
    expect(short.at.x + BURST_REACH * short.size).toBeLessThanOrEqual(100 - inset + 1);
  });
});
