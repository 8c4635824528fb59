// The cluster: nodes on a ring, the links between them, the messages in flight, and the
// fault controls around it. It draws the latest frame; everything that moves is computed
// from the frame's virtual time, so it needs no animation state of its own.

import { useMemo, type RefObject } from 'react';
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
import { FloatingMenu } from './FloatingMenu';
import { MessagePopover } from './MessagePopover';
import { ringFit } from './ring-fit';
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
  const scale = useRingScale(wanted, view.nodes.length, outer);
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
          <Overlays view={view} ring={ring} box={box} selection={selection} controls={overlay} menus={false} />
        </div>
      </div>
      {/* The node's and the link's menus float over the page, beside what was clicked. */}
      {!embed && <Overlays view={view} ring={ring} box={box} selection={selection} controls={overlay} menus floating={{ boxRef, scale }} />}
      {/* Under the ring, one line: the configuration, and the key folded behind a button. */}
      <div className="ring-foot">
        <ConfigLine nodes={view.nodes} quorum={view.quorum} leader={currentLeader(view.nodes)} />
        <Legend />
      </div>
    </div>
  );
}

/**
 * The scale to draw the ring at: projector mode's, giving way when the panel is short
 * (ring-scale.ts); below 1 when even at 1 a crowded ring's nodes would touch (nine nodes in
 * an 800x450 embed frame): the ring is then laid out larger and drawn scaled down (ring-fit.ts).
 */
function useRingScale(wanted: number, n: number, outer: Size): number {
  const up = ringScale(wanted, n, outer);
  // A ring of up to six keeps at least three quarters of its type size (ids of 18 px).
  const fit = useMemo(() => (outer.width > 0 && outer.height > 0 ? Math.max(n >= 7 ? 0 : 0.75, ringFit(n, outer).scale) : 1), [n, outer]);
  return up > 1 ? up : fit;
}

/** The panel's size in the ring's own units (smaller when drawn scaled up). */
function useScaledBox(outer: Size, scale: number): Size {
  const width = Math.floor(outer.width / scale);
  const height = Math.floor(outer.height / scale);
  return useMemo(() => ({ width, height }), [width, height]);
}

/** The open menu or card, if it still matches the selection: the menus floating over the page, the message card inside the ring. */
function Overlays({ view, ring, box, selection, controls, menus, floating }: { view: SimView; ring: Ring; box: Size; selection: Selection; controls: OverlayControls; menus: boolean; floating?: { boxRef: RefObject<HTMLDivElement | null>; scale: number } }) {
  const { overlay, close } = controls;
  const ended = runEnded(view);
  if (floating) {
    if (overlay?.kind === 'node' && selection.node === overlay.id) {
      const node = view.nodes.find((n) => n.id === overlay.id);
      if (!node || !ring.spots.get(overlay.id)) return null;
      return (
        <FloatingMenu boxRef={floating.boxRef} ring={ring} scale={floating.scale} at={{ node: node.id }}>
          <NodeMenu node={node} place={FLOATING} isolated={view.network.isolated.includes(node.id)} leader={currentLeader(view.nodes)} ended={ended} onClose={close} />
        </FloatingMenu>
      );
    }
    if (overlay?.kind === 'link') {
      return (
        <FloatingMenu boxRef={floating.boxRef} ring={ring} scale={floating.scale} at={{ point: overlay.at }}>
          <LinkMenu a={overlay.a} b={overlay.b} network={view.network} place={FLOATING} ended={ended} onClose={close} />
        </FloatingMenu>
      );
    }
    return null;
  }
  if (!menus && overlay?.kind !== 'message') return null;
  if (overlay?.kind === 'message' && selection.message === overlay.message.id) {
    const live = view.messages.find((m) => m.id === overlay.message.id) ?? overlay.message;
    return <MessagePopover message={live} at={overlay.at} time={view.time} box={box} onClose={close} />;
  }
  return null;
}

/** A floating menu sits in its FloatingMenu box: no offset of its own. */
const FLOATING = { left: 0, top: 0, flip: false };
