// The messages between the page and its counterexample-search worker (a worker of its own,
// so the simulation worker keeps playing while the search runs). Types only.

import type { BugName, Scenario } from '../sim/scenario-types';

/** Search `bug`'s generated scenarios from `firstSeed`, trying the bug's bound of seeds. */
export interface SearchCommand {
  type: 'search';
  bug: BugName;
  firstSeed: number;
}

export type SearchMessage =
  /** After each seed tried (`tried` of `seeds`), then during shrinking (`shrinkRuns`). */
  | { type: 'progress'; tried: number; seeds: number; shrinkRuns: number }
  | {
      type: 'found';
      bug: BugName;
      tried: number;
      seed: number;
      property: string;
      message: string;
      /** The shrunk failing scenario, with the bug on. */
      scenario: Scenario;
      originalSteps: number;
    }
  | { type: 'none'; bug: BugName; tried: number }
  | { type: 'error'; message: string };
