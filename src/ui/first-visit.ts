// A newcomer's first screen (issue 16): on a first visit, with no scenario in the link and
// nothing saved, the page opens the first lesson rather than a bare cluster, so the first
// thing a student sees is a story that tells them what to watch. Every later visit restores
// the saved session as before; the Scenarios menu keeps the lesson one click away ("Start here").

import { BUILTINS, builtin } from '../scenario/builtins';
import type { Scenario } from '../sim/scenario-types';

/** Set on the first visit; its presence means the page has been opened here before. */
export const VISITED_KEY = 'raft-explorer.visited.v1';

/** The lesson a newcomer starts with: the first election, else the first built-in. */
export const START_HERE_ID = 'first-election';

export function startHereLesson(): Scenario {
  return builtin(START_HERE_ID) ?? structuredClone((BUILTINS[0] as (typeof BUILTINS)[number]).scenario);
}

/**
 * Whether this is the page's first visit in this browser, and marks it visited. Called once
 * at start-up; without storage (private mode) every visit is a first one, which is harmless.
 */
export function takeFirstVisit(): boolean {
  try {
    if (localStorage.getItem(VISITED_KEY) !== null) return false;
    localStorage.setItem(VISITED_KEY, '1');
    return true;
  } catch {
    return true;
  }
}
