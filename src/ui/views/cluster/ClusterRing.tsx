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
import { DropLayer } from './DropLayer';
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
      <DropLayer drops={drops} spots={spots} inset={inset} />
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
