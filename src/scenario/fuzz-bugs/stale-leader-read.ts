// stale-leader-read (§8, thesis 6.4): a leader answers a linearizable read from its own
// state without a heartbeat round confirming that it still leads. To show the danger the
// leader must be deposed without knowing it: cut it off in a minority while the majority
// elects a new leader and commits new values, then read through the old leader.

import type { Scenario } from '../../sim/scenario-types';
import { Plan, randomTiming } from './build';

const KEYS = ['a', 'b'];

export function staleLeaderReadScenario(seed: number): Scenario {
  const plan = new Plan('stale-leader-read', seed);
  const { rng } = plan;
  plan.useNodes(rng.pick([3, 5, 5, 7]));
  plan.network = { latency: [rng.int(1, 5), rng.int(8, 25)], loss: 0 };
  const timing = randomTiming(plan);
  const minElection = timing.electionTimeout[0];
  const [old, ...others] = plan.shuffledNodes() as [string, ...string[]];
  plan.elect(5, old);
  KEYS.forEach((key, i) => plan.put(rng.int(250, 400), key, `old${i}`, old));
  // The old leader is cut off alone or with a few followers: always a minority.
  const cutAt = rng.int(500, 800);
  const minority = [old, ...others.slice(0, rng.int(0, Math.floor(plan.nodes.length / 2) - 1))];
  const majority = others.filter((n) => !minority.includes(n));
  plan.add({ at: cutAt, do: 'partition', groups: [minority, majority] });
  // The majority elects a new leader within a few election timeouts, then writes.
  const writeAt = cutAt + rng.int(2, 4) * minElection;
  KEYS.forEach((key, i) => plan.put(writeAt + rng.int(0, 50), key, `new${i}`, rng.pick(majority)));
  // Reads once those writes have finished, through the old leader or its side of the cut.
  const readFrom = writeAt + rng.int(100, 250);
  for (let i = 0, n = rng.int(2, 4); i < n; i++) plan.get(readFrom + rng.int(0, 300), rng.pick(KEYS), rng.chance(0.7) ? old : rng.pick(minority));
  const healAt = readFrom + rng.int(400, 900);
  plan.add({ at: healAt, do: 'heal' });
  // CheckQuorum makes a cut-off leader step down after an election timeout, closing the window sooner.
  return plan.scenario(healAt + 800, { ...timing, preVote: rng.chance(0.5), checkQuorum: rng.chance(0.3) });
}
