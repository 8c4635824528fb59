// The cluster: nodes on a ring, the links between them, the messages in flight, and the
// fault controls around it. It draws the latest frame; everything that moves is computed
// from the frame's virtual time, so it needs no animation state of its own.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimView } from '../../apply-frame';
import { PROJECTOR_SCALE, useDisplay } from '../../display-mode';
import { useExplorer, type Selection } from '../../store';
import { FaultToolbar } from '../faults/FaultToolbar';
import { ConfigLine } from '../members/ConfigLine';
import { LinkMenu } from '../faults/LinkMenu';
import { NodeMenu } from '../faults/NodeMenu';
import { currentLeader } from '../faults/partition';
import { runEnded } from '../faults/run-ended';
import { ClusterRing } from './ClusterRing';
import { Legend } from './Legend';
import { menuPlace } from './menu-place';
import { MessagePopover } from './MessagePopover';
import { messageInset } from './node-style';
import { ringScale } from './ring-scale';
import { useOverlay, type OverlayControls } from './useOverlay';
import { useRing, type Ring } from './useRing';
import { useSize, type Size } from './useSize';
import './cluster.css';

export function ClusterView() {
  const { t } = useTranslation('cluster');
  const [boxRef, outer] = useSize<HTMLDivElement>();
  const view = useExplorer((s) => s.view);
  const selection = useExplorer((s) => s.selection);
  // Embed mode (PAGE.md embed=1) shows the run, not the fault controls.
  const embed = useExplorer((s) => s.embed);
  // Projector mode draws the ring for a smaller box and scales it up: everything on it
  // (nodes, labels, messages, lines, menus) grows together, and fewer label lines fit.
  // The scale gives way when a crowded ring would not fit the panel (ring-scale.ts).
  const wanted = useDisplay((s) => (s.projector ? PROJECTOR_SCALE : 1));
  const scale = ringScale(wanted, view.nodes.length, outer);
  const box = useScaledBox(outer, scale);
  const ring = useRing(view, box);
  const overlay = useOverlay();
  return (
    <div className="cluster-view">
      {!embed && <FaultToolbar />}
      <div className="ring-box" ref={boxRef} data-testid="cluster-ring">
        <div className="ring-scale" style={{ width: box.width, height: box.height, transform: scale === 1 ? undefined : `scale(${scale})` }}>
          {box.width > 0 && ring.ids.length > 0 && (
            <ClusterRing
              view={view}
              ring={ring}
              box={box}
              selection={selection}
              onNode={overlay.onNode}
              onLink={overlay.onLink}
              onMessage={overlay.onMessage}
              onBackground={overlay.close}
            />
          )}
          {ring.ids.length === 0 && <p className="placeholder">{t('empty')}</p>}
          <Overlays view={view} ring={ring} box={box} selection={selection} controls={overlay} menus={!embed} />
        </div>
      </div>
      {/* Under the ring, one line: the configuration, and the key folded behind a button. */}
      <div className="ring-foot">
        <ConfigLine nodes={view.nodes} quorum={view.quorum} leader={currentLeader(view.nodes)} />
        <Legend />
      </div>
    </div>
  );
}

/** The panel's size in the ring's own units (smaller when drawn scaled up). */
function useScaledBox(outer: Size, scale: number): Size {
  const width = Math.floor(outer.width / scale);
  const height = Math.floor(outer.height / scale);
  return useMemo(() => ({ width, height }), [width, height]);
}

/** The open menu or card, if it still matches the selection. */
function Overlays({ view, ring, box, selection, controls, menus }: { view: SimView; ring: Ring; box: Size; selection: Selection; controls: OverlayControls; menus: boolean }) {
  const { overlay, close } = controls;
  const ended = runEnded(view);
  if (!menus && overlay?.kind !== 'message') return null;
  if (overlay?.kind === 'node' && selection.node === overlay.id) {
    const node = view.nodes.find((n) => n.id === overlay.id);
    const spot = ring.spots.get(overlay.id);
    if (!node || !spot) return null;
    const place = menuPlace(spot, messageInset(ring.layout.nodeR), box);
    return <NodeMenu node={node} place={place} isolated={view.network.isolated.includes(node.id)} leader={currentLeader(view.nodes)} ended={ended} onClose={close} />;
  }
  if (overlay?.kind === 'link') {
    return <LinkMenu a={overlay.a} b={overlay.b} network={view.network} place={menuPlace(overlay.at, 16, box)} ended={ended} onClose={close} />;
  }
  if (overlay?.kind === 'message' && selection.message === overlay.message.id) {
    const live = view.messages.find((m) => m.id === overlay.message.id) ?? overlay.message;
    return <MessagePopover message={live} at={overlay.at} time={view.time} box={box} onClose={close} />;
  }
  return null;
}
