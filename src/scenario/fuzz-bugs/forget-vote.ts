// forget-vote (Figure 2, "persistent state: votedFor"): the vote is not written to stable
// storage, so a node that votes, crashes and restarts within one term may vote again in it.
// That needs two candidates in the same term and a voter that restarts between their
// requests: the generator starts rival candidates close together in a slow network and
// crashes and restarts voters right after the first requests land, several times a run.

import type { Scenario } from '../../sim/scenario-types';
import { Plan, randomTiming } from './build';

export function forgetVoteScenario(seed: number): Scenario {
  const plan = new Plan('forget-vote', seed);
  const { rng } = plan;
  plan.useNodes(rng.pick([3, 3, 5, 5, 7]));
  // A wide latency spread: one candidate's request can arrive long after the other's.
  plan.network = { latency: [rng.int(1, 4), rng.int(20, 60)], loss: rng.pick([0, 0, 0.05]) };
  const timing = randomTiming(plan);
  const election = timing.electionTimeout[1];
  let at = rng.int(5, 50);
  for (let round = 0, rounds = rng.int(2, 5); round < rounds; round++) {
    const [first, second, ...voters] = plan.shuffledNodes() as [string, string, ...string[]];
    plan.elect(at, first).elect(at + rng.int(0, 8), second);
    if (rng.chance(0.5)) plan.put(at + rng.int(0, 200), 'k', `v${round}`);
    // Voters that have probably answered the first candidate restart before the second one's request arrives.
    for (const voter of voters.slice(0, rng.int(1, voters.length))) {
      const crashAt = at + rng.int(2, 30);
      plan.add({ at: crashAt, do: 'crash', node: voter }, { at: crashAt + rng.int(1, 6), do: 'restart', node: voter });
    }
    at += rng.int(2, 4) * election;
  }
  for (const node of plan.nodes) plan.add({ at, do: 'restart', node });
  return plan.scenario(at + election * 4, { ...timing, preVote: rng.chance(0.3), checkQuorum: rng.chance(0.5) });
}
