// The counterexample-search worker: runs src/search for one bug toggle and reports each
// seed tried, each shrinking run and the result. The page cancels a search by terminating
// this worker, so the search itself needs no way to be interrupted.

import type { SearchCommand, SearchMessage } from '../protocol/search';
import { SEED_BOUNDS, searchCounterexample } from '../search/search';

function post(message: SearchMessage): void {
  (self as unknown as { postMessage(m: SearchMessage): void }).postMessage(message);
}

function run(cmd: SearchCommand): void {
  let tried = 0;
  let seeds = SEED_BOUNDS[cmd.bug];
  post({ type: 'progress', tried, seeds, shrinkRuns: 0 });
  const result = searchCounterexample(cmd.bug, {
    firstSeed: cmd.firstSeed,
    onProgress: (p) => {
      if (p.phase === 'search') {
        ({ tried, seeds } = p);
        post({ type: 'progress', tried, seeds, shrinkRuns: 0 });
      } else post({ type: 'progress', tried, seeds, shrinkRuns: p.runs });
    },
  });
  if (!result.found) return post({ type: 'none', bug: cmd.bug, tried: result.tried });
  const { bug, seed, property, message, scenario, originalSteps } = result;
  post({ type: 'found', bug, tried: result.tried, seed, property, message, scenario, originalSteps });
}

self.onmessage = (e: MessageEvent<SearchCommand>) => {
  try {
    run(e.data);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
