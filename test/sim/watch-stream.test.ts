// Client connections as etcd's: a watch is a stream that delivers in order or breaks, and a
// broken one is resumed elsewhere from its last revision + 1 (clientv3 watch.go), or canceled
// with the compaction revision. Each test fails on a simulation that drops single messages
// from a client's stream or forgets watches when their node goes away.

import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../src/scenario';
import { runScenario } from '../../src/sim/run';
import { checkWatches } from '../../src/check/watches';
import type { Step } from '../../src/sim/scenario-types';
import type { TraceEvent } from '../../src/sim/trace-types';

const put = (at: number, value: string, node?: string): Step => ({ at, do: 'client', client: 'p', ...(node ? { node } : {}), op: { type: 'put', key: 'a', value } });

function run(steps: Step[], seed: number, loss = 0, until = 6000): TraceEvent[] {
  const scenario = makeScenario({ seed, cluster: { nodes: ['n1', 'n2', 'n3'] }, network: { latency: [5, 15], loss }, until, steps });
  return runScenario(scenario, { trace: true }).recorder.events as TraceEvent[];
}

const putRevisions = (trace: readonly TraceEvent[]) => trace.flatMap((e) => (e.ev === 'return' && e.client === 'p' && e.ok && e.result ? [e.result.header.revision] : []));
/**
 * The revisions p's puts took effect at, from the apply events that name them (TRACE.md
 * 1.1): a put whose connection broke returns "unavailable" (outcome unknown) yet may have
 * been applied, and its watchers see it.
 */
const appliedRevisions = (trace: readonly TraceEvent[]) => {
  const at = new Map<number, number>();
  for (const e of trace) if (e.ev === 'apply' && e.client === 'p' && e.call !== undefined && !e.duplicate && !at.has(e.call)) at.set(e.call, e.revision);
  return [...at.values()].sort((a, b) => a - b);
};
const watchedRevisions = (trace: readonly TraceEvent[]) => trace.flatMap((e) => (e.ev === 'watch' ? e.events.map((x) => x.kv.modRevision) : []));

describe('a watch under loss never skips a revision', () => {
  // Seed 3 with 20% loss: the old simulation delivered revisions 2, 4, 6 of puts 2..7.
  const steps: Step[] = [{ at: 300, do: 'client', client: 'w', node: 'n2', op: { type: 'watch', key: 'a' } }, ...Array.from({ length: 12 }, (_, i) => put(400 + i * 60, `v${i}`))];

  it('every successful put is delivered once, in order; the broken connections are named', () => {
    const trace = run(steps, 3, 0.2);
    const puts = putRevisions(trace);
    expect(puts.length).toBeGreaterThan(2);
    expect(watchedRevisions(trace)).toEqual(appliedRevisions(trace));
    expect(appliedRevisions(trace)).toEqual(expect.arrayContaining(puts));
    expect(trace.some((e) => e.ev === 'conn' && e.state === 'broken' && e.reason === 'loss')).toBe(true);
    expect(trace.some((e) => e.ev === 'watch-resume' && e.client === 'w')).toBe(true);
    expect(checkWatches(trace)).toMatchObject({ ok: true });
  });

  it('no single message is dropped from the middle of a stream: what follows a lost one is dropped as broken', () => {
    const trace = run(steps, 5, 0.2);
    const clientIds = new Set(['w', 'p']);
    const lostOnStream = trace.filter((e) => e.ev === 'drop' && e.reason === 'loss' && (clientIds.has(e.from) || clientIds.has(e.to)));
    const breaks = trace.filter((e) => e.ev === 'conn' && e.state === 'broken' && e.reason === 'loss');
    expect(lostOnStream.length).toBe(breaks.length);
    expect(watchedRevisions(trace)).toEqual(appliedRevisions(trace));
  });
});

describe('a broken watch resumes from its last revision + 1', () => {
  it('the endpoint crashes: the watch goes on at another node without a gap', () => {
    const steps: Step[] = [
      { at: 300, do: 'client', client: 'w', node: 'n2', op: { type: 'watch', key: 'a' } },
      put(400, 'x1'),
      put(500, 'x2'),
      { at: 700, do: 'crash', node: 'n2' },
      put(800, 'x3'),
      put(900, 'x4'),
    ];
    const trace = run(steps, 1, 0, 5000);
    const puts = putRevisions(trace);
    expect(puts).toHaveLength(4);
    expect(watchedRevisions(trace)).toEqual(puts);
    const resume = trace.find((e) => e.ev === 'watch-resume');
    expect(resume).toMatchObject({ client: 'w', revision: (puts[1] as number) + 1 });
    expect(resume && 'node' in resume && resume.node).not.toBe('n2');
    expect(checkWatches(trace)).toMatchObject({ ok: true });
  });

  it('resuming below the compaction cancels the watch with the compaction revision', () => {
    // n2 is cut off from the others, so the watch there sees nothing of the puts; the
    // history is compacted; n2 crashes and the watch, resumed elsewhere, needs a compacted revision.
    const steps: Step[] = [
      { at: 300, do: 'client', client: 'w', node: 'n2', op: { type: 'watch', key: 'a' } },
      { at: 400, do: 'isolate', node: 'n2' },
      put(500, 'x1', 'n1'),
      put(600, 'x2', 'n1'),
      put(700, 'x3', 'n1'),
      { at: 1000, do: 'client', client: 'k', node: 'n1', op: { type: 'compact', revision: 4 } },
      { at: 1500, do: 'crash', node: 'n2' },
    ];
    const trace = run(steps, 1, 0, 3000);
    expect(watchedRevisions(trace)).toEqual([]);
    const cancel = trace.find((e) => e.ev === 'watch-cancel');
    expect(cancel).toMatchObject({ client: 'w', revision: 2, compactRevision: 4 });
    expect(checkWatches(trace)).toMatchObject({ ok: true });
  });
});

describe('the election recipe under loss', () => {
  it('a waiter sees the DELETE of the key ahead of it and is elected', () => {
    // Seed 3: the old simulation lost the watch event of c1's resign, and c2 waited forever.
    const steps: Step[] = [
      { at: 300, do: 'client', client: 'c1', op: { type: 'campaign', election: 'e', value: 'one', ttl: 5 } },
      { at: 1500, do: 'client', client: 'c2', op: { type: 'campaign', election: 'e', value: 'two', ttl: 5 } },
      { at: 2500, do: 'loss', rate: 0.3 },
      { at: 3000, do: 'client', client: 'c1', op: { type: 'resign', election: 'e' } },
      { at: 5000, do: 'loss', rate: 0 },
    ];
    const trace = run(steps, 3, 0, 9000);
    const resigned = trace.find((e) => e.ev === 'resigned' && e.client === 'c1');
    const elected = trace.find((e) => e.ev === 'elected' && e.client === 'c2');
    expect(resigned).toBeDefined();
    expect(elected && resigned && elected.t > resigned.t).toBe(true);
  });
});
