import { describe, expect, it } from 'vitest';
import type { Frame } from '../../src/protocol';
import type { Scenario } from '../../src/sim/scenario-types';
import type { TraceEvent } from '../../src/sim/trace-types';
import { applyFrame, EMPTY_VIEW, KEPT_EVENTS, type SimView } from '../../src/ui/apply-frame';
import { makeScenario } from '../../src/scenario';
import { MAX_HISTORY, TermHistory } from '../../src/ui/views/terms/term-history';

/** A run's trace: an election every 100 ms, with sends in between (most of a real trace). */
function trace(n: number): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (let i = 0; i < n; i++) {
    const t = i * 10;
    if (i % 10 === 0) out.push({ t, ev: 'role', node: 'n1', role: 'candidate', term: i / 10 + 1 });
    else if (i % 10 === 1) out.push({ t, ev: 'vote', node: 'n2', term: (i - 1) / 10 + 1, for: 'n1' });
    else out.push({ t, ev: 'send', id: i, from: 'n1', to: 'n2', at: t + 5, msg: { type: 'app', term: 1 } });
  }
  return out;
}

function frame(events: TraceEvent[], eventOffset: number, reset: boolean, scenario?: Scenario): Frame {
  return {
    reset,
    time: events.at(-1)?.t ?? 0,
    until: 1e9,
    playing: false,
    speed: 1,
    eventOffset,
    events,
    trace: { keep: 0, append: '' },
    nodes: [],
    quorum: 0,
    messages: [],
    network: { isolated: [], cut: [], loss: 0 },
    logs: [],
    ...(scenario ? { scenario } : {}),
  };
}

/** The page's view after the worker sent `all` up to `upTo` in frames of `chunk` events. */
function play(view: SimView, all: TraceEvent[], from: number, upTo: number, chunk: number, h: TermHistory): SimView {
  let v = view;
  for (let i = from; i < upTo; i += chunk) {
    v = applyFrame(v, frame(all.slice(i, Math.min(upTo, i + chunk)), i, false));
    h.update(v);
  }
  return v;
}

const elections = (h: TermHistory) => h.events().filter((e) => e.ev === 'role').length;

describe('TermHistory', () => {
  const scenario = makeScenario({ name: 'a' });
  const all = trace(60_000);

  it('keeps every election even after the store trimmed its events', () => {
    const h = new TermHistory();
    let v = applyFrame(EMPTY_VIEW, frame([], 0, true, scenario));
    h.update(v);
    v = play(v, all, 0, 50_000, 500, h);
    expect(v.eventOffset).toBeGreaterThan(0);
    expect(v.events.length).toBeLessThanOrEqual(KEPT_EVENTS);
    expect(elections(h)).toBe(5000);
    expect(h.complete).toBe(true);
  });

  it('keeps the history before the new position across a seek backward of the same run', () => {
    const h = new TermHistory();
    let v = applyFrame(EMPTY_VIEW, frame([], 0, true, scenario));
    h.update(v);
    v = play(v, all, 0, 30_000, 1000, h);
    // Seek back to event 20_000: the worker sends the last 5000 events before it, and the scenario again.
    v = applyFrame(v, frame(all.slice(15_000, 20_000), 15_000, true, structuredClone(scenario)));
    h.update(v);
    expect(elections(h)).toBe(2000);
    expect(h.complete).toBe(true);
    expect(h.events().every((e) => e.t < 200_000)).toBe(true);
    // And playing on from there adds the rest once, without duplicates.
    play(v, all, 20_000, 30_000, 1000, h);
    expect(elections(h)).toBe(3000);
  });

  it('starts afresh when another scenario is loaded', () => {
    const h = new TermHistory();
    let v = applyFrame(EMPTY_VIEW, frame([], 0, true, scenario));
    h.update(v);
    v = play(v, all, 0, 10_000, 1000, h);
    v = applyFrame(v, frame(all.slice(0, 100), 0, true, makeScenario({ name: 'b' })));
    h.update(v);
    expect(elections(h)).toBe(10);
  });

  it('is incomplete when a reset lands past events it never saw', () => {
    const h = new TermHistory();
    const v = applyFrame(EMPTY_VIEW, frame(all.slice(40_000, 45_000), 40_000, true, scenario));
    h.update(v);
    expect(h.complete).toBe(false);
    expect(elections(h)).toBe(500);
  });

  it('rebuilds from the page’s copy of the trace after a jump larger than the store keeps', () => {
    const h = new TermHistory();
    let v = applyFrame(EMPTY_VIEW, frame([], 0, true, scenario));
    h.update(v);
    // One frame of 50_000 events (a runTo far ahead): the store keeps only its tail.
    v = applyFrame(v, frame(all.slice(0, 50_000), 0, false));
    expect(v.eventOffset).toBeGreaterThan(0);
    const jsonl = all
      .slice(0, 50_000)
      .map((e) => JSON.stringify(e) + '\n')
      .join('');
    expect(h.update(v, () => jsonl)).toBe(true);
    expect(h.complete).toBe(true);
    expect(elections(h)).toBe(5000);
    expect(h.events()[0]).toEqual(all[0]);
    // And it carries on incrementally from there.
    play(v, all, 50_000, 51_000, 500, h);
    expect(elections(h)).toBe(5100);
  });

  it('finds only real role and vote events in a trace, whatever the values say', () => {
    const h = new TermHistory();
    const tricky: TraceEvent[] = [
      { t: 0, ev: 'invoke', client: 'c1', id: 1, op: { type: 'put', key: 'k', value: '"ev":"role"' } },
      { t: 1, ev: 'role', node: 'n1', role: 'candidate', term: 1 },
    ];
    h.rebuild(tricky.map((e) => JSON.stringify(e) + '\n').join(''), 2);
    expect(h.events()).toEqual([tricky[1]]);
  });

  it('keeps at most MAX_HISTORY events', () => {
    const h = new TermHistory();
    const many: TraceEvent[] = [];
    for (let i = 0; i < MAX_HISTORY + 100; i++) many.push({ t: i, ev: 'vote', node: 'n2', term: i + 1, for: 'n1' });
    h.update(applyFrame(EMPTY_VIEW, frame(many, 0, true, scenario)));
    expect(h.events()).toHaveLength(MAX_HISTORY);
    expect(h.complete).toBe(false);
  });

  it('reports whether anything changed', () => {
    const h = new TermHistory();
    const v = applyFrame(EMPTY_VIEW, frame(all.slice(0, 20), 0, true, scenario));
    expect(h.update(v)).toBe(true);
    expect(h.update(v)).toBe(false);
  });
});
