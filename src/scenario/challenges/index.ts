// The built-in challenges (README "Challenges"), from the first election to the etcd recipes.
// Kept apart from the built-in scenarios: the scenario menu and `sim builtins` stay as they
// were. Ids are stable: the page keeps a learner's progress by id.

import type { BuiltinChallenge } from './define';
import { commitWhileCut, firstLeader, leaderCrashRecovery, loseCommitted, n3Term3, splitVoteChallenge } from './raft';
import { failover, leaseExpiry, watchHolder, writeAndRead } from './etcd';

export type { BuiltinChallenge } from './define';

export const CHALLENGES: readonly BuiltinChallenge[] = [
  firstLeader,
  leaderCrashRecovery,
  splitVoteChallenge,
  n3Term3,
  commitWhileCut,
  writeAndRead,
  loseCommitted,
  leaseExpiry,
  watchHolder,
  failover,
];

/** A fresh copy of the challenge with this id, or undefined. */
export function builtinChallenge(id: string): BuiltinChallenge['scenario'] | undefined {
  const found = CHALLENGES.find((c) => c.id === id);
  return found === undefined ? undefined : structuredClone(found.scenario);
}
