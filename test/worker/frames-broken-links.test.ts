// The frame's broken client connections (worker/frames.ts brokenLinks), the ring's red
// dashed links: named by client, node and cause; drawn while the client has not noticed the
// break and for a while after; gone once the connection is open again or long after.

import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../src/scenario';
import { createSimulation } from '../../src/sim/run';
import type { Step } from '../../src/sim/scenario-types';
import { BROKEN_LINK_SHOWN_MS, brokenLinks, emptyFrame } from '../../src/worker/frames';

const watch: Step = { at: 300, do: 'client', client: 'w', node: 'n2', op: { type: 'watch', key: 'a' } };
const sim = (steps: Step[], loss = 0, seed = 1) => createSimulation(makeScenario({ seed, cluster: { nodes: ['n1', 'n2', 'n3'] }, network: { latency: [5, 15], loss }, until: 9000, steps }), { trace: true });

describe('frame: broken client connections', () => {
  it('a crashed endpoint: the link is broken (crashed), the client knows, and it is shown for a while only', () => {
    const s = sim([watch, { at: 700, do: 'crash', node: 'n2' }]);
    s.runUntil(699);
    expect(emptyFrame(s).brokenLinks).toEqual([]);
    s.runUntil(701);
    expect(emptyFrame(s).brokenLinks).toEqual([{ client: 'w', node: 'n2', reason: 'crashed', brokeAt: 700, noticed: true }]);
    s.runUntil(700 + BROKEN_LINK_SHOWN_MS - 1);
    expect(brokenLinks(s)).toHaveLength(1);
    s.runUntil(700 + BROKEN_LINK_SHOWN_MS);
    expect(brokenLinks(s)).toEqual([]);
  });

  it('loss on the stream: broken (loss) and not noticed until the keepalive timeout, then noticed', () => {
    const steps: Step[] = [watch, ...Array.from({ length: 12 }, (_, i): Step => ({ at: 400 + i * 60, do: 'client', client: 'p', op: { type: 'put', key: 'a', value: `v${i}` } }))];
    const s = sim(steps, 0.2, 3);
    const seen: { reason: string; noticed: boolean }[] = [];
    for (let t = 300; t < 4000; t += 10) {
      s.runUntil(t);
      for (const l of brokenLinks(s)) seen.push({ reason: l.reason, noticed: l.noticed });
    }
    expect(seen.some((l) => l.reason === 'loss' && !l.noticed)).toBe(true);
    expect(seen.some((l) => l.reason === 'loss' && l.noticed)).toBe(true);
  });

  it('a crashed client is drawn crashed, not with broken links', () => {
    const s = sim([watch, { at: 700, do: 'crash', node: 'n2' }, { at: 701, do: 'client-crash', client: 'w' }]);
    s.runUntil(702);
    expect(brokenLinks(s)).toEqual([]);
  });

  it('a restarted endpoint the client talks to again: the link is open, no longer drawn broken', () => {
    const s = sim([
      { at: 300, do: 'client', client: 'c', node: 'n2', op: { type: 'get', key: 'a' } },
      { at: 700, do: 'crash', node: 'n2' },
      { at: 800, do: 'restart', node: 'n2' },
      { at: 1500, do: 'client', client: 'c', node: 'n2', op: { type: 'get', key: 'a' } },
    ]);
    s.runUntil(750);
    expect(brokenLinks(s).map((l) => l.node)).toEqual(['n2']);
    s.runUntil(1600);
    expect(brokenLinks(s)).toEqual([]);
  });
});
