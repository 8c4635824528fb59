// Each node's log as the trace shows it, rebuilt from append, truncate and snapshot
// events. The log is persisted (Figure 2), so it survives crashes unchanged.
//
// Indexes at or below the node's snapshot index are "covered": the node no longer holds
// those entries one by one, only the snapshot's last index and term (§7).

import type { TraceEvent } from './trace-events';

export interface LogSlot {
  entry: string;
  term: number;
  /** Trace index of the append event that put this entry here. */
  event: number;
}

/** What an event did to a log, for the checkers that care about overwrites. */
export interface LogChange {
  node: string;
  /** The different entry an append replaced at the same index, if any. */
  replaced?: LogSlot;
}

export class NodeLog {
  /** Snapshot index: entries at or below it are covered. */
  base = 0;
  baseTerm = 0;
  /** Trace index of the snapshot event (-1 before any). */
  baseEvent = -1;
  private slots: (LogSlot | undefined)[] = [];

  get lastIndex(): number {
    return Math.max(this.base, this.slots.length - 1);
  }

  isCovered(index: number): boolean {
    return index <= this.base;
  }

  /** The entry at index, or undefined when absent or covered. */
  at(index: number): LogSlot | undefined {
    return index > this.base ? this.slots[index] : undefined;
  }

  /** The term at index: known for present entries, the snapshot's index, and index 0. */
  termAt(index: number): number | undefined {
    if (index === 0) return 0;
    if (index === this.base) return this.baseTerm;
    return this.at(index)?.term;
  }

  /** An append replaces whatever was at index and removes nothing else (TRACE.md). */
  append(index: number, slot: LogSlot): LogSlot | undefined {
    const previous = this.at(index);
    if (index <= this.base) return undefined;
    this.slots[index] = slot;
    return previous && previous.entry !== slot.entry ? previous : undefined;
  }

  truncate(from: number): void {
    if (from < this.slots.length) this.slots.length = Math.max(from, 0);
  }

  /**
   * Compaction keeps the entries after the snapshot; installing a snapshot whose last
   * entry the log does not hold discards the whole log (§7, InstallSnapshot steps 6-7).
   */
  snapshot(index: number, term: number, event: number): void {
    if (index < this.base) return;
    const keepsTail = this.termAt(index) === term;
    if (!keepsTail) this.slots.length = 0;
    this.base = index;
    this.baseTerm = term;
    this.baseEvent = event;
  }
}

/** The logs of every node, updated event by event. */
export class NodeLogs {
  private logs = new Map<string, NodeLog>();

  of(node: string): NodeLog {
    let log = this.logs.get(node);
    if (!log) {
      log = new NodeLog();
      this.logs.set(node, log);
    }
    return log;
  }

  /** Applies a log event; returns what changed, or undefined for other events. */
  apply(event: TraceEvent, index: number): LogChange | undefined {
    switch (event.ev) {
      case 'append': {
        const slot = { entry: event.entry, term: event.term, event: index };
        const replaced = this.of(event.node).append(event.index, slot);
        return replaced ? { node: event.node, replaced } : { node: event.node };
      }
      case 'truncate':
        this.of(event.node).truncate(event.from);
        return { node: event.node };
      case 'snapshot':
        this.of(event.node).snapshot(event.index, event.term, index);
        return { node: event.node };
      default:
        return undefined;
    }
  }
}
