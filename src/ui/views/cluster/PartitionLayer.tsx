// Partitions drawn as soft colored areas behind the nodes of each group (A, B, C), and a
// dashed grey fence around each node that can reach no one. The lines a partition cuts
// disappear in LinkLayer, so the walls read at a glance.

import { memo } from 'react';
import type { NetworkView } from '../../../protocol';
import type { Point } from './geometry';
import { hullPath } from './links';
import { ALONE_STYLE, GROUP_STYLES } from './palette';

interface Props {
  network: NetworkView;
  spots: ReadonlyMap<string, Point>;
  alone: ReadonlySet<string>;
  /** How far the area reaches around each node centre. */
  pad: number;
}

export const PartitionLayer = memo(function PartitionLayer({ network, spots, alone, pad }: Props) {
  const groups = network.groups ?? [];
  return (
    <g className="partitions" aria-hidden="true">
      {groups.map((g, i) => {
        const style = GROUP_STYLES[i % GROUP_STYLES.length];
        const members = g.filter((id) => !alone.has(id));
        const pts = members.map((id) => spots.get(id)).filter((p): p is Point => p !== undefined);
        if (!style || pts.length === 0) return null;
        const d = hullPath(pts);
        return (
          <g key={i} className="group-area" data-testid={`group-${i}`}>
            <path d={d} fill="none" stroke={style.stroke} strokeWidth={pad * 2 + 3} strokeLinejoin="round" strokeLinecap="round" />
            <path d={d} fill={style.fill} stroke={style.fill} strokeWidth={pad * 2} strokeLinejoin="round" strokeLinecap="round" />
          </g>
        );
      })}
      {[...alone].map((id) => {
        const p = spots.get(id);
        if (!p) return null;
        return <circle key={id} className="alone-fence" data-testid={`alone-${id}`} cx={p.x} cy={p.y} r={pad} fill={ALONE_STYLE.fill} stroke={ALONE_STYLE.stroke} />;
      })}
    </g>
  );
});
