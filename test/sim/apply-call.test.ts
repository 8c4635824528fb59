// TRACE.md 1.1: an apply event of an entry carrying a client's request names that request
// (client and the id of the invoke it serves), and a retry applied again says duplicate.

import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../src/scenario';
import { BUILTINS } from '../../src/scenario/builtins';
import { fuzzScenario } from '../../src/scenario/fuzz';
import { createSimulation } from '../../src/sim/run';
import type { Scenario } from '../../src/sim/scenario-types';
import type { TraceEvent } from '../../src/sim/trace-types';

type Apply = Extract<TraceEvent, { ev: 'apply' }>;

function run(scenario: Scenario): readonly TraceEvent[] {
  const sim = createSimulation(scenario, { trace: true });
  sim.runUntil(scenario.until);
  return sim.recorder.events;
}

const applies = (events: readonly TraceEvent[]) => events.filter((e): e is Apply => e.ev === 'apply');
const invokeId = (events: readonly TraceEvent[], client: string, type: string) =>
  events.filter((e) => e.ev === 'invoke' && e.client === client && e.op.type === type).map((e) => (e.ev === 'invoke' ? e.id : -1));

describe('apply events name the call they serve', () => {
  it("a put's entry names its client and invoke on every node; a leader's noop names none", () => {
    const steps = [
      { at: 1000, do: 'client' as const, client: 'c1', op: { type: 'get' as const, key: 'a' } },
      { at: 1100, do: 'client' as const, client: 'c1', op: { type: 'put' as const, key: 'a', value: '1' } },
    ];
    const events = run(makeScenario({ cluster: { nodes: ['n1', 'n2', 'n3'] }, until: 2000, steps }));
    const [put] = invokeId(events, 'c1', 'put');
    const ofPut = applies(events).filter((e) => e.entry.includes('put a=1'));
    expect(ofPut.map((e) => e.node).sort()).toEqual(['n1', 'n2', 'n3']);
    expect(ofPut.every((e) => e.client === 'c1' && e.call === put && e.duplicate === undefined)).toBe(true);
    const noops = applies(events).filter((e) => e.entry.endsWith(':noop'));
    expect(noops.length).toBeGreaterThan(0);
    expect(noops.every((e) => !('client' in e) && !('call' in e))).toBe(true);
    // Key order is part of the format: the new fields follow the version-1 ones.
    expect(Object.keys(ofPut[0] as Apply)).toEqual(['t', 'ev', 'node', 'index', 'term', 'entry', 'revision', 'client', 'call']);
  });

  it("a campaign's lease grant and key name the campaign; a resign's and a proclaim's requests name theirs", () => {
    const b = BUILTINS.find((x) => x.id === 'election-watch-chain');
    if (!b) throw new Error('builtin missing');
    const events = run(b.scenario);
    const [campaign] = invokeId(events, 'c1', 'campaign');
    const [resign] = invokeId(events, 'c1', 'resign');
    const [proclaim] = invokeId(events, 'c3', 'proclaim');
    const callsOf = (needle: string, client: string) => new Set(applies(events).filter((e) => e.client === client && e.entry.includes(needle)).map((e) => e.call));
    expect(callsOf('lease-grant', 'c1')).toEqual(new Set([campaign]));
    expect(callsOf('resign', 'c1')).toEqual(new Set([resign]));
    expect(callsOf('lease-revoke', 'c1')).toEqual(new Set([resign]));
    expect(callsOf('proclaim', 'c3')).toEqual(new Set([proclaim]));
  });

  it('a retry the servers recognize is applied as a duplicate: it names the same call and changes nothing', () => {
    let found: readonly TraceEvent[] | undefined;
    for (let seed = 1; seed <= 60 && !found; seed++) {
      const events = run(fuzzScenario(seed, { nodes: 3, clients: true }).scenario);
      if (applies(events).some((e) => e.duplicate)) found = events;
    }
    if (!found) throw new Error('no fuzz run among 60 seeds applied a duplicate');
    // The revision a node's store had before each apply (a snapshot installed in between resets it).
    const lastRevision = new Map<string, number>();
    const applied = new Set(applies(found).filter((e) => !e.duplicate && e.call !== undefined).map((e) => `${e.client} ${e.call}`));
    let duplicates = 0;
    for (const e of found) {
      if (e.ev === 'snapshot' || e.ev === 'restart') lastRevision.delete(e.node);
      if (e.ev !== 'apply') continue;
      if (e.duplicate) {
        duplicates++;
        expect(applied.has(`${e.client} ${e.call}`)).toBe(true);
        if (lastRevision.has(e.node)) expect(e.revision).toBe(lastRevision.get(e.node));
      }
      lastRevision.set(e.node, e.revision);
    }
    expect(duplicates).toBeGreaterThan(0);
  });
});
