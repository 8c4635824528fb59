// How each kind of message looks: a color and a symbol, filled for a request and hollow
// for its reply. The symbols are d3-shape paths, built once per kind and size.

import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolWye, symbolStar, type SymbolType } from 'd3';

export type MessageKind = 'vote' | 'prevote' | 'append' | 'heartbeat' | 'snapshot' | 'timeout' | 'client' | 'read' | 'other';

export interface KindStyle {
  color: string;
  shape: SymbolType;
  /** Symbol area in px²: snapshots are heavy, heartbeats light. */
  area: number;
}

export const KIND_STYLES: Record<MessageKind, KindStyle> = {
  vote: { color: '#c24a00', shape: symbolCircle, area: 200 },
  prevote: { color: '#b06f00', shape: symbolCircle, area: 200 },
  append: { color: '#0b5cad', shape: symbolSquare, area: 190 },
  heartbeat: { color: '#1a8a9a', shape: symbolCircle, area: 110 },
  snapshot: { color: '#a23f7c', shape: symbolStar, area: 300 },
  timeout: { color: '#1b1f24', shape: symbolTriangle, area: 230 },
  client: { color: '#2e7d32', shape: symbolDiamond, area: 220 },
  read: { color: '#5b636e', shape: symbolWye, area: 200 },
  other: { color: '#5b636e', shape: symbolCircle, area: 140 },
};

/** The order of the legend. */
export const LEGEND_KINDS: MessageKind[] = ['vote', 'prevote', 'append', 'heartbeat', 'snapshot', 'timeout', 'client'];

/** Sorts a Raft (or client) message type into a kind, and tells a reply from a request. */
export function messageKind(type: string): { kind: MessageKind; reply: boolean } {
  const reply = type.endsWith('-resp') || type === 'client-response';
  const base = type.replace(/-resp$/, '');
  switch (base) {
    case 'vote':
      return { kind: 'vote', reply };
    case 'pre-vote':
      return { kind: 'prevote', reply };
    case 'append':
      return { kind: 'append', reply };
    case 'heartbeat':
      return { kind: 'heartbeat', reply };
    case 'snapshot':
      return { kind: 'snapshot', reply };
    case 'timeout-now':
      return { kind: 'timeout', reply };
    case 'client-request':
    case 'client-response':
    case 'propose':
      return { kind: 'client', reply };
    case 'read-index':
      return { kind: 'read', reply };
    default:
      return { kind: 'other', reply };
  }
}

const paths = new Map<string, string>();

/** The symbol's path centred on 0,0, memoized: a frame may draw hundreds of messages. */
export function kindPath(kind: MessageKind, scale = 1): string {
  const key = `${kind}:${scale}`;
  let d = paths.get(key);
  if (d === undefined) {
    const s = KIND_STYLES[kind];
    d = symbol(s.shape, s.area * scale * scale)() ?? '';
    paths.set(key, d);
  }
  return d;
}
