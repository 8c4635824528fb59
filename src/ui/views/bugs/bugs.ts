// Bug toggles as the page shows them: in SCENARIO.md's order, applied to a scenario.

import type { BugName, Scenario } from '../../../sim/scenario-types';

/** SCENARIO.md's order (the sim's BUG_NAMES; repeated here because the page imports no sim code). */
export const BUG_ORDER: readonly BugName[] = ['commit-old-term', 'forget-vote', 'skip-vote-log-check', 'skip-append-check', 'stale-leader-read', 'keep-commit-on-restart'];

/** The scenario with exactly `bugs` on, its steps kept (it reloads from 0 ms). */
export function withBugs(scenario: Scenario, bugs: ReadonlySet<BugName>): Scenario {
  return { ...scenario, cluster: { ...scenario.cluster, bugs: BUG_ORDER.filter((b) => bugs.has(b)) } };
}
