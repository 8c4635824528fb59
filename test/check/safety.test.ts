import { describe, expect, it } from 'vitest';
import { checkSafety, createSafetyChecker } from '../../src/check';
import { healthyCluster, TraceBuilder } from './trace-builder';

const nodes = ['n1', 'n2', 'n3'];

function only(b: TraceBuilder) {
  return checkSafety(b.events).map(({ property, events }) => ({ property, events }));
}

describe('a healthy trace', () => {
  it('has no violation', () => {
    expect(checkSafety(healthyCluster().events)).toEqual([]);
  });
});

describe('Election Safety', () => {
  it('catches a second leader in one term', () => {
    const b = healthyCluster();
    const first = b.events.findIndex((e) => e.ev === 'role' && e.role === 'leader');
    const second = b.role('n2', 'leader', 1);
    expect(only(b)).toEqual([{ property: 'Election Safety', events: [first, second] }]);
  });

  it('accepts a new leader in a new term', () => {
    const b = healthyCluster();
    b.role('n2', 'candidate', 2);
    b.role('n2', 'leader', 2);
    expect(only(b)).toEqual([]);
  });
});

describe('Leader Append-Only', () => {
  it('catches a leader truncating its own log', () => {
    const b = healthyCluster();
    const leader = b.events.findIndex((e) => e.ev === 'role' && e.role === 'leader');
    b.append('n1', 3, 1);
    const truncate = b.truncate('n1', 3);
    expect(only(b)).toEqual([{ property: 'Leader Append-Only', events: [leader, truncate] }]);
  });

  it('catches a leader overwriting an entry without a truncate', () => {
    const b = healthyCluster();
    b.append('n1', 3, 1);
    const leader = b.role('n1', 'leader', 2);
    const old = b.events.length - 2;
    const overwrite = b.append('n1', 3, 2, 'x');
    expect(only(b)).toEqual([{ property: 'Leader Append-Only', events: [old, leader, overwrite] }]);
  });

  it('accepts a deposed leader dropping its uncommitted entry', () => {
    const b = healthyCluster();
    b.append('n1', 3, 1);
    b.role('n2', 'leader', 2);
    b.append('n2', 3, 2);
    b.role('n1', 'follower', 2);
    b.truncate('n1', 3);
    b.append('n1', 3, 2);
    expect(only(b)).toEqual([]);
  });
});

describe('Log Matching', () => {
  /** n2 leads term 2 with entries 3 and 4; n3 still holds n1's entry 3 of term 1. */
  function divergingLogs() {
    const b = healthyCluster();
    const n3Old = b.append('n3', 3, 1);
    b.role('n2', 'leader', 2);
    const n2Third = b.append('n2', 3, 2);
    const n2Fourth = b.append('n2', 4, 2);
    return { b, n3Old, n2Third, n2Fourth };
  }

  it('catches a follower appending after a mismatched previous entry', () => {
    const { b, n3Old, n2Third, n2Fourth } = divergingLogs();
    const n3Fourth = b.append('n3', 4, 2);
    expect(only(b)).toEqual([{ property: 'Log Matching', events: [n3Old, n2Third, n2Fourth, n3Fourth] }]);
  });

  it('accepts the follower once it replaced the conflicting entry first', () => {
    const { b } = divergingLogs();
    b.truncate('n3', 3);
    b.append('n3', 3, 2);
    b.append('n3', 4, 2);
    expect(only(b)).toEqual([]);
  });

  it('catches two different entries with one index and term', () => {
    const { b, n2Third } = divergingLogs();
    b.truncate('n3', 3);
    const other = b.append('n3', 3, 2, 'other');
    expect(only(b)).toEqual([{ property: 'Log Matching', events: [n2Third, other] }]);
  });

  it('compares the entry after a snapshot with the snapshot term', () => {
    const { b, n2Third, n2Fourth } = divergingLogs();
    const snapshot = b.snapshot('n3', 3, 1);
    const n3Fourth = b.append('n3', 4, 2);
    expect(only(b)).toEqual([{ property: 'Log Matching', events: [n2Third, n2Fourth, snapshot, n3Fourth] }]);
  });

  it('accepts an installed snapshot that replaces a diverging log', () => {
    const { b } = divergingLogs();
    b.snapshot('n3', 3, 2);
    b.append('n3', 4, 2);
    expect(only(b)).toEqual([]);
  });
});

