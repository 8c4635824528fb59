// Election Safety (Figure 3): at most one leader can be elected in a given term (§5.2).

import type { TraceEvent } from './trace-events';
import { violation, type Violation } from './violation';
import { NONE, type Monitor } from './safety-monitor';

export function electionSafety(): Monitor {
  /** term -> the first node that became leader in it, and that role event. */
  const leaders = new Map<number, { node: string; event: number }>();

  return {
    observe(event: TraceEvent, index: number): Violation[] {
      if (event.ev !== 'role' || event.role !== 'leader') return NONE;
      const first = leaders.get(event.term);
      if (!first) {
        leaders.set(event.term, { node: event.node, event: index });
        return NONE;
      }
      if (first.node === event.node) return NONE;
      return [
        violation(
          'Election Safety',
          `${event.node} became leader of term ${event.term}, which ${first.node} already leads`,
          [first.event, index],
        ),
      ];
    },
  };
}
