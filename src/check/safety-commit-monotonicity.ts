// A node's commit index never moves back while it is up (Figure 2: commitIndex
// "increases monotonically"). It is volatile state: a crash loses it, and a restarted
// node may announce a lower commit index than before its crash.

import type { TraceEvent } from './trace-events';
import { violation, type Violation } from './violation';
import { NONE, type Monitor } from './safety-monitor';

export function commitMonotonicity(): Monitor {
  /** node -> its commit index since it last started, and that commit event. */
  const latest = new Map<string, { index: number; event: number }>();

  return {
    observe(event: TraceEvent, index: number): Violation[] {
      if (event.ev === 'crash') latest.delete(event.node);
      if (event.ev !== 'commit') return NONE;
      const previous = latest.get(event.node);
      if (!previous || event.index >= previous.index) {
        latest.set(event.node, { index: event.index, event: index });
        return NONE;
      }
      const message = `${event.node}'s commit index went back from ${previous.index} to ${event.index} without a crash`;
      return [violation('Commit Monotonicity', message, [previous.event, index])];
    },
  };
}
