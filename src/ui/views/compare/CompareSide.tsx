// One side of an A/B comparison: a compact cluster ring of that run (no fault controls),
// with the nodes that differ from the other side ringed in red. Half a lesson column is a
// small panel: the ring is drawn scaled down as far as its nodes need to stay apart (ring-fit.ts).

import { useMemo } from 'react';
import type { SimView } from '../../apply-frame';
import { useExplorer } from '../../store';
import { ClusterRing } from '../cluster/ClusterRing';
import { markRadius } from './mark-radius';
import { ringFit } from '../cluster/ring-fit';
import { useRing } from '../cluster/useRing';
import { useSize } from '../cluster/useSize';

interface Props {
  side: 'A' | 'B';
  caption: string;
  view: SimView;
  differing: ReadonlySet<string>;
}

const nothing = () => undefined;

export function CompareSide({ side, caption, view, differing }: Props) {
  const [boxRef, outer] = useSize<HTMLDivElement>();
  const fit = useMemo(() => ringFit(view.nodes.length, outer), [view.nodes.length, outer]);
  const box = fit.box;
  const ring = useRing(view, box);
  const selection = useExplorer((s) => s.selection);
  const toggleSelect = useExplorer((s) => s.toggleSelect);
  const onNode = useMemo(() => (id: string) => toggleSelect({ node: id }), [toggleSelect]);
  const markR = useMemo(() => markRadius(ring.layout.spots, ring.layout.nodeR), [ring.layout]);
  return (
    <figure className={`cmp-side cmp-side-${side.toLowerCase()}`} data-testid={`compare-${side.toLowerCase()}`} data-time={view.time}>
      <figcaption className="cmp-caption">
        <span className={`cmp-letter${side === 'B' ? ' cmp-b' : ''}`}>{side}</span> {caption}
      </figcaption>
      <div className="cmp-ring" ref={boxRef}>
        {outer.width > 0 && ring.ids.length > 0 && (
          <div className="ring-scale" data-scale={fit.scale.toFixed(2)} style={{ width: box.width, height: box.height, transform: fit.scale === 1 ? undefined : `scale(${fit.scale})` }}>
            <ClusterRing view={view} ring={ring} box={box} selection={selection} onNode={onNode} onLink={nothing} onMessage={nothing} onBackground={nothing} />
            <svg className="cmp-marks" width={box.width} height={box.height} aria-hidden="true">
              {[...differing].map((id) => {
                const spot = ring.spots.get(id);
                return spot ? <circle key={id} cx={spot.x} cy={spot.y} r={markR} data-testid={`differs-${side.toLowerCase()}-${id}`} /> : null;
              })}
            </svg>
          </div>
        )}
      </div>
    </figure>
  );
}
