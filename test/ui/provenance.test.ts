// Rule provenance on real runs of the teaching scenarios: each state change is attributed
// to the rule of the paper (or etcd behavior) that made it, with the message that triggered it.

import { describe, expect, it } from 'vitest';
import { builtin } from '../../src/scenario/builtins';
import { runScenario } from '../../src/sim/run';
import type { TraceEvent } from '../../src/sim/trace-types';
import { pickChange } from '../../src/ui/views/provenance/pick';
import { explain, isStateChange, type Provenance, type RuleId } from '../../src/ui/views/provenance/provenance';

function traceOf(id: string): TraceEvent[] {
  const scenario = builtin(id);
  if (!scenario) throw new Error(`no builtin ${id}`);
  return [...runScenario(scenario, { trace: true }).recorder.events];
}

/** The provenance of the first event matching `match`. */
function first(events: TraceEvent[], match: (e: TraceEvent) => boolean): Provenance & { event: TraceEvent } {
  const index = events.findIndex(match);
  expect(index, 'event found').toBeGreaterThanOrEqual(0);
  return { ...(explain(events, 0, index) as Provenance), event: events[index] as TraceEvent };
}

const is = (ev: string, fields: Record<string, unknown>) => (e: TraceEvent) => e.ev === ev && Object.entries(fields).every(([k, v]) => (e as unknown as Record<string, unknown>)[k] === v);

describe('rule provenance', () => {
  const election = traceOf('first-election');

  it('an election: timeout, self-vote, granted votes, the win and the no-op (Figure 2, §5.2, §8)', () => {
    expect(first(election, is('role', { role: 'candidate' })).rule).toBe('election-timeout');
    expect(first(election, is('vote', { node: 'n1', for: 'n1' })).rule).toBe('self-vote');
    const granted = first(election, is('vote', { node: 'n3', for: 'n1' }));
    expect(granted.rule).toBe('grant-vote');
    expect(granted.trigger?.msg?.type).toBe('vote');
    expect(granted.trigger?.from).toBe('n1');
    expect(election[granted.trigger?.send as number]).toMatchObject({ ev: 'send', from: 'n1', to: 'n3' });
    const follower = first(election, is('role', { node: 'n3', role: 'follower', term: 1 }));
    expect(follower.rule).toBe('higher-term');
    const won = first(election, is('role', { role: 'leader' }));
    expect(won.rule).toBe('won-election');
    expect(won.trigger?.msg?.type).toBe('vote-resp');
    expect(first(election, is('append', { node: 'n1', index: 1 })).rule).toBe('leader-noop');
  });

  it('replication and commit: the follower appends, the leader commits on a majority, followers learn it (Figure 2)', () => {
    const replicated = first(election, is('append', { node: 'n2', index: 1 }));
    expect(replicated.rule).toBe('replicate');
    expect(replicated.trigger?.msg?.type).toBe('append');
    const leaderCommit = first(election, is('commit', { node: 'n1' }));
    expect(leaderCommit.rule).toBe('leader-commit');
    expect(leaderCommit.trigger?.msg?.type).toBe('append-resp');
    expect(first(election, is('commit', { node: 'n3' })).rule).toBe('follower-commit');
    expect(first(election, is('apply', { node: 'n3' })).rule).toBe('apply');
    const put = first(election, (e) => e.ev === 'append' && e.entry.includes('put greeting'));
    expect(put.rule).toBe('client-append');
  });

  it('log repair: a conflicting suffix is truncated on an append (Figure 2, AppendEntries 3)', () => {
    const truncated = first(traceOf('log-repair'), (e) => e.ev === 'truncate');
    expect(truncated.rule).toBe('conflict-truncate');
    expect(truncated.trigger?.msg?.type).toBe('append');
  });

  it('PreVote, CheckQuorum and leadership transfer (thesis §9.6, §6.2, §3.10)', () => {
    const prevote = traceOf('prevote');
    expect(first(prevote, is('role', { role: 'precandidate' })).rule).toBe('prevote-start');
    expect(first(prevote, is('role', { role: 'candidate' })).rule).toBe('prevote-won');
    const quorum = traceOf('check-quorum');
    const leader = quorum.find(is('role', { role: 'leader' })) as Extract<TraceEvent, { ev: 'role' }>;
    expect(first(quorum, (e) => e.ev === 'role' && e.node === leader.node && e.role === 'follower' && e.term === leader.term).rule).toBe('check-quorum');
    const transfer = traceOf('leadership-transfer');
    expect(first(transfer, (e) => e.ev === 'role' && e.role === 'candidate' && e.term === 2).rule).toBe('timeout-now');
  });

  it('every state change in these runs is attributed to a known rule', () => {
    const unknown: string[] = [];
    for (const id of ['first-election', 'leader-crash', 'split-vote', 'log-repair', 'figure-8', 'prevote', 'check-quorum', 'leadership-transfer']) {
      const events = traceOf(id);
      events.forEach((e, i) => {
        if (!isStateChange(e)) return;
        const rule: RuleId | undefined = explain(events, 0, i)?.rule;
        if (rule === 'unknown') unknown.push(`${id} #${i} ${JSON.stringify(e)} after ${JSON.stringify(events[i - 1])}`);
      });
    }
    expect(unknown.slice(0, 5)).toEqual([]);
  });

  it('works on a window of the trace (the page keeps only the latest events)', () => {
    const offset = 200;
    const index = election.findIndex((e, i) => i > offset && e.ev === 'commit');
    expect(explain(election.slice(offset), offset, index)?.rule).toBe(explain(election, 0, index)?.rule);
  });
});

describe('what the selection points at', () => {
  const events = traceOf('first-election');
  it('an entry: its first append (the leader); with a node: that node\'s append; a term: its leader', () => {
    const leaderAppend = events.findIndex(is('append', { node: 'n1', index: 1 }));
    expect(pickChange(events, 0, { entry: { index: 1, term: 1 } })).toBe(leaderAppend);
    expect(events[pickChange(events, 0, { node: 'n4', entry: { index: 1, term: 1 } }) as number]).toMatchObject({ ev: 'append', node: 'n4' });
    expect(events[pickChange(events, 0, { term: 1 }) as number]).toMatchObject({ ev: 'role', role: 'leader', node: 'n1' });
    expect(pickChange(events, 0, { event: 0 })).toBeUndefined(); // the start event changes no state
  });
});
