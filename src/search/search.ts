// The counterexample search of SCENARIO.md "Bug toggles", shared by `sim search` and the
// page's search worker: run the bug's generated scenarios seed after seed until the
// checkers find a violation, then shrink it to a short scenario that fails the same way.

import { bugSearchScenario } from '../scenario/fuzz-bugs';
import type { BugName, Scenario, Text } from '../sim/scenario-types';
import { shrink } from './shrink';
import { violationOf } from './violation';

/**
 * Seeds the search tries for each bug: a violation is found within them (from seed 1, as
 * test/search/bounds.test.ts checks; over seeds 1 to 500 no first seed needs more than 15,
 * as npm run bench measures). keep-commit-on-restart breaks no rule: its search tries
 * more seeds and finds nothing.
 */
export const SEED_BOUNDS: Readonly<Record<BugName, number>> = {
  'commit-old-term': 50,
  'forget-vote': 50,
  'skip-vote-log-check': 50,
  'skip-append-check': 50,
  'stale-leader-read': 50,
  'keep-commit-on-restart': 200,
};

export interface SearchOptions {
  /** Seeds to try at most (default: the bug's bound). */
  readonly seeds?: number;
  readonly firstSeed?: number;
  /** Called after every seed tried and every shrinking run. */
  readonly onProgress?: (progress: SearchProgress) => void;
}

export type SearchProgress = { phase: 'search'; tried: number; seeds: number } | { phase: 'shrink'; runs: number };

export type SearchResult =
  | {
      found: true;
      bug: BugName;
      /** Seeds tried, the failing one included. */
      tried: number;
      seed: number;
      property: string;
      message: string;
      /** The shrunk failing scenario, with the bug on. */
      scenario: Scenario;
      /** Steps of the generated scenario, before shrinking. */
      originalSteps: number;
    }
  | { found: false; bug: BugName; tried: number };

export function searchCounterexample(bug: BugName, opts: SearchOptions = {}): SearchResult {
  const seeds = opts.seeds ?? SEED_BOUNDS[bug];
  const first = opts.firstSeed ?? 1;
  const report = opts.onProgress ?? (() => {});
  for (let tried = 1; tried <= seeds; tried++) {
    const seed = (first + tried - 1) >>> 0;
    const scenario = bugSearchScenario(bug, seed);
    const found = violationOf(scenario);
    report({ phase: 'search', tried, seeds });
    if (!found) continue;
    const small = shrink(scenario, found, (runs) => report({ phase: 'shrink', runs }));
    const named = { ...small.scenario, name: counterexampleName(bug, seed, small.finding.property) };
    return { found: true, bug, tried, seed, property: small.finding.property, message: small.finding.message, scenario: named, originalSteps: scenario.steps.length };
  }
  return { found: false, bug, tried: seeds };
}

function counterexampleName(bug: BugName, seed: number, property: string): Text {
  return { en: `Counterexample: ${bug} breaks ${property} (seed ${seed}, shrunk)`, 'zh-CN': `反例：${bug} 破坏了 ${property}（种子 ${seed}，已缩减）` };
}
