// The ShiViz export: the file parses the way ShiViz parses it (regex with named groups,
// JSON clocks), each process's own clock starts at 1 and grows by 1, every receive knows its
// send (vector clocks follow send / receive causality), and clocks only name real processes.

import { describe, expect, it } from 'vitest';
import { builtin } from '../../src/scenario/builtins';
import { runScenario } from '../../src/sim/run';
import type { TraceEvent } from '../../src/sim/trace-types';
import { shivizEvents, toShiViz } from '../../src/ui/views/spacetime/shiviz';

type Clock = Record<string, number>;

const trace = [...runScenario(builtin('leader-crash')!, { trace: true }).recorder.events];

/** What ShiViz does with a file: regex from line 1 (wrapped in ^ $), delimiter line 2, then matches. */
function parseLikeShiViz(file: string): { host: string; clock: Clock; event: string }[] {
  const [regex, delimiter] = file.split('\n', 2);
  expect(delimiter).toBe('');
  const log = file.slice(file.indexOf('\n', file.indexOf('\n') + 1) + 1);
  const re = new RegExp(`^${regex}$`, 'gm');
  const out: { host: string; clock: Clock; event: string }[] = [];
  for (const m of log.matchAll(re)) out.push({ host: m.groups!.host!, clock: JSON.parse(m.groups!.clock!) as Clock, event: m.groups!.event! });
  return out;
}

/** a ≤ b component-wise. */
const leq = (a: Clock, b: Clock) => Object.entries(a).every(([h, n]) => (b[h] ?? 0) >= n);

describe('ShiViz export', () => {
  const file = toShiViz(trace);
  const parsed = parseLikeShiViz(file);

  it('every event line parses with the header regex', () => {
    const lines = file.trim().split('\n').slice(2);
    expect(parsed.length).toBe(lines.length);
    expect(parsed.length).toBeGreaterThan(100);
    expect(parsed.some((e) => e.event.includes('leader term='))).toBe(true);
  });

  it("each process's own clock starts at 1 and grows by exactly 1 (ShiViz rejects anything else)", () => {
    const last = new Map<string, number>();
    for (const e of parsed) {
      expect(e.clock[e.host]).toBe((last.get(e.host) ?? 0) + 1);
      last.set(e.host, e.clock[e.host] as number);
    }
    // Clocks only name processes that have at least that many events.
    for (const e of parsed) for (const [h, n] of Object.entries(e.clock)) expect(n).toBeLessThanOrEqual(last.get(h) ?? 0);
  });

  it('a receive happens after its send: its clock dominates the send clock, and not the other way', () => {
    const events = shivizEvents(trace);
    const byIndex = new Map(events.map((e) => [e.index, e]));
    const sends = new Map<number, Clock>();
    let received = 0;
    trace.forEach((e: TraceEvent, i) => {
      if (e.ev === 'send') sends.set(e.id, byIndex.get(i)!.clock);
      if (e.ev === 'recv') {
        const send = sends.get(e.id)!;
        const recv = byIndex.get(i)!.clock;
        expect(leq(send, recv)).toBe(true);
        expect(leq(recv, send)).toBe(false);
        received++;
      }
    });
    expect(received).toBeGreaterThan(50);
  });

  it('two nodes that exchanged nothing yet have concurrent events', () => {
    const events = shivizEvents(trace);
    const firstOf = (host: string) => events.find((e) => e.host === host)!.clock;
    const [a, b] = [firstOf('n1'), firstOf('n2')];
    expect(leq(a, b) || leq(b, a)).toBe(false);
  });
});
