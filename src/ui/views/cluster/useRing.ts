// The ring's layout for the current nodes, clients and panel size. Memoized so that a frame
// (60 a second while playing) recomputes nothing unless the node ids, the clients or the
// panel size changed.

import { useMemo } from 'react';
import type { SimView } from '../../apply-frame';
import { clientIds, scenarioClients } from './clients';
import { clientSpots, clientWidth, ringLayout, type Point, type RingLayout } from './geometry';
import { glyphHalf } from './ring-fit';
import type { Size } from './useSize';

export interface Ring {
  ids: string[];
  clients: string[];
  layout: RingLayout;
  /** Where every node and client stands. */
  spots: Map<string, Point>;
}

export function useRing(view: SimView, box: Size): Ring {
  const idsKey = view.nodes.map((n) => n.id).join(' ');
  const ids = useMemo(() => (idsKey ? idsKey.split(' ') : []), [idsKey]);
  const nodeSet = useMemo(() => new Set(ids), [ids]);
  const named = useMemo(() => scenarioClients(view.scenario), [view.scenario]);
  const clientsKey = clientIds(named, view.messages, nodeSet).join(' ');
  const clients = useMemo(() => (clientsKey ? clientsKey.split(' ') : []), [clientsKey]);
  const { layout, at } = useMemo(() => layoutBesideClients(ids.length, clients, box), [ids.length, clients, box]);
  const spots = useMemo(() => {
    const map = new Map<string, Point>();
    ids.forEach((id, i) => map.set(id, layout.spots[i] as Point));
    clients.forEach((id, i) => map.set(id, at[i] as Point));
    return map;
  }, [ids, clients, layout, at]);
  return { ids, clients, layout, spots };
}

/**
 * The ring and the clients' column at its left. When the column would reach the nodes (a
 * small panel, where the clients wrap onto a second column: an 800x450 embed frame), the
 * ring is laid out in the room to the column's right instead of the whole panel.
 */
export function layoutBesideClients(n: number, clients: readonly string[], box: Size): { layout: RingLayout; at: Point[] } {
  const layout = ringLayout(n, box.width, box.height);
  const at = clientSpots(clients, layout.nodeR, box.height);
  if (at.length === 0 || layout.spots.length === 0) return { layout, at };
  const edge = Math.max(...at.map((p, i) => p.x + clientWidth(clients[i] as string) / 2)) + 8;
  const half = glyphHalf(layout.nodeR);
  if (Math.min(...layout.spots.map((p) => p.x - half)) >= edge) return { layout, at };
  const beside = ringLayout(n, Math.max(0, box.width - edge), box.height);
  const shifted: RingLayout = { ...beside, cx: beside.cx + edge, spots: beside.spots.map((p) => ({ ...p, x: p.x + edge })) };
  return { layout: shifted, at: clientSpots(clients, shifted.nodeR, box.height) };
}
