// One node on the ring: its shape (role by color and shape), its large id, the election
// timer as a shrinking arc, and a label block outside the ring with role, term, vote and
// indexes. React draws it; d3 only computes the arc and symbol paths.

import { arc, symbol, symbolStar } from 'd3';
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeView } from '../../../protocol';
import { timerArcAngles, timerFraction, type RingSpot } from './geometry';
import { LABEL_ASCENT, LABEL_LINE, type LabelPlace } from './label-sizes';
import { nodeStyle, shapeExtent, timerRadius, type NodeStyle } from './node-style';
import { SELECT_COLOR } from './palette';

export interface GroupBadge {
  letter: string;
  ink: string;
  fill: string;
}

interface Props {
  node: NodeView;
  spot: RingSpot;
  r: number;
  time: number;
  selected: boolean;
  badge: GroupBadge | undefined;
  label: LabelPlace;
  onActivate(id: string): void;
}

const ringArc = arc<{ innerRadius: number; outerRadius: number; startAngle: number; endAngle: number }>();
const STAR = symbol(symbolStar, 520)() ?? '';
const TIMER_WIDTH = 5;

export const NodeGlyph = memo(function NodeGlyph({ node, spot, r, time, selected, badge, label, onActivate }: Props) {
  const { t } = useTranslation('cluster');
  const style = nodeStyle(node);
  const extent = shapeExtent(style.shape, r);
  const role = t(`role.${style.look}`);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onActivate(node.id);
    }
  };
  return (
    <g
      className={`node-glyph look-${style.look}${selected ? ' selected' : ''}`}
      transform={`translate(${spot.x.toFixed(1)},${spot.y.toFixed(1)})`}
      data-testid={`node-${node.id}`}
      data-role={node.up ? node.role : 'crashed'}
      data-term={node.term}
      role="button"
      tabIndex={0}
      aria-label={t('nodeAria', { id: node.id, role, term: node.term })}
      aria-pressed={selected}
      onClick={(e) => {
        e.stopPropagation();
        onActivate(node.id);
      }}
      onKeyDown={onKey}
    >
      {/* The glyph proper, without its label: what PAGE.md's data-node marks. */}
      <g className="node-mark" data-node={node.id}>
        {selected && <circle className="node-halo" r={timerRadius(style.shape, r) + 9} stroke={SELECT_COLOR} />}
        <TimerRing node={node} style={style} r={r} time={time} />
        <NodeShape style={style} r={r} />
        {style.cross && <Cross extent={extent} />}
        <text className="node-id" dy="0.35em">
          {node.id}
        </text>
        {style.star && <path className="leader-star" d={STAR} transform={`translate(${(extent * 0.74).toFixed(1)},${(-extent * 0.74).toFixed(1)})`} />}
        {badge && <Badge badge={badge} extent={extent} />}
      </g>
      <NodeLabel node={node} spot={spot} style={style} role={role} place={label} />
    </g>
  );
});

function NodeShape({ style, r }: { style: NodeStyle; r: number }) {
  const common = { fill: style.colors.fill, stroke: style.colors.stroke, strokeWidth: style.strokeWidth, strokeDasharray: style.dash };
  if (style.shape === 'circle') return <circle className="node-shape" r={r} {...common} />;
  const e = shapeExtent('diamond', r);
  return <path className="node-shape" d={`M0,${-e}L${e},0L0,${e}L${-e},0Z`} strokeLinejoin="round" {...common} />;
}

/**
 * The election timer (Raft §5.2): a full ring just after it restarts, shrinking to nothing
 * when the node would start an election. A leader has no election timer; it sends
 * heartbeats instead, shown as a steady double ring.
 */
function TimerRing({ node, style, r, time }: { node: NodeView; style: NodeStyle; r: number; time: number }) {
  const rr = timerRadius(style.shape, r);
  if (node.up && node.role === 'leader') {
    return <circle className="heartbeat-ring" r={rr} stroke={style.colors.stroke} />;
  }
  const fraction = timerFraction(node.electionStart, node.electionDeadline, time, node.up);
  if (fraction === null) return null;
  const d = ringArc({ innerRadius: rr - TIMER_WIDTH / 2, outerRadius: rr + TIMER_WIDTH / 2, ...timerArcAngles(fraction) }) ?? '';
  return (
    <g className="timer" data-testid="election-timer" data-fraction={fraction.toFixed(3)}>
      <circle className="timer-track" r={rr} />
      <path className="timer-arc" d={d} fill={style.colors.timer} />
    </g>
  );
}

function Cross({ extent }: { extent: number }) {
  const k = extent * 0.78;
  return <path className="node-cross" d={`M${-k},${-k}L${k},${k}M${k},${-k}L${-k},${k}`} />;
}

function Badge({ badge, extent }: { badge: GroupBadge; extent: number }) {
  const x = -extent * 0.8;
  const y = -extent * 0.8;
  return (
    <g className="group-badge" transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`}>
      <circle r={13} fill={badge.fill} stroke={badge.ink} />
      <text dy="0.35em" fill={badge.ink}>
        {badge.letter}
      </text>
    </g>
  );
}

/** Role and term, vote, then indexes, as many lines as the label's place allows. */
function NodeLabel({ node, spot, style, role, place }: { node: NodeView; spot: RingSpot; style: NodeStyle; role: string; place: LabelPlace }) {
  const { t } = useTranslation('cluster');
  const { rect, side, level } = place;
  const anchor = side === 'right' ? 'start' : side === 'left' ? 'end' : 'middle';
  const x = (side === 'right' ? rect.x : side === 'left' ? rect.x + rect.width : rect.x + rect.width / 2) - spot.x;
  const y = rect.y - spot.y + LABEL_ASCENT;
  const term = t('term', { term: node.term });
  const head = level === 'tiny' || level === 'compact' ? term : `${role} · ${term}`;
  const lines = level === 'tiny' ? [] : [node.vote ? t('vote', { node: node.vote }) : t('noVote')];
  if (level === 'full') lines.push(node.up ? t('indexes', { commit: node.commit, applied: node.applied, revision: node.revision }) : t('crashedLog', { index: node.lastIndex }));
  return (
    <text className="node-label" x={x} y={y} textAnchor={anchor} data-level={level}>
      <tspan className="node-label-role" x={x} fill={style.colors.text}>
        {head}
      </tspan>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={LABEL_LINE} className={i === 1 ? 'node-label-index' : undefined}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
