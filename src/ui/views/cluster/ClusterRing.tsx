// The SVG of the cluster, layer by layer: partition areas, links, clients, nodes, messages,
// loss bursts. Pure drawing from the current view; the parent owns menus and selection.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageView, NetworkView } from '../../../protocol';
import type { SimView } from '../../apply-frame';
import type { Selection } from '../../store';
import { GROUP_NAMES } from '../faults/partition';
import { BrokenLinkLayer } from './BrokenLinkLayer';
import { ClientLayer } from './ClientLayer';
import { crashedClients } from './clients';
import { burstSpot, DropLayer, type BurstSpot } from './DropLayer';
import { recentDrops } from './drops';
import { CLIENT_H, clientWidth, type Point, type RingLayout } from './geometry';
import { aloneNodes, groupIndex } from './links';
import { LinkLayer } from './LinkLayer';
import { MessageLayer } from './MessageLayer';
import { NodeGlyph, type GroupBadge } from './NodeGlyph';
import { messageInset, timerRadius } from './node-style';
import { GROUP_STYLES } from './palette';
import { placeLabels, type LabelPlace } from './label-layout';
import { labelSizes } from './label-sizes';
import { PartitionLayer } from './PartitionLayer';
import type { Ring } from './useRing';

interface Props {
  view: SimView;
  ring: Ring;
  box: { width: number; height: number };
  selection: Selection;
  onNode(id: string): void;
  onLink(a: string, b: string, at: Point): void;
  onMessage(m: MessageView, at: Point): void;
  onBackground(): void;
}

/**
 * The network as a value that keeps its identity while its content is the same: frames
 * arrive 60 times a second with a fresh object, and the link and partition layers are
 * memoized on it.
 */
function useStableNetwork(network: NetworkView): NetworkView {
  const key = JSON.stringify(network);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the content on purpose
  return useMemo(() => network, [key]);
}

export function ClusterRing({ view, ring, box, selection, onNode, onLink, onMessage, onBackground }: Props) {
  const { ids, clients, layout, spots } = ring;
  const { t } = useTranslation('cluster');
  const network = useStableNetwork(view.network);
  const places = useLabelPlaces(ids, clients, layout, spots, box);
  const alone = useMemo(() => aloneNodes(ids, network), [ids, network]);
  const badges = useMemo(() => groupBadges(network, alone), [network, alone]);
  const drops = recentDrops(view.events, view.time);
  const crashed = useMemo(() => crashedClients(view.clientEvents), [view.clientEvents]);
  const r = layout.nodeR;
  const inset = messageInset(r);
  const bursts = useBurstSpots(ids, spots, places, r);
  return (
    <svg className="cluster-svg" width={box.width} height={box.height} role="group" aria-label={t('aria', { count: ids.length })} onClick={onBackground}>
      <PartitionLayer network={network} spots={spots} alone={alone} pad={timerRadius('diamond', r) + 10} />
      <LinkLayer ids={ids} spots={spots} network={network} inset={inset} selectedNode={selection.node} onActivate={onLink} />
      <BrokenLinkLayer links={view.brokenLinks} spots={spots} crashed={crashed} inset={inset} />
      <ClientLayer ids={clients} spots={spots} crashed={crashed} />
      <g className="nodes">
        {view.nodes.map((n, i) => {
          const spot = layout.spots[i];
          if (!spot) return null;
          return <NodeGlyph key={n.id} node={n} spot={spot} r={r} time={view.time} selected={selection.node === n.id} badge={badges.get(n.id)} label={places[i] as LabelPlace} onActivate={onNode} />;
        })}
      </g>
      <MessageLayer messages={view.messages} spots={spots} inset={inset} time={view.time} selectedMessage={selection.message} selectedNode={selection.node} onActivate={onMessage} />
      <DropLayer drops={drops} spots={spots} inset={inset} bursts={bursts} />
    </svg>
  );
}

/** Label places change with the layout, the language and the clients, not per frame. */
function useLabelPlaces(ids: readonly string[], clients: readonly string[], layout: RingLayout, spots: ReadonlyMap<string, Point>, box: { width: number; height: number }): LabelPlace[] {
  // react-i18next hands out a new t when the language changes: the labels are re-measured.
  const { t } = useTranslation('cluster');
  const longestId = ids.reduce((a, b) => (b.length > a.length ? b : a), '');
  const sizes = useMemo(() => labelSizes(t, longestId), [t, longestId]);
  return useMemo(() => {
    const obstacles = clients.flatMap((id) => {
      const p = spots.get(id);
      const w = clientWidth(id) + 4;
      return p ? [{ x: p.x - w / 2, y: p.y - CLIENT_H / 2 - 2, width: w, height: CLIENT_H + 4 }] : [];
    });
    return placeLabels(layout.spots, sizes, { nodeReach: timerRadius('diamond', layout.nodeR), box, obstacles });
  }, [clients, spots, layout, sizes, box]);
}

/** Every lane's burst spot, clear of the labels and of the nodes' discs (DropLayer.burstSpot). */
function useBurstSpots(ids: readonly string[], spots: ReadonlyMap<string, Point>, places: readonly LabelPlace[], nodeR: number): Map<string, BurstSpot> {
  return useMemo(() => {
    const reach = timerRadius('diamond', nodeR);
    // A little air around each label: its text is measured by estimate (label-layout.textWidth).
    const labels = places.map(({ rect: r }) => ({ x: r.x - 4, y: r.y - 4, width: r.width + 8, height: r.height + 8 }));
    const discs = new Map<string, { x: number; y: number; width: number; height: number }>();
    for (const id of ids) {
      const p = spots.get(id);
      if (p) discs.set(id, { x: p.x - reach, y: p.y - reach, width: 2 * reach, height: 2 * reach });
    }
    const out = new Map<string, BurstSpot>();
    const inset = messageInset(nodeR);
    for (const from of ids) {
      for (const to of ids) {
        const a = spots.get(from);
        const b = spots.get(to);
        if (from === to || !a || !b) continue;
        // The two ends' own discs are clear by the inset; the other nodes and the labels are avoided.
        const others = [...labels, ...[...discs].filter(([id]) => id !== from && id !== to).map(([, d]) => d)];
        out.set(`${from} ${to}`, burstSpot(a, b, inset, others));
      }
    }
    return out;
  }, [ids, spots, places, nodeR]);
}

function groupBadges(network: NetworkView, alone: ReadonlySet<string>): Map<string, GroupBadge> {
  const out = new Map<string, GroupBadge>();
  const groups = groupIndex(network);
  if (!groups) return out;
  for (const [id, g] of groups) {
    const style = GROUP_STYLES[g % GROUP_STYLES.length];
    if (style && !alone.has(id)) out.set(id, { letter: GROUP_NAMES[g] ?? String(g + 1), ink: style.ink, fill: style.fill });
  }
  return out;
}
