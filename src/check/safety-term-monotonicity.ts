// A node's current term never decreases (Figure 2: currentTerm "increases monotonically"),
// across crashes too, since currentTerm is persisted before answering any RPC.
// Read from role events, which carry the node's current term whenever it changes.

import type { TraceEvent } from './trace-events';
import { violation, type Violation } from './violation';
import { NONE, type Monitor } from './safety-monitor';

export function termMonotonicity(): Monitor {
  const latest = new Map<string, { term: number; event: number }>();

  return {
    observe(event: TraceEvent, index: number): Violation[] {
      if (event.ev !== 'role') return NONE;
      const previous = latest.get(event.node);
      latest.set(event.node, { term: event.term, event: index });
      if (!previous || event.term >= previous.term) return NONE;
      const message = `${event.node}'s term went back from ${previous.term} to ${event.term}`;
      return [violation('Term Monotonicity', message, [previous.event, index])];
    },
  };
}
