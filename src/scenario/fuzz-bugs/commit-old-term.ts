// commit-old-term (§5.4.2, Figure 8): a leader commits an entry of an earlier term by
// counting its replicas. Dangerous only when that entry can still be overwritten by a
// candidate whose last entry has a higher term: the generator plays Figure 8 with roles,
// counts and timing drawn from the seed.
//
//   A leads term 1; C is down while A commits a batch of writes, so C lags behind.
//   (a) A and B are cut off; A appends x=E (never committed), then crashes.
//   (b) E wins term 2 with C's and D's votes, appends its own no-op at x=E's index, and is
//       cut off and crashes before C gets it.
//   (c) A comes back and wins term 3; it repairs C, and x=E reaches a majority (A, B, C).
//       With the bug A commits it at once, then A is cut off before its term-3 no-op
//       reaches C.
//   (d) E returns and wins term 4 with C's and D's votes; it overwrites x=E.
//
// One detail of this engine and etcd makes (c) rare: a new leader appends a no-op of its
// own term (§8) and sends it with the old entries, so they commit with it the legal way.
// x=E must end a 16-entry append message (the engine's limit per message) for C to
// acknowledge it without A's no-op, so C misses exactly 15 writes before it. Everything
// else is left to chance: which node plays which role, the latency, and when E and A are
// cut off.

import type { Scenario } from '../../sim/scenario-types';
import { Plan } from './build';

/** Entries per append message in the engine (src/raft: maxEntriesPerMessage). */
const ENTRIES_PER_MESSAGE = 16;

export function commitOldTermScenario(seed: number): Scenario {
  const plan = new Plan('commit-old-term', seed);
  const { rng } = plan;
  plan.useNodes(5);
  const hop = rng.int(3, 8);
  plan.network = { latency: [hop - 1, hop + 1], loss: 0 };
  const [a, b, c, d, e] = plan.shuffledNodes() as [string, string, string, string, string];
  plan.elect(5, a);
  // C misses the writes: after A's no-op (index 1) and `lag` writes, x=E lands at the end of a message to C.
  const lag = ENTRIES_PER_MESSAGE - 1;
  plan.add({ at: 200, do: 'crash', node: c });
  for (let i = 0; i < lag; i++) plan.put(250 + rng.int(0, 50), `k${i}`, `${i}`, a);
  // (a) The old-term entry, on A and B only; its client goes away so nobody retries it.
  const t1 = 1000 + rng.int(0, 100);
  plan.add({ at: t1, do: 'restart', node: c }, { at: t1, do: 'partition', groups: [[a, b], [c, d, e]] });
  plan.put(t1, 'x', 'E', a);
  plan.add({ at: t1 + 30, do: 'client-crash', client: plan.lastClient }, { at: t1 + 40, do: 'crash', node: a });
  // (b) E wins term 2 and is cut off soon after: with luck before its no-op reaches C.
  const tE = t1 + 50;
  plan.elect(tE, e);
  // E wins after one round trip; its repair of C takes two more (a rejected probe, then the entries).
  plan.add({ at: tE + 2 * hop + 2 + rng.int(0, 2 * hop), do: 'isolate', node: e }, { at: tE + 12 * hop, do: 'crash', node: e });
  // (c) A wins term 3 with B and C while D is down; A is cut off at a moment left to chance.
  const tA = tE + 12 * hop + 20;
  plan.add({ at: tA, do: 'crash', node: d }, { at: tA, do: 'heal' }, { at: tA, do: 'restart', node: a });
  // A restarts in term 1 and C voted in term 2: A's first campaign (term 2) fails, its second (term 3) wins.
  const tA3 = tA + 5 + 4 * hop;
  plan.elect(tA + 5, a).elect(tA3, a);
  // A wins after a round trip, probes C (rejected), sends it 16 entries ending with x=E; C's
  // acknowledgement commits x=E, and A's no-op follows one hop behind: the cut must fall between.
  plan.add({ at: tA3 + 6 * hop + rng.int(-hop, 2 * hop), do: 'isolate', node: a });
  // (d) E and D come back; E campaigns for term 4.
  const tD = tA3 + 12 * hop + 20;
  plan.add({ at: tD, do: 'crash', node: a }, { at: tD, do: 'restart', node: d }, { at: tD, do: 'restart', node: e });
  plan.elect(tD + 5, e).elect(tD + 5 + 8 * hop, e);
  plan.add({ at: tD + 200, do: 'heal' }, { at: tD + 200, do: 'restart', node: a });
  plan.put(tD + 300, 'x', 'F');
  return plan.scenario(tD + 800, { electionTimeout: [1000, 1200], heartbeatInterval: 100, preVote: false, checkQuorum: false });
}
