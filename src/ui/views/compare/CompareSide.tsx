// One side of an A/B comparison: a compact cluster ring of that run (no fault controls),
// with the nodes that differ from the other side ringed in red.

import { useMemo } from 'react';
import type { SimView } from '../../apply-frame';
import { useExplorer } from '../../store';
import { ClusterRing } from '../cluster/ClusterRing';
import { markRadius } from './mark-radius';
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
  const [boxRef, box] = useSize<HTMLDivElement>();
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
        {box.width > 0 && ring.ids.length > 0 && (
          <>
            <ClusterRing view={view} ring={ring} box={box} selection={selection} onNode={onNode} onLink={nothing} onMessage={nothing} onBackground={nothing} />
            <svg className="cmp-marks" width={box.width} height={box.height} aria-hidden="true">
              {[...differing].map((id) => {
                const spot = ring.spots.get(id);
                return spot ? <circle key={id} cx={spot.x} cy={spot.y} r={markR} data-testid={`differs-${side.toLowerCase()}-${id}`} /> : null;
              })}
            </svg>
          </>
        )}
      </div>
    </figure>
  );
}
