// skip-vote-log-check (§5.4.1): a vote is granted without checking that the candidate's log
// is at least as up-to-date as the voter's. The check is what keeps a node that missed
// committed entries from leading, so the generator makes such nodes: followers that are
// down or cut off while the leader commits writes, then come back just as the leader fails
// and time out first.

import type { Scenario } from '../../sim/scenario-types';
import { Plan, randomTiming } from './build';

const KEYS = ['a', 'b', 'c'];

export function skipVoteLogCheckScenario(seed: number): Scenario {
  const plan = new Plan('skip-vote-log-check', seed);
  const { rng } = plan;
  plan.useNodes(rng.pick([3, 5, 5, 7]));
  plan.network = { latency: [rng.int(1, 5), rng.int(8, 25)], loss: rng.pick([0, 0, 0.05]) };
  const timing = randomTiming(plan);
  const election = timing.electionTimeout[1];
  const [leader, ...others] = plan.shuffledNodes() as [string, ...string[]];
  plan.elect(5, leader);
  // Laggards miss the writes: fewer than half of the followers, so the writes still commit.
  const laggards = others.slice(0, rng.int(1, Math.ceil(others.length / 2) - (others.length % 2 === 0 ? 1 : 0)));
  const downAt = rng.int(150, 300);
  for (const node of laggards) plan.add(rng.chance(0.5) ? { at: downAt, do: 'crash', node } : { at: downAt, do: 'isolate', node });
  const writesEnd = downAt + rng.int(100, 400);
  for (let i = 0, n = rng.int(1, 6); i < n; i++) plan.put(rng.int(downAt + 20, writesEnd), rng.pick(KEYS), `v${i}`, leader);
  // The leader fails as the laggards return; one laggard's timer fires first.
  const failAt = writesEnd + rng.int(50, 200);
  plan.add({ at: failAt, do: rng.chance(0.5) ? 'crash' : 'isolate', node: leader }, { at: failAt, do: 'heal' });
  for (const node of laggards) plan.add({ at: failAt, do: 'restart', node });
  plan.elect(failAt + rng.int(1, 20), rng.pick(laggards));
  for (const key of KEYS) plan.get(failAt + rng.int(election, 2 * election), key);
  plan.add({ at: failAt + 2 * election, do: 'restart', node: leader }, { at: failAt + 2 * election, do: 'heal' });
  return plan.scenario(failAt + 4 * election, { ...timing, preVote: rng.chance(0.5), checkQuorum: rng.chance(0.5) });
}
