// Jumping to a trace event: seek to its time and select what it is about, so every view
// highlights it (the node, its term, its log entry, its message).

import { useCallback } from 'react';
import type { TraceEvent } from '../../../sim/trace-types';
import { useBridge } from '../../bridge-context';
import { useExplorer, type Selection } from '../../store';

export function selectionForEvent(e: TraceEvent, index: number): Selection {
  const sel: Selection = { event: index };
  switch (e.ev) {
    case 'role':
    case 'vote':
      return { ...sel, node: e.node, term: e.term };
    case 'append':
    case 'apply':
      return { ...sel, node: e.node, entry: { index: e.index, term: e.term } };
    case 'truncate':
    case 'commit':
    case 'snapshot':
    case 'crash':
    case 'restart':
    case 'timeout':
    case 'isolate':
      return { ...sel, node: e.node };
    case 'send':
    case 'recv':
    case 'drop':
      return { ...sel, message: e.id };
    default:
      return sel;
  }
}

/**
 * Seeks to an event's time (the views then show the state just after it) and selects it,
 * with `also` merged in (e.g. the message that triggered a state change).
 */
export function useJumpToEvent(): (e: TraceEvent, index: number, also?: Selection) => void {
  const bridge = useBridge();
  return useCallback(
    (e, index, also) => {
      const { view, select } = useExplorer.getState();
      if (view.playing) bridge.send({ type: 'pause' });
      if (view.time !== e.t) bridge.send({ type: 'seek', time: e.t });
      select({ ...selectionForEvent(e, index), ...also });
    },
    [bridge],
  );
}
