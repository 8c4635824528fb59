import { describe, expect, it } from 'vitest';
import type { NodeView } from '../../src/protocol';
import { makeScenario } from '../../src/scenario';
import { runScenario } from '../../src/sim/run';
import type { TraceEvent } from '../../src/sim/trace-types';
import { termColor, termColors } from '../../src/ui/views/terms/term-color';
import { buildTimeline, MAX_TERMS } from '../../src/ui/views/terms/timeline';

function node(id: string, more: Partial<NodeView> = {}): NodeView {
  return { id, up: true, role: 'follower', term: 1, vote: '', lead: '', commit: 0, applied: 0, lastIndex: 0, firstIndex: 1, snapshotIndex: 0, electionStart: 0, electionDeadline: 0, voter: true, learner: false, revision: 0, ...more };
}

const role = (t: number, n: string, r: 'follower' | 'precandidate' | 'candidate' | 'leader', term: number): TraceEvent => ({ t, ev: 'role', node: n, role: r, term });
const vote = (t: number, n: string, term: number, f: string): TraceEvent => ({ t, ev: 'vote', node: n, term, for: f });

describe('buildTimeline', () => {
  it('records an election: candidate, votes, leader', () => {
    const events: TraceEvent[] = [
      { t: 0, ev: 'start', scenario: 's', seed: 1, nodes: ['n1', 'n2', 'n3'] },
      role(200, 'n1', 'precandidate', 0),
      role(210, 'n1', 'candidate', 1),
      vote(210, 'n1', 1, 'n1'),
      role(215, 'n2', 'follower', 1),
      vote(215, 'n2', 1, 'n1'),
      role(220, 'n1', 'leader', 1),
    ];
    const spans = buildTimeline(events, [], 1000);
    const term1 = spans.find((s) => s.term === 1);
    expect(term1).toMatchObject({ term: 1, start: 210, end: 1000, startKnown: true, leader: { node: 'n1', t: 220 }, outcome: 'leader' });
    expect(term1?.candidates).toEqual([{ node: 'n1', t: 210, voters: ['n1', 'n2'] }]);
    // The pre-vote happened in term 0, before any election.
    expect(spans[0]).toMatchObject({ term: 0, preVotes: [{ node: 'n1', count: 1 }] });
  });

  it('shows a split vote as a term that ended without a leader', () => {
    const events: TraceEvent[] = [
      role(100, 'n1', 'candidate', 1),
      vote(100, 'n1', 1, 'n1'),
      role(101, 'n2', 'candidate', 1),
      vote(101, 'n2', 1, 'n2'),
      vote(110, 'n3', 1, 'n1'),
      vote(111, 'n4', 1, 'n2'),
      role(300, 'n2', 'candidate', 2),
      vote(300, 'n2', 2, 'n2'),
    ];
    const spans = buildTimeline(events, [], 320);
    expect(spans.map((s) => [s.term, s.outcome])).toEqual([
      [1, 'split'],
      [2, 'electing'],
    ]);
    expect(spans[0]?.end).toBe(300);
    expect(spans[0]?.candidates.map((c) => [c.node, c.voters.length])).toEqual([
      ['n1', 2],
      ['n2', 2],
    ]);
  });

  it('counts a candidate’s own vote even when no vote event reports it', () => {
    const events = [role(100, 'n3', 'candidate', 2), vote(110, 'n4', 2, 'n3')];
    expect(buildTimeline(events, [], 200)[0]?.candidates).toEqual([{ node: 'n3', t: 100, voters: ['n3', 'n4'] }]);
  });

  it('counts repeated pre-votes of a cut-off node in the term it is stuck in', () => {
    const events = [role(10, 'n1', 'leader', 1), role(300, 'n3', 'precandidate', 1), role(600, 'n3', 'precandidate', 1)];
    expect(buildTimeline(events, [], 700)[0]?.preVotes).toEqual([{ node: 'n3', count: 2 }]);
  });

  it('takes the leader from the node states when its election is older than the events held', () => {
    const events = [role(5000, 'n2', 'follower', 4)];
    const spans = buildTimeline(events, [node('n1', { role: 'leader', term: 4 })], 6000, false);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ term: 4, leader: { node: 'n1' }, startKnown: false, start: 5000 });
  });

  it('never lets a term begin after the next one', () => {
    // A restarted node reports its old term 2 after term 3 began.
    const events = [role(100, 'n1', 'leader', 3), role(200, 'n4', 'follower', 2)];
    const spans = buildTimeline(events, [], 300);
    expect(spans.map((s) => [s.term, s.start, s.end])).toEqual([
      [2, 100, 100],
      [3, 100, 300],
    ]);
  });

  it('keeps at most MAX_TERMS terms, the newest', () => {
    const events: TraceEvent[] = [];
    for (let term = 1; term <= MAX_TERMS + 50; term++) events.push(role(term * 10, 'n1', 'candidate', term));
    const spans = buildTimeline(events, [], 1e6);
    expect(spans).toHaveLength(MAX_TERMS);
    expect(spans.at(-1)?.term).toBe(MAX_TERMS + 50);
  });

  it('agrees with a real run: every leader of the trace leads its term, split votes have none', () => {
    const scenario = makeScenario({ seed: 3, until: 3000, cluster: { nodes: ['n1', 'n2', 'n3', 'n4', 'n5'], preVote: false, electionTimeout: [150, 180] }, network: { latency: [15, 25] } });
    const events = runScenario(scenario, { trace: true }).recorder.events as TraceEvent[];
    const spans = buildTimeline(events, [], 3000);
    const leaders = events.filter((e): e is Extract<TraceEvent, { ev: 'role' }> => e.ev === 'role' && e.role === 'leader');
    expect(leaders.length).toBeGreaterThan(0);
    for (const l of leaders) expect(spans.find((s) => s.term === l.term)?.leader?.node).toBe(l.node);
    const split = spans.filter((s) => s.outcome === 'split');
    expect(split.length).toBeGreaterThan(0);
    for (const s of split) expect(s.candidates.length).toBeGreaterThan(0);
    for (const s of spans) for (const c of s.candidates) expect(c.voters.length).toBeLessThanOrEqual(5);
  });
});

describe('term colors', () => {
  it('are stable per term and differ between consecutive terms', () => {
    expect(termColor(3)).toBe(termColor(3));
    for (let t = 1; t < 40; t++) expect(termColor(t)).not.toBe(termColor(t + 1));
    expect(termColors(12).tint).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('keep dark text readable on every tint (at least 7:1, WCAG AAA)', () => {
    for (let t = 1; t <= 9; t++) expect(contrast(termColors(t).tint, '#1b1f24')).toBeGreaterThanOrEqual(7);
  });
});

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
