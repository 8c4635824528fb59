// keep-commit-on-restart: the commit index survives a crash. That breaks no rule: etcd
// keeps it in its HardState, and a commit index only ever says that entries up to it are
// committed, which stays true forever (Leader Completeness). The generator still tries
// hard where a wrong commit index would hurt: leaders and followers crashing and restarting
// in quick succession around writes, with partitions that make logs diverge and get
// truncated, and reads right after restarts. The search is expected to find nothing.

import type { Scenario } from '../../sim/scenario-types';
import { Plan, randomTiming } from './build';

const KEYS = ['a', 'b', 'c'];

export function keepCommitOnRestartScenario(seed: number): Scenario {
  const plan = new Plan('keep-commit-on-restart', seed);
  const { rng } = plan;
  plan.useNodes(rng.pick([3, 5, 5, 7]));
  plan.network = { latency: [rng.int(1, 5), rng.int(8, 30)], loss: rng.pick([0, 0, 0.02, 0.1]) };
  const timing = randomTiming(plan);
  const election = timing.electionTimeout[1];
  let at = rng.int(100, 400);
  for (let round = 0, rounds = rng.int(3, 8); round < rounds; round++) {
    for (let i = 0, n = rng.int(1, 5); i < n; i++) plan.put(at + rng.int(0, 60), rng.pick(KEYS), `v${round}.${i}`, rng.chance(0.5) ? rng.pick(plan.nodes) : undefined);
    if (rng.chance(0.4)) plan.add({ at: at + rng.int(0, 40), do: 'isolate', node: 'leader' });
    const node = rng.chance(0.5) ? 'leader' : rng.pick(plan.nodes);
    const crashAt = at + rng.int(5, 80);
    plan.add({ at: crashAt, do: 'crash', node });
    if (node !== 'leader') plan.add({ at: crashAt + rng.int(1, election), do: 'restart', node });
    plan.get(crashAt + rng.int(10, election), rng.pick(KEYS), rng.pick(plan.nodes));
    if (rng.chance(0.5)) plan.add({ at: crashAt + rng.int(election, 2 * election), do: 'heal' });
    at += rng.int(1, 3) * election;
  }
  for (const node of plan.nodes) plan.add({ at, do: 'restart', node });
  plan.add({ at, do: 'heal' });
  for (const key of KEYS) plan.get(at + 2 * election, key);
  return plan.scenario(at + 4 * election, { ...timing, preVote: rng.chance(0.5), checkQuorum: rng.chance(0.5), snapshotEntries: rng.pick([0, 5, 20]) });
}
