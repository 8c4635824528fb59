// Whether a fault can still be recorded. Free play moves a run's end on whenever the user
// acts at it (src/worker/session.ts extendTo), so a run only truly ends at the longest time
// a scenario may have (SCENARIO.md limits).

import { scenarioLimits } from '../../../scenario';

export function runEnded(view: { time: number }): boolean {
  return view.time + 1 > scenarioLimits.MAX_TIME;
}
