// The ring's layout for the current nodes, clients and panel size. Memoized so that a frame
// (60 a second while playing) recomputes nothing unless the node ids, the clients or the
// panel size changed.

import { useMemo } from 'react';
import type { SimView } from '../../apply-frame';
import { clientIds, scenarioClients } from './clients';
import { clientSpots, ringLayout, type Point, type RingLayout } from './geometry';
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
  const layout = useMemo(() => ringLayout(ids.length, box.width, box.height), [ids.length, box.width, box.height]);
  const spots = useMemo(() => {
    const map = new Map<string, Point>();
    ids.forEach((id, i) => map.set(id, layout.spots[i] as Point));
    const at = clientSpots(clients, layout.nodeR, box.height);
    clients.forEach((id, i) => map.set(id, at[i] as Point));
    return map;
  }, [ids, clients, layout, box.height]);
  return { ids, clients, layout, spots };
}
