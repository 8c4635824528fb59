// Leader Completeness (Figure 3, §5.4): if a log entry is committed in a given term, that
// entry will be present in the logs of the leaders of all higher-numbered terms.
//
// Checked when a node becomes leader of term T: every entry seen committed before, in a
// term below T, must be in its log at the same index, or covered by its snapshot (a
// snapshot holds only committed entries, §7).

import type { TraceEvent } from './trace-events';
import { violation, type Violation } from './violation';
import { CommittedEntries } from './safety-committed-entries';
import { NONE, type ClusterView, type Monitor } from './safety-monitor';

export function leaderCompleteness(): Monitor {
  const committed = new CommittedEntries();
  /** node -> highest index whose entry was recorded from that node's commit events. */
  const scannedUpTo = new Map<string, number>();

  function recordCommit(node: string, commitIndex: number, event: number, view: ClusterView): void {
    const log = view.logs.of(node);
    const term = view.roles.of(node).term;
    const from = Math.max(scannedUpTo.get(node) ?? 0, log.base) + 1;
    for (let index = from; index <= commitIndex; index++) {
      const slot = log.at(index);
      if (slot) committed.record(index, slot.entry, term, event);
    }
    scannedUpTo.set(node, Math.max(scannedUpTo.get(node) ?? 0, commitIndex));
  }

  function checkNewLeader(node: string, term: number, event: number, view: ClusterView): Violation[] {
    const log = view.logs.of(node);
    for (let index = log.base + 1; index <= committed.highestIndex; index++) {
      const known = committed.at(index);
      if (!known || known.term >= term) continue;
      const held = log.at(index);
      if (held?.entry === known.entry) continue;
      const holding = held ? `holds ${held.entry} instead` : 'holds nothing there';
      const message =
        `${node} became leader of term ${term} without the committed entry ${known.entry} ` +
        `at index ${index} (committed by term ${known.term}); it ${holding}`;
      return [violation('Leader Completeness', message, [known.event, event, held?.event ?? -1])];
    }
    return NONE;
  }

  return {
    observe(event: TraceEvent, index: number, view: ClusterView): Violation[] {
      switch (event.ev) {
        case 'commit':
          recordCommit(event.node, event.index, index, view);
          return NONE;
        case 'apply':
          committed.record(event.index, event.entry, view.roles.of(event.node).term, index);
          return NONE;
        case 'role':
          return event.role === 'leader' ? checkNewLeader(event.node, event.term, index, view) : NONE;
        default:
          return NONE;
      }
    },
  };
}
