// A node applies only committed entries (Figure 2: apply log[lastApplied] only while
// commitIndex > lastApplied).
//
// The bound is the highest commit index the node ever announced, not only since its last
// restart: entries up to it are committed, and a node that keeps its commit index over a
// crash (etcd keeps it in its HardState) may apply up to it again before announcing it.
// A snapshot's entries are committed too (§7).

import type { TraceEvent } from './trace-events';
import { violation, type Violation } from './violation';
import { NONE, type Monitor } from './safety-monitor';

export function applyCommittedOnly(): Monitor {
  /** node -> the highest index it is known to hold committed, and the event that showed it. */
  const bounds = new Map<string, { index: number; event: number }>();

  function raise(node: string, index: number, event: number): void {
    const bound = bounds.get(node);
    if (!bound || index > bound.index) bounds.set(node, { index, event });
  }

  return {
    observe(event: TraceEvent, index: number): Violation[] {
      if (event.ev === 'commit' || event.ev === 'snapshot') raise(event.node, event.index, index);
      if (event.ev !== 'apply') return NONE;
      const bound = bounds.get(event.node) ?? { index: 0, event: -1 };
      if (event.index <= bound.index) return NONE;
      const message = `${event.node} applied index ${event.index} while its commit index was ${bound.index}`;
      return [violation('Apply Committed Only', message, [bound.event, index])];
    },
  };
}
