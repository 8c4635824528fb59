// Shrinking a failing scenario to a short one that fails the same way: end the run just
// after the violation, then remove steps, first in large chunks and then one by one (a
// greedy delta debugging), keeping every removal after which the same property still fails.

import type { Scenario } from '../sim/scenario-types';
import { violationOf, type Finding } from './violation';

/** Runs spent shrinking at most: a bound on the time, whatever the scenario. */
export const MAX_SHRINK_RUNS = 200;

export interface ShrinkResult {
  scenario: Scenario;
  finding: Finding;
  runs: number;
}

export function shrink(scenario: Scenario, found: Finding, onRun: (runs: number) => void = () => {}): ShrinkResult {
  let best = { scenario, finding: found };
  let runs = 0;
  /** Keeps `candidate` if it still fails with the same property. */
  const tryKeep = (candidate: Scenario): boolean => {
    if (runs >= MAX_SHRINK_RUNS) return false;
    onRun(++runs);
    const finding = violationOf(candidate);
    if (finding?.property !== found.property) return false;
    best = { scenario: endSoonAfter(candidate, finding), finding };
    return true;
  };
  tryKeep(endSoonAfter(scenario, found));
  for (let size = Math.ceil(best.scenario.steps.length / 2); size >= 1 && runs < MAX_SHRINK_RUNS; size = size === 1 ? 0 : Math.ceil(size / 2)) {
    for (let end = best.scenario.steps.length; end > 0 && runs < MAX_SHRINK_RUNS; end -= size) {
      const start = Math.max(0, end - size);
      const steps = best.scenario.steps.filter((_, k) => k < start || k >= end);
      tryKeep({ ...best.scenario, steps });
    }
  }
  return { ...best, runs };
}

/** The scenario ending one millisecond after the violation's last event. */
function endSoonAfter(scenario: Scenario, finding: Finding): Scenario {
  const until = Math.min(scenario.until, finding.at + 1);
  return { ...scenario, until, steps: scenario.steps.filter((s) => s.at <= until) };
}
