// A node grants at most one vote per term (§5.2; Figure 2: votedFor is persisted, so the
// rule holds across crashes too). Granting the same candidate again is a repeat, not a
// second vote.

import type { TraceEvent } from './trace-events';
import { violation, type Violation } from './violation';
import { NONE, type Monitor } from './safety-monitor';

export function oneVotePerTerm(): Monitor {
  /** node -> term -> the candidate it voted for and that vote event. */
  const votes = new Map<string, Map<number, { candidate: string; event: number }>>();

  return {
    observe(event: TraceEvent, index: number): Violation[] {
      if (event.ev !== 'vote') return NONE;
      let byTerm = votes.get(event.node);
      if (!byTerm) votes.set(event.node, (byTerm = new Map()));
      const first = byTerm.get(event.term);
      if (!first) {
        byTerm.set(event.term, { candidate: event.for, event: index });
        return NONE;
      }
      if (first.candidate === event.for) return NONE;
      const message = `${event.node} voted for ${event.for} in term ${event.term} after voting for ${first.candidate}`;
      return [violation('One Vote Per Term', message, [first.event, index])];
    },
  };
}
