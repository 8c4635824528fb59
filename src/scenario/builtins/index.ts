// The built-in teaching scenarios, in the order a course would use them. Their ids are
// stable: links and course pages name them, so an id is never renamed or reused.

import type { Scenario } from '../../sim/scenario-types';
import type { Builtin } from './define';
import { checkQuorum } from './check-quorum';
import { electionWatchChain } from './election-watch-chain';
import { etcdRevisions } from './etcd-revisions';
import { etcdctlTour } from './etcdctl-tour';
import { figure8 } from './figure-8';
import { firstElection } from './first-election';
import { leaderCrash } from './leader-crash';
import { leadershipTransfer } from './leadership-transfer';
import { logRepair } from './log-repair';
import { nineNodesSplit } from './nine-nodes-split';
import { prevote } from './prevote';
import { prevoteOff } from './prevote-off';
import { serviceRegistry } from './service-registry';
import { splitVote } from './split-vote';
import { growCluster } from './grow-cluster';
import { snapshotCatchUp } from './snapshot-catch-up';
import { staleLeader } from './stale-leader';

export type { Builtin } from './define';

export const BUILTINS: readonly Builtin[] = [
  firstElection,
  leaderCrash,
  splitVote,
  logRepair,
  figure8,
  staleLeader,
  prevote,
  prevoteOff,
  checkQuorum,
  leadershipTransfer,
  nineNodesSplit,
  etcdRevisions,
  etcdctlTour,
  electionWatchChain,
  serviceRegistry,
  growCluster,
  snapshotCatchUp,
];

/**
 * The built-in scenario with this id, or undefined. A fresh copy every time: callers (the
 * page's session, the runner) may add steps to what they get.
 */
export function builtin(id: string): Scenario | undefined {
  const found = BUILTINS.find((b) => b.id === id);
  return found === undefined ? undefined : structuredClone(found.scenario);
}

export function builtinIds(): string[] {
  return BUILTINS.map((b) => b.id);
}
