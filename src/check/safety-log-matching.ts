// Log Matching (Figure 3, §5.3): if two logs contain an entry with the same index and
// term, then the logs are identical in all entries up through that index.
//
// Checked inductively, in constant time per append, over every log ever seen:
//  1. one (index, term) names one entry: entry strings are equal exactly when entries
//     are (TRACE.md), so two strings at one (index, term) break the property at that index;
//  2. one (index, term) always follows the same term at index - 1, in every log that holds
//     both (the term at a snapshot's index is the snapshot's term).
// Together they imply the property: walking down from a shared (index, term), each step
// lands on equal terms, hence equal entries (by 1), until one log's snapshot covers the
// rest. In a correct run both rules hold for all time, since the leader of a term creates
// each of its entries once, after a fixed prefix (Leader Append-Only).

import type { TraceEvent } from './trace-events';
import { violation, type Violation } from './violation';
import type { LogChange, NodeLog } from './safety-node-logs';
import { NONE, type ClusterView, type Monitor } from './safety-monitor';

interface EntryRecord {
  entry: string;
  node: string;
  /** The append event that first showed this (index, term). */
  event: number;
  /** The term at index - 1 in the first log that held both, and the events that showed it. */
  previousTerm?: number;
  previousEvidence?: number[];
}

export function logMatching(): Monitor {
  const records = new Map<string, EntryRecord>();
  const reported = new Set<string>();

  function checkIdentity(node: string, index: number, term: number, entry: string, event: number): Violation[] {
    const key = `${index}:${term}`;
    const record = records.get(key);
    if (!record) {
      records.set(key, { entry, node, event });
      return NONE;
    }
    if (record.entry === entry || reported.has(`${key}:${entry}`)) return NONE;
    reported.add(`${key}:${entry}`);
    const message =
      `${node} holds ${entry} and ${record.node} holds ${record.entry} at index ${index}, ` +
      `both of term ${term}: two logs with the same index and term must hold the same entry`;
    return [violation('Log Matching', message, [record.event, event])];
  }

  function checkPredecessor(node: string, log: NodeLog, index: number): Violation[] {
    const slot = log.at(index);
    const previousTerm = log.termAt(index - 1);
    if (!slot || previousTerm === undefined) return NONE;
    const record = records.get(`${index}:${slot.term}`);
    if (!record) return NONE;
    const evidence = [slot.event, evidenceOfTermAt(log, index - 1)];
    if (record.previousTerm === undefined) {
      record.previousTerm = previousTerm;
      record.previousEvidence = evidence;
      return NONE;
    }
    const reportKey = `${node}:${index}:${slot.term}:${previousTerm}`;
    if (record.previousTerm === previousTerm || reported.has(reportKey)) return NONE;
    reported.add(reportKey);
    const message =
      `${node} holds ${slot.entry} at index ${index} after an entry of term ${previousTerm}, ` +
      `but another log holds it after an entry of term ${record.previousTerm}: ` +
      `logs sharing index ${index} and term ${slot.term} differ before it`;
    return [violation('Log Matching', message, [...(record.previousEvidence ?? []), ...evidence])];
  }

  return {
    observe(event: TraceEvent, index: number, view: ClusterView, change: LogChange | undefined): Violation[] {
      if (event.ev !== 'append') return NONE;
      const log = view.logs.of(event.node);
      const found = [
        ...checkIdentity(event.node, event.index, event.term, event.entry, index),
        ...checkPredecessor(event.node, log, event.index),
      ];
      // An overwrite without a truncate leaves the next entry after a new predecessor.
      if (change?.replaced) found.push(...checkPredecessor(event.node, log, event.index + 1));
      return found;
    },
  };
}

/** The event that shows the term at index: its append, or the snapshot covering it (-1: none). */
function evidenceOfTermAt(log: NodeLog, index: number): number {
  if (index === log.base) return log.baseEvent;
  return log.at(index)?.event ?? -1;
}
