// The scenario the counterexample search runs for a bug toggle and a seed. Each bug has a
// generator aimed at the situation where its rule matters (see each file): random faults
// alone reach most of them only rarely (the general fuzzer finds skip-vote-log-check within
// a few seeds, the others not in hundreds).

import type { BugName, Scenario } from '../../sim/scenario-types';
import { commitOldTermScenario } from './commit-old-term';
import { forgetVoteScenario } from './forget-vote';
import { keepCommitOnRestartScenario } from './keep-commit-on-restart';
import { skipAppendCheckScenario } from './skip-append-check';
import { skipVoteLogCheckScenario } from './skip-vote-log-check';
import { staleLeaderReadScenario } from './stale-leader-read';

const GENERATORS: Record<BugName, (seed: number) => Scenario> = {
  'commit-old-term': commitOldTermScenario,
  'forget-vote': forgetVoteScenario,
  'skip-vote-log-check': skipVoteLogCheckScenario,
  'skip-append-check': skipAppendCheckScenario,
  'stale-leader-read': staleLeaderReadScenario,
  'keep-commit-on-restart': keepCommitOnRestartScenario,
};

/** The generated scenario for `bug` at `seed`, with the bug on. Same inputs, same scenario. */
export function bugSearchScenario(bug: BugName, seed: number): Scenario {
  return GENERATORS[bug](seed >>> 0);
}