describe('Leader Completeness', () => {
  /** n1 commits entry 2, which n3 never received. */
  function commitWithoutN3() {
    const b = new TraceBuilder();
    b.role('n1', 'leader', 1);
    b.appendAll(nodes, 1, 1);
    b.appendAll(['n1', 'n2'], 2, 1);
    const commit = b.commit('n1', 2);
    return { b, commit };
  }

  it('catches a leader elected without a committed entry', () => {
    const { b, commit } = commitWithoutN3();
    const leader = b.role('n3', 'leader', 2);
    expect(only(b)).toEqual([{ property: 'Leader Completeness', events: [commit, leader] }]);
  });

  it('accepts a leader that holds every committed entry', () => {
    const { b } = commitWithoutN3();
    b.role('n2', 'leader', 2);
    expect(only(b)).toEqual([]);
  });

  it('accepts a leader whose snapshot covers the committed entry', () => {
    const { b } = commitWithoutN3();
    b.snapshot('n3', 2, 1);
    b.role('n3', 'leader', 2);
    expect(only(b)).toEqual([]);
  });

  it('counts applied entries as committed', () => {
    const b = new TraceBuilder();
    b.role('n1', 'leader', 1);
    b.appendAll(nodes, 1, 1);
    const commit = b.commit('n2', 1);
    const apply = b.apply('n2', 1, 1);
    b.truncate('n3', 1);
    b.append('n3', 1, 2, 'other');
    const leader = b.role('n3', 'leader', 3);
    expect(only(b)).toEqual([{ property: 'Leader Completeness', events: [commit, leader - 1, leader] }]);
    expect(apply).toBeGreaterThan(commit);
  });
});

describe('State Machine Safety', () => {
  function threeEntries(n3Entry: string) {
    const b = healthyCluster();
    b.appendAll(['n1', 'n2'], 3, 1);
    b.append('n3', 3, 1, n3Entry);
    for (const node of nodes) b.commit(node, 3);
    const first = b.apply('n1', 3, 1);
    const second = b.apply('n3', 3, 1, n3Entry);
    return { b, first, second };
  }

  it('catches two nodes applying different entries at one index', () => {
    const { b, first, second } = threeEntries('x');
    const found = only(b).filter((v) => v.property === 'State Machine Safety');
    expect(found).toEqual([{ property: 'State Machine Safety', events: [first, second] }]);
  });

  it('accepts the same entry applied everywhere', () => {
    expect(only(threeEntries('e3').b)).toEqual([]);
  });

  it('catches replicas reaching different revisions', () => {
    const b = healthyCluster();
    b.appendAll(nodes, 3, 1);
    b.commit('n1', 3);
    b.commit('n2', 3);
    const first = b.apply('n1', 3, 1, 'e3', 9);
    const second = b.apply('n2', 3, 1, 'e3', 10);
    expect(only(b)).toEqual([{ property: 'State Machine Safety', events: [first, second] }]);
  });

  it('catches a gap in the applied indexes', () => {
    const b = healthyCluster();
    b.appendAll(nodes, 3, 1);
    b.appendAll(nodes, 4, 1);
    b.commit('n1', 4);
    const last = b.events.map((e, i) => (e.ev === 'apply' && e.node === 'n1' ? i : -1)).reduce((a, c) => Math.max(a, c));
    const skip = b.apply('n1', 4, 1);
    expect(only(b)).toEqual([{ property: 'State Machine Safety', events: [last, skip] }]);
  });

  it('restarts applying after the snapshot after a crash', () => {
    const b = healthyCluster();
    b.snapshot('n1', 2, 1);
    b.appendAll(nodes, 3, 1);
    b.commit('n1', 3);
    b.crash('n1');
    b.restart('n1');
    b.commit('n1', 3);
    b.apply('n1', 3, 1);
    expect(only(b)).toEqual([]);
    const replay = b.apply('n1', 2, 1);
    expect(only(b)).toEqual([{ property: 'State Machine Safety', events: [replay - 1, replay] }]);
  });
});

