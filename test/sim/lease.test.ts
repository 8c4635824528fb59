// CheckQuorum's leader lease through the whole simulation (issue 15 item 4; thesis §4.2.3,
// etcd raft `inLease`). Only the link leader→n3 is cut, one direction: n3 hears nothing,
// times out again and again and asks for votes at ever higher terms, while the leader still
// hears n3 and a quorum hears the leader. The leader, and followers that heard it within an
// election timeout, ignore those votes: the leader leads for its whole term, not only for
// the first election timeout of it, and writes keep committing.

import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../src/scenario';
import { createSimulation } from '../../src/sim/run';
import type { TraceEvent } from '../../src/sim/trace-types';

const ELECTION_TIMEOUT: [number, number] = [150, 300];
const CUT_AT = 1001;
const UNTIL = 8000;

function run() {
  const scenario = makeScenario({
    cluster: { nodes: ['n1', 'n2', 'n3', 'n4', 'n5'], checkQuorum: true, preVote: false, electionTimeout: ELECTION_TIMEOUT },
    until: UNTIL,
  });
  const sim = createSimulation(scenario, { trace: true });
  sim.runUntil(CUT_AT - 1);
  const leader = sim.leader();
  if (!leader) throw new Error('no leader before the cut');
  // The node cut off from the leader's messages: n3, or another follower if n3 leads.
  const victim = leader.id === 'n3' ? 'n2' : 'n3';
  sim.addStep({ at: CUT_AT, do: 'link', from: leader.id, to: victim, state: 'down' });
  // A write every 400 ms, sent to a node that is not the cut-off one.
  for (let at = CUT_AT + 200, i = 0; at < UNTIL - 500; at += 400, i++) {
    sim.addStep({ at, do: 'client', client: 'c1', node: leader.id, op: { type: 'put', key: `k${i}`, value: String(i) } });
  }
  sim.runUntil(UNTIL);
  return { events: sim.recorder.events, leader: leader.id, term: leader.node.term, victim, sim };
}

const after = (events: readonly TraceEvent[], t: number) => events.filter((e) => e.t > t);

describe('CheckQuorum lease for the whole term (thesis 4.2.3)', () => {
  const { events, leader, term, victim, sim } = run();

  it('n3 campaigns at a higher term again and again, over many election timeouts', () => {
    const campaigns = after(events, CUT_AT).filter((e) => e.ev === 'role' && e.node === victim && e.role === 'candidate');
    expect(campaigns.length).toBeGreaterThanOrEqual(10);
    const terms = campaigns.map((e) => (e.ev === 'role' ? e.term : 0));
    expect(new Set(terms).size).toBe(terms.length); // a new, higher term each time
    expect(Math.min(...terms)).toBeGreaterThan(term);
    // The campaigns span far more than the first election timeout of the term.
    expect((campaigns[campaigns.length - 1] as TraceEvent).t - CUT_AT).toBeGreaterThan(10 * ELECTION_TIMEOUT[1]);
  });

  it('the leader leads to the end, and no other node changes role, term or vote', () => {
    const others = after(events, CUT_AT).filter((e) => (e.ev === 'role' || e.ev === 'vote') && e.node !== victim);
    expect(others).toEqual([]);
    const s = sim.servers.get(leader)!.node;
    expect(s.role).toBe('leader');
    expect(s.term).toBe(term);
  });

  it('writes keep committing through the whole run', () => {
    const puts = after(events, CUT_AT).filter((e) => e.ev === 'invoke');
    const ok = new Set(after(events, CUT_AT).flatMap((e) => (e.ev === 'return' && e.ok ? [e.id] : [])));
    expect(puts.length).toBeGreaterThanOrEqual(15);
    expect(puts.every((e) => e.ev === 'invoke' && ok.has(e.id))).toBe(true);
    // The last write committed on a quorum in the leader's term, late in the run.
    const lastApply = events.filter((e) => e.ev === 'apply' && e.node === leader).pop();
    expect(lastApply && lastApply.t).toBeGreaterThan(UNTIL - 1500);
  });
});
