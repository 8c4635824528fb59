// The space-time diagram's content, from the page's trace events: one lane per process
// (nodes, then clients), messages from send to receive (or drop, or still in flight), and
// marks for the state changes a class talks about. Pure, unit-tested.

import type { Role, TraceEvent } from '../../../sim/trace-types';

export interface Arrow {
  id: number;
  from: string;
  to: string;
  type: string;
  sentAt: number;
  /** When it arrived, was lost, or (in flight) is due. */
  endAt: number;
  end: 'recv' | 'drop' | 'flight';
  sendIndex: number;
  endIndex?: number;
}

export type MarkKind = Role | 'vote' | 'commit' | 'truncate' | 'crash' | 'restart' | 'invoke' | 'return';

export interface Mark {
  index: number;
  lane: string;
  t: number;
  kind: MarkKind;
  label: string;
}

export interface SpaceTime {
  lanes: string[];
  arrows: Arrow[];
  marks: Mark[];
}

/** Items drawn at most (the oldest in the window are left out beyond this). */
export const MAX_ARROWS = 1500;

export function buildSpaceTime(events: readonly TraceEvent[], offset: number, nodes: readonly string[], from: number, to: number, heartbeats: boolean): SpaceTime {
  const clients = new Set<string>();
  const open = new Map<number, Arrow>();
  const arrows: Arrow[] = [];
  const marks: Mark[] = [];
  events.forEach((e, i) => {
    const index = i + offset;
    if (e.ev === 'send') {
      if (!heartbeats && e.msg.type.startsWith('heartbeat')) return;
      const arrow: Arrow = { id: e.id, from: e.from, to: e.to, type: e.msg.type, sentAt: e.t, endAt: e.at, end: 'flight', sendIndex: index };
      open.set(e.id, arrow);
      if (!nodes.includes(e.from)) clients.add(e.from);
      if (!nodes.includes(e.to)) clients.add(e.to);
      if (e.t <= to && e.at >= from) arrows.push(arrow);
    } else if (e.ev === 'recv' || e.ev === 'drop') {
      const arrow = open.get(e.id);
      if (arrow) Object.assign(arrow, { end: e.ev, endAt: e.t, endIndex: index });
      open.delete(e.id);
    } else if (e.t >= from && e.t <= to) {
      const mark = markOf(e, index);
      if (mark) marks.push(mark);
    }
  });
  const shown = arrows.filter((a) => a.endAt >= from);
  return { lanes: [...nodes, ...[...clients].sort()], arrows: shown.length > MAX_ARROWS ? shown.slice(shown.length - MAX_ARROWS) : shown, marks };
}

function markOf(e: TraceEvent, index: number): Mark | undefined {
  switch (e.ev) {
    case 'role':
      return { index, lane: e.node, t: e.t, kind: e.role, label: String(e.term) };
    case 'vote':
      return e.for === e.node ? undefined : { index, lane: e.node, t: e.t, kind: 'vote', label: `→${e.for}` };
    case 'commit':
      return { index, lane: e.node, t: e.t, kind: 'commit', label: `${e.index}` };
    case 'truncate':
      return { index, lane: e.node, t: e.t, kind: 'truncate', label: `✂${e.from}` };
    case 'crash':
    case 'restart':
      return { index, lane: e.node, t: e.t, kind: e.ev, label: '' };
    case 'invoke':
    case 'return':
      return { index, lane: e.client, t: e.t, kind: e.ev, label: `#${e.id}` };
    default:
      return undefined;
  }
}
