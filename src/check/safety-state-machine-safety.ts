// State Machine Safety (Figure 3, §5.4.3): if a server has applied a log entry at a given
// index, no other server will ever apply a different log entry for the same index.
//
// Also checked here, because a state machine is only as safe as the order it applies in:
//  - each node applies indexes one by one (Figure 2: "If commitIndex > lastApplied:
//    increment lastApplied, apply log[lastApplied]"); lastApplied is volatile, so after a
//    restart a node starts again after its snapshot, and installing a snapshot moves it to
//    the snapshot's index (§7);
//  - replicas are deterministic: the same entry at the same index leaves every store at
//    the same revision (etcd's apply is a pure function of the log).

import type { EventOf, TraceEvent } from './trace-events';
import { violation, type Violation } from './violation';
import { NONE, type ClusterView, type Monitor } from './safety-monitor';

interface Applied {
  entry: string;
  revision: number;
  node: string;
  event: number;
}

interface ApplyCursor {
  lastApplied: number;
  /** The event that set lastApplied: the previous apply, a restart or a snapshot (-1: start). */
  event: number;
}

export function stateMachineSafety(): Monitor {
  const appliedAt: (Applied | undefined)[] = [];
  const cursors = new Map<string, ApplyCursor>();

  function cursorOf(node: string): ApplyCursor {
    let cursor = cursors.get(node);
    if (!cursor) {
      cursor = { lastApplied: 0, event: -1 };
      cursors.set(node, cursor);
    }
    return cursor;
  }

  function checkSameEntry(event: EventOf<'apply'>, index: number): Violation[] {
    const first = appliedAt[event.index];
    if (!first) {
      appliedAt[event.index] = { entry: event.entry, revision: event.revision, node: event.node, event: index };
      return NONE;
    }
    if (first.entry !== event.entry) {
      const message = `${event.node} applied ${event.entry} at index ${event.index}, where ${first.node} applied ${first.entry}`;
      return [violation('State Machine Safety', message, [first.event, index])];
    }
    if (first.revision !== event.revision) {
      const message =
        `${event.node} applied ${event.entry} at index ${event.index} reaching revision ${event.revision}, ` +
        `where ${first.node} reached revision ${first.revision}: the replicas' stores diverged`;
      return [violation('State Machine Safety', message, [first.event, index])];
    }
    return NONE;
  }

  function checkOrder(event: EventOf<'apply'>, index: number): Violation[] {
    const cursor = cursorOf(event.node);
    const expected = cursor.lastApplied + 1;
    const found =
      event.index === expected
        ? NONE
        : [
            violation(
              'State Machine Safety',
              `${event.node} applied index ${event.index} when its next index to apply was ${expected}`,
              [cursor.event, index],
            ),
          ];
    Object.assign(cursor, { lastApplied: event.index, event: index });
    return found;
  }

  return {
    observe(event: TraceEvent, index: number, view: ClusterView): Violation[] {
      switch (event.ev) {
        case 'apply':
          return [...checkSameEntry(event, index), ...checkOrder(event, index)];
        case 'restart':
          Object.assign(cursorOf(event.node), { lastApplied: view.logs.of(event.node).base, event: index });
          return NONE;
        case 'snapshot': {
          const cursor = cursorOf(event.node);
          if (event.index > cursor.lastApplied) Object.assign(cursor, { lastApplied: event.index, event: index });
          return NONE;
        }
        default:
          return NONE;
      }
    },
  };
}
