// The cluster: nodes on a ring, the links between them, the messages in flight, and the
// fault controls around it. It draws the latest frame; everything that moves is computed
// from the frame's virtual time, so it needs no animation state of its own.

import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageView } from '../../../protocol';
import { useExplorer } from '../../store';
import { FaultToolbar } from '../faults/FaultToolbar';
import { LinkMenu } from '../faults/LinkMenu';
import { NodeMenu } from '../faults/NodeMenu';
import { currentLeader } from '../faults/partition';
import { ClusterRing } from './ClusterRing';
import { clientIds, scenarioClients } from './clients';
import { clientSpot, ringLayout, type Point } from './geometry';
import { Legend } from './Legend';
import { menuPlace } from './menu-place';
import { MessagePopover } from './MessagePopover';
import { messageInset } from './node-style';
import { useSize } from './useSize';
import './cluster.css';

type Overlay = { kind: 'node'; id: string } | { kind: 'link'; a: string; b: string; at: Point } | { kind: 'message'; message: MessageView; at: Point } | null;

export function ClusterView() {
  const { t } = useTranslation('cluster');
  const [boxRef, box] = useSize<HTMLDivElement>();
  const view = useExplorer((s) => s.view);
  const selection = useExplorer((s) => s.selection);
  const toggleSelect = useExplorer((s) => s.toggleSelect);
  const [overlay, setOverlay] = useState<Overlay>(null);

  // Layouts change only with the node ids, the clients and the panel size, not per frame.
  const idsKey = view.nodes.map((n) => n.id).join(' ');
  const ids = useMemo(() => (idsKey ? idsKey.split(' ') : []), [idsKey]);
  const nodeSet = useMemo(() => new Set(ids), [ids]);
  const namedClients = useMemo(() => scenarioClients(view.scenario), [view.scenario]);
  const clientsKey = clientIds(namedClients, view.messages, nodeSet).join(' ');
  const layout = useMemo(() => ringLayout(ids.length, box.width, box.height), [ids.length, box.width, box.height]);
  const clients = useMemo(() => (clientsKey ? clientsKey.split(' ') : []), [clientsKey]);
  const spots = useMemo(() => {
    const map = new Map<string, Point>();
    ids.forEach((id, i) => map.set(id, layout.spots[i] as Point));
    clients.forEach((id, i) => map.set(id, clientSpot(i, layout.nodeR)));
    return map;
  }, [ids, clients, layout]);

  const onNode = useCallback(
    (id: string) => {
      toggleSelect({ node: id });
      setOverlay(useExplorer.getState().selection.node === id ? { kind: 'node', id } : null);
    },
    [toggleSelect],
  );
  const onLink = useCallback((a: string, b: string, at: Point) => setOverlay({ kind: 'link', a, b, at }), []);
  const onMessage = useCallback(
    (message: MessageView, at: Point) => {
      toggleSelect({ message: message.id });
      setOverlay(useExplorer.getState().selection.message === message.id ? { kind: 'message', message, at } : null);
    },
    [toggleSelect],
  );
  const close = useCallback(() => setOverlay(null), []);
  // Escape closes a menu or card wherever the focus is (clicking an SVG shape focuses nothing).
  const open = overlay !== null;
  useEffect(() => {
    if (!open) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close]);

  const leader = currentLeader(view.nodes);
  const menuNode = overlay?.kind === 'node' && selection.node === overlay.id ? view.nodes.find((n) => n.id === overlay.id) : undefined;
  const menuSpot = menuNode ? spots.get(menuNode.id) : undefined;
  const inset = messageInset(layout.nodeR);
  return (
    <div className="cluster-view">
      <FaultToolbar />
      <div className="ring-box" ref={boxRef} data-testid="cluster-ring">
        {box.width > 0 && ids.length > 0 && (
          <ClusterRing
            view={view}
            ids={ids}
            clients={clients}
            layout={layout}
            spots={spots}
            box={box}
            selection={selection}
            onNode={onNode}
            onLink={onLink}
            onMessage={onMessage}
            onBackground={close}
          />
        )}
        {ids.length === 0 && <p className="placeholder">{t('empty')}</p>}
        {menuNode && menuSpot && (
          <NodeMenu node={menuNode} place={menuPlace(menuSpot, inset, box)} isolated={view.network.isolated.includes(menuNode.id)} leader={leader} ended={view.time >= view.until} onClose={close} />
        )}
        {overlay?.kind === 'link' && <LinkMenu a={overlay.a} b={overlay.b} network={view.network} place={menuPlace(overlay.at, 16, box)} ended={view.time >= view.until} onClose={close} />}
        {overlay?.kind === 'message' && selection.message === overlay.message.id && (
          <MessagePopover message={view.messages.find((m) => m.id === overlay.message.id) ?? overlay.message} at={overlay.at} time={view.time} box={box} onClose={close} />
        )}
      </div>
      <Legend />
    </div>
  );
}
