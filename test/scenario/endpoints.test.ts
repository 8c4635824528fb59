// A client step's `endpoints` (extension): read and kept through a share link, refused with
// an error naming the field; and in the simulation the client contacts only those nodes.

import { describe, expect, it } from 'vitest';
import { makeScenario, parseScenario } from '../../src/scenario';
import { decodeLink, encodeLink } from '../../src/scenario/link';
import { createSimulation } from '../../src/sim/run';
import type { Step } from '../../src/sim/scenario-types';
import { withSteps } from './examples';

const pinned = (endpoints: unknown, op: unknown = { type: 'get', key: 'health' }) => withSteps({ at: 100, do: 'client', client: 'c1', op, endpoints });

describe('client step endpoints', () => {
  it('is read as written, and survives a share link', () => {
    const parsed = parseScenario(pinned(['n3', 'n1']));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.scenario.steps[0]).toEqual({ at: 100, do: 'client', client: 'c1', op: { type: 'get', key: 'health' }, endpoints: ['n3', 'n1'] });
    const link = decodeLink(encodeLink(parsed.scenario));
    expect(link.ok && link.scenario.steps[0]).toEqual(parsed.scenario.steps[0]);
  });

  const CASES: [string, unknown, unknown, string][] = [
    ['not a list', 'n1', undefined, 'steps[0].endpoints: expected a list of node ids'],
    ['empty', [], undefined, 'steps[0].endpoints: endpoints needs at least one node id (leave it out to let the client use every node)'],
    ['an unknown node', ['n1', 'n9'], undefined, 'steps[0].endpoints[1]: unknown node "n9" (nodes are n1, n2, n3)'],
    ['"leader"', ['leader'], undefined, 'steps[0].endpoints[0]: client needs a node id; "leader" is not allowed here'],
    ['a node twice', ['n2', 'n2'], undefined, 'steps[0].endpoints[1]: "n2" is already in endpoints[0]'],
    ['a recipe op', ['n1'], { type: 'lock', name: 'm' }, 'steps[0].endpoints: endpoints is not supported for a lock op (its recipe chooses the nodes it contacts); only for single requests'],
  ];
  it.each(CASES)('refuses %s', (_what, endpoints, op, error) => {
    expect(parseScenario(pinned(endpoints, op))).toEqual({ ok: false, error });
  });

  it('keeps the client on its endpoints: a get pinned to a crashed node fails, the same get unpinned fails over', () => {
    const answers = (endpoints?: string[]) => {
      const steps: Step[] = [
        { at: 1000, do: 'crash', node: 'n3' },
        { at: 1100, do: 'client', client: 'c1', op: { type: 'get', key: 'k' }, node: 'n3', ...(endpoints ? { endpoints } : {}) },
      ];
      const sim = createSimulation(makeScenario({ cluster: { nodes: ['n1', 'n2', 'n3'] }, steps, until: 12_000 }), { trace: true });
      sim.runUntil(12_000);
      const ret = sim.recorder.events.find((e) => e.ev === 'return');
      return ret?.ev === 'return' && ret.ok;
    };
    expect(answers()).toBe(true);
    expect(answers(['n3'])).toBe(false);
  });
});