describe('Term Monotonicity', () => {
  it('catches a term going back across a crash', () => {
    const b = healthyCluster();
    const high = b.role('n2', 'follower', 2);
    b.crash('n2');
    b.restart('n2');
    const low = b.role('n2', 'follower', 1);
    expect(only(b)).toEqual([{ property: 'Term Monotonicity', events: [high, low] }]);
  });

  it('accepts a restarted node keeping its term', () => {
    const b = healthyCluster();
    b.role('n2', 'follower', 2);
    b.crash('n2');
    b.restart('n2');
    b.role('n2', 'candidate', 3);
    expect(only(b)).toEqual([]);
  });
});

describe('One Vote Per Term', () => {
  it('catches a second vote in the same term after a crash', () => {
    const b = healthyCluster();
    const first = b.events.findIndex((e) => e.ev === 'vote' && e.node === 'n2');
    b.crash('n2');
    b.restart('n2');
    const second = b.vote('n2', 1, 'n3');
    expect(only(b)).toEqual([{ property: 'One Vote Per Term', events: [first, second] }]);
  });

  it('accepts a repeated vote for the same candidate and a vote in a new term', () => {
    const b = healthyCluster();
    b.vote('n2', 1, 'n1');
    b.role('n2', 'follower', 2);
    b.vote('n2', 2, 'n3');
    expect(only(b)).toEqual([]);
  });
});

describe('Commit Monotonicity', () => {
  it('catches a commit index going back while up', () => {
    const b = healthyCluster();
    const high = b.events.findIndex((e) => e.ev === 'commit' && e.node === 'n2');
    const low = b.commit('n2', 1);
    expect(only(b)).toEqual([{ property: 'Commit Monotonicity', events: [high, low] }]);
  });

  it('accepts a lower commit index after a crash', () => {
    const b = healthyCluster();
    b.crash('n2');
    b.restart('n2');
    b.commit('n2', 1);
    expect(only(b)).toEqual([]);
  });
});

describe('Apply Committed Only', () => {
  it('catches applying past the commit index', () => {
    const b = healthyCluster();
    const commit = b.events.findIndex((e) => e.ev === 'commit' && e.node === 'n1');
    b.appendAll(nodes, 3, 1);
    const apply = b.apply('n1', 3, 1);
    expect(only(b)).toEqual([{ property: 'Apply Committed Only', events: [commit, apply] }]);
  });

  it('accepts applying after the commit, and re-applying after a restart', () => {
    const b = healthyCluster();
    b.appendAll(nodes, 3, 1);
    b.commit('n1', 3);
    b.apply('n1', 3, 1);
    b.crash('n1');
    b.restart('n1');
    for (const index of [1, 2, 3]) b.apply('n1', index, 1);
    expect(only(b)).toEqual([]);
  });
});

describe('the incremental checker', () => {
  it('reports each violation on the event that reveals it', () => {
    const b = healthyCluster();
    b.role('n2', 'leader', 1);
    const checker = createSafetyChecker();
    const perEvent = b.events.map((event, index) => checker.feed(event, index).length);
    expect(perEvent.slice(0, -1).every((n) => n === 0)).toBe(true);
    expect(perEvent.at(-1)).toBe(1);
    expect(checker.violations()).toEqual(checkSafety(b.events));
  });

  it('keeps at most maxViolations but counts them all', () => {
    const b = healthyCluster();
    for (let i = 0; i < 5; i++) b.commit('n1', 0);
    const checker = createSafetyChecker({ maxViolations: 2 });
    b.events.forEach((event, index) => checker.feed(event, index));
    expect(checker.violations()).toHaveLength(2);
    expect(checker.violationCount()).toBe(5);
  });
});
