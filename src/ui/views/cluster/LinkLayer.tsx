// The network between the nodes: a faint line for every pair that can talk (a partition
// removes the lines it cuts), and for each one-way cut link a red dashed lane with a cut
// mark at the end the messages no longer reach. Every line is a wide click target that opens
// the link menu.

import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkView } from '../../../protocol';
import { lanePath, lanePoint, laneTangent, type Point } from './geometry';
import { allPairs, cutSet, groupIndex, linkKey, separated } from './links';

interface Props {
  ids: readonly string[];
  spots: ReadonlyMap<string, Point>;
  network: NetworkView;
  inset: number;
  selectedNode: string | undefined;
  onActivate(a: string, b: string, at: Point): void;
}

export const LinkLayer = memo(function LinkLayer({ ids, spots, network, inset, selectedNode, onActivate }: Props) {
  const { t } = useTranslation('cluster');
  const groups = groupIndex(network);
  const cuts = cutSet(network);
  return (
    <g className="links">
      {allPairs(ids).map(({ a, b }) => {
        const pa = spots.get(a);
        const pb = spots.get(b);
        if (!pa || !pb) return null;
        const apart = separated(network, groups, a, b);
        const near = selectedNode === undefined || selectedNode === a || selectedNode === b;
        const mid = { x: (pa.x + pb.x) / 2, y: (pa.y + pb.y) / 2 };
        return (
          <g key={`${a}-${b}`} className={`link${apart ? ' apart' : ''}${near ? '' : ' dimmed'}`}>
            {!apart && <line className="link-line" x1={pa.x} y1={pa.y} x2={pb.x} y2={pb.y} />}
            {cuts.has(linkKey(a, b)) && <CutLane from={pa} to={pb} inset={inset} testId={`cut-${a}-${b}`} />}
            {cuts.has(linkKey(b, a)) && <CutLane from={pb} to={pa} inset={inset} testId={`cut-${b}-${a}`} />}
            <line
              className="link-hit"
              data-testid={`link-${a}-${b}`}
              x1={pa.x}
              y1={pa.y}
              x2={pb.x}
              y2={pb.y}
              role="button"
              aria-label={t('linkAria', { a, b })}
              onClick={(e) => {
                e.stopPropagation();
                onActivate(a, b, mid);
              }}
            />
          </g>
        );
      })}
    </g>
  );
});

/**
 * Where on the lane the cut mark sits: towards the end the messages can no longer reach, but
 * clear of the receiving node's timer ring, halo and badges (drawn over the links), so it is
 * seen even between close neighbours on a crowded ring.
 */
const CUT_AT = 0.62;

function CutLane({ from, to, inset, testId }: { from: Point; to: Point; inset: number; testId: string }) {
  const p = lanePoint(from, to, CUT_AT, inset);
  const d = laneTangent(from, to, CUT_AT, inset);
  const n = { x: -d.y, y: d.x };
  const half = 14;
  // Two short parallel bars across the lane: the usual "cut" mark of a network diagram.
  const bar = (shift: number) => {
    const cx = p.x + d.x * shift;
    const cy = p.y + d.y * shift;
    return `M${(cx - n.x * half).toFixed(1)},${(cy - n.y * half).toFixed(1)}L${(cx + n.x * half).toFixed(1)},${(cy + n.y * half).toFixed(1)}`;
  };
  return (
    <g className="cut-link" data-testid={testId}>
      <path className="cut-lane" d={lanePath(from, to, inset)} />
      {/* A white casing under the bars keeps them readable over the other lines. */}
      <path className="cut-mark-casing" d={bar(-5) + bar(5)} />
      <path className="cut-mark" d={bar(-5) + bar(5)} />
    </g>
  );
}
