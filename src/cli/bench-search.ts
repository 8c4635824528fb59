// Benchmark figures of the counterexample search (README "Bug toggles" and "Benchmarks"):
// per bug, the wall time of a whole search from seed 1 (search and shrinking), and over a
// window of seeds how often a seed fails and the most seeds any first seed in the window
// needs before it finds one: the evidence behind SEED_BOUNDS.

import { bugSearchScenario } from '../scenario/fuzz-bugs';
import { SEED_BOUNDS, searchCounterexample } from '../search/search';
import { violationOf } from '../search/violation';
import { BUG_NAMES, type BugName } from '../sim/scenario-types';

export interface BugSearchFigures {
  bug: BugName;
  /** From seed 1: seeds tried, steps after shrinking, wall ms of search + shrink. */
  tried: number;
  steps: number;
  searchMs: number;
  /** Over the window: failing seeds, the most seeds needed from any first seed, ms per seed. */
  failing: number;
  worstStart: number;
  msPerSeed: number;
}

/** The most seeds a search starting anywhere in 1..window needs; Infinity if some start finds none. */
function worstStart(failing: readonly number[], window: number): number {
  let worst = 0;
  let previous = 0;
  for (const seed of failing) {
    worst = Math.max(worst, seed - previous);
    previous = seed;
  }
  return previous === window ? worst : Math.max(worst, failing.length === 0 ? Infinity : window - previous + 1);
}

function benchBugSearch(bug: BugName, window: number): BugSearchFigures {
  const start = performance.now();
  const result = searchCounterexample(bug);
  const searchMs = performance.now() - start;
  const failing: number[] = [];
  const windowStart = performance.now();
  for (let seed = 1; seed <= window; seed++) if (violationOf(bugSearchScenario(bug, seed))) failing.push(seed);
  const msPerSeed = (performance.now() - windowStart) / window;
  return {
    bug,
    tried: result.tried,
    steps: result.found ? result.scenario.steps.length : 0,
    searchMs,
    failing: failing.length,
    worstStart: bug === 'keep-commit-on-restart' ? 0 : worstStart(failing, window),
    msPerSeed,
  };
}

export function reportBugSearches(window = 500): Record<string, number> {
  const results: Record<string, number> = {};
  for (const bug of BUG_NAMES) {
    const f = benchBugSearch(bug, window);
    const found = f.steps > 0 ? `found after ${f.tried} seeds, ${f.steps} steps after shrinking` : `nothing in ${f.tried} seeds`;
    console.log(
      `search ${bug.padEnd(24)} ${found}, ${Math.round(f.searchMs)} ms; seeds 1-${window}: ${f.failing} fail, ` +
        `at most ${f.worstStart} seeds from any start (bound ${SEED_BOUNDS[bug]}), ${f.msPerSeed.toFixed(1)} ms a seed`,
    );
    results[`search ${bug}, ms`] = Math.round(f.searchMs);
    results[`search ${bug}, worst start of ${window}`] = f.worstStart;
  }
  return results;
}
