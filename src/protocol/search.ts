// The messages between the page and its counterexample-search worker (a worker of its own,
// so the simulation worker keeps playing while the search runs). Types only.

import type { BugName } from '../sim/scenario-types';
import type { SearchResult } from '../search/search';

/** Search `bug`'s generated scenarios from `firstSeed`, trying the bug's bound of seeds. */
export interface SearchCommand {
  type: 'search';
  bug: BugName;
  firstSeed: number;
}

export type SearchMessage =
  /** After each seed tried (`tried` of `seeds`), then during shrinking (`shrinkRuns`). */
  | { type: 'progress'; tried: number; seeds: number; shrinkRuns: number }
  | ({ type: 'found' } & Omit<Extract<SearchResult, { found: true }>, 'found'>)
  | { type: 'none'; bug: BugName; tried: number }
  | { type: 'error'; message: string };
