// Leader Append-Only (Figure 3): a leader never overwrites or deletes entries in its log;
// it only appends new entries (§5.3). Leadership lasts from the leader's role event until
// its next role event or crash.

import type { TraceEvent } from './trace-events';
import { violation, type Violation } from './violation';
import type { LogChange } from './safety-node-logs';
import { NONE, type ClusterView, type Monitor } from './safety-monitor';

export function leaderAppendOnly(): Monitor {
  return {
    observe(event: TraceEvent, index: number, view: ClusterView, change: LogChange | undefined): Violation[] {
      if (event.ev !== 'truncate' && event.ev !== 'append') return NONE;
      if (!view.roles.isLeader(event.node)) return NONE;
      const { term, event: roleEvent } = view.roles.of(event.node);
      if (event.ev === 'truncate') {
        const message = `${event.node} truncated its log from index ${event.from} while leader of term ${term}`;
        return [violation('Leader Append-Only', message, [roleEvent, index])];
      }
      if (!change?.replaced) return NONE;
      const message =
        `${event.node} overwrote its entry ${change.replaced.entry} at index ${event.index} ` +
        `with ${event.entry} while leader of term ${term}`;
      return [violation('Leader Append-Only', message, [roleEvent, change.replaced.event, index])];
    },
  };
}
