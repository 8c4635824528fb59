// skip-append-check (Figure 2, AppendEntries receiver step 2): a follower appends whatever
// follows prevLogIndex without checking that its own entry there has prevLogTerm. The check
// only matters where logs differ, so the generator makes them differ: the leader is cut off
// with writes of its own (never committed), the majority elects a leader and writes, then a
// second majority leader (a crash, a transfer, or a timeout) starts probing the old leader
// at its own last index, which the old leader also holds with another term. The heal, with
// some message loss, lets that probe through.

import type { Scenario } from '../../sim/scenario-types';
import { Plan, randomTiming } from './build';

const KEYS = ['a', 'b', 'c'];

export function skipAppendCheckScenario(seed: number): Scenario {
  const plan = new Plan('skip-append-check', seed);
  const { rng } = plan;
  plan.useNodes(rng.pick([3, 5, 5, 7]));
  plan.network = { latency: [rng.int(1, 5), rng.int(8, 25)], loss: rng.pick([0, 0, 0.02, 0.05]) };
  const timing = randomTiming(plan);
  const election = timing.electionTimeout[1];
  const [old, ...others] = plan.shuffledNodes() as [string, ...string[]];
  plan.elect(5, old);
  for (let i = 0, n = rng.int(0, 3); i < n; i++) plan.put(rng.int(250, 400), rng.pick(KEYS), `v0.${i}`, old);
  const cutAt = rng.int(450, 700);
  plan.add({ at: cutAt, do: 'isolate', node: old });
  // Writes the old leader appends alone: they never commit (their clients retry elsewhere).
  for (let i = 0, n = rng.int(1, 8); i < n; i++) plan.put(cutAt + rng.int(1, 100), rng.pick(KEYS), `old.${i}`, old);
  // The majority elects a leader and commits a few writes.
  const writeAt = cutAt + rng.int(2, 3) * election;
  for (let i = 0, n = rng.int(0, 4); i < n; i++) plan.put(writeAt + rng.int(0, 100), rng.pick(KEYS), `new.${i}`, rng.pick(others));
  // A second election on the majority side: its winner's progress for the old leader starts at its own last index.
  const againAt = writeAt + rng.int(150, 400);
  switch (rng.int(0, 2)) {
    case 0:
      plan.add({ at: againAt, do: 'crash', node: 'leader' }, { at: againAt + election * 3, do: 'restart', node: 'leader' });
      break;
    case 1:
      plan.add({ at: againAt, do: 'transfer', to: rng.pick(others) });
      break;
    default:
      plan.elect(againAt, rng.pick(others));
  }
  const healAt = againAt + rng.int(1, 3) * election;
  plan.add({ at: healAt, do: 'heal' });
  for (let i = 0, n = rng.int(1, 4); i < n; i++) plan.put(healAt + rng.int(50, 400), rng.pick(KEYS), `late.${i}`);
  for (const node of plan.nodes) plan.add({ at: healAt + election * 4, do: 'restart', node });
  return plan.scenario(healAt + election * 8, { ...timing, preVote: rng.chance(0.5), checkQuorum: rng.chance(0.5) });
}
