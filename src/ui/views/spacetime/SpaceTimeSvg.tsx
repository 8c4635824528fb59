// Drawing the space-time diagram: lanes, a time axis, arrows and marks, with d3 scales.
// Dragging pans (and stops following playback); the mouse wheel zooms.

import { scaleLinear } from 'd3';
import { useRef, type PointerEvent, type WheelEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TraceEvent } from '../../../sim/trace-types';
import { useExplorer, type Selection } from '../../store';
import { KIND_STYLES, messageKind } from '../cluster/message-kinds';
import type { Size } from '../cluster/useSize';
import { selectionForEvent } from '../events/jump';
import type { Arrow, Mark, SpaceTime } from './model';
import { MAX_SPAN, MIN_SPAN, type Window } from './SpaceTimeToolbar';

const LEFT = 64;
const TOP = 26;
const RIGHT = 12;

interface Props {
  model: SpaceTime;
  box: Size;
  from: number;
  to: number;
  now: number;
  selection: Selection;
  trigger: number | undefined;
  win: Window;
  setWin(w: Window): void;
}

export function SpaceTimeSvg({ model, box, from, to, now, selection, trigger, win, setWin }: Props) {
  const { t } = useTranslation('spacetime');
  const x = scaleLinear().domain([from, to]).range([LEFT, box.width - RIGHT]);
  const laneGap = Math.max(18, (box.height - TOP - 10) / Math.max(1, model.lanes.length));
  const y = (lane: string) => TOP + laneGap * (model.lanes.indexOf(lane) + 0.5);
  const drag = useDrag(x.invert, win, setWin, to);
  const onWheel = (e: WheelEvent) => {
    if (e.deltaY === 0) return;
    setWin({ ...win, span: Math.min(MAX_SPAN, Math.max(MIN_SPAN, Math.round(win.span * (e.deltaY > 0 ? 1.25 : 0.8)))) });
  };
  return (
    <svg className="st-svg" width={box.width} height={box.height} onWheel={onWheel} {...drag} role="img" aria-label={t('label')}>
      <Axis x={x} height={box.height} />
      {model.lanes.map((lane) => (
        <g key={lane} className={`st-lane${selection.node === lane ? ' is-selected' : ''}`}>
          <line x1={LEFT} x2={box.width - RIGHT} y1={y(lane)} y2={y(lane)} />
          <text x={8} y={y(lane)} dy="0.35em">
            {lane}
          </text>
        </g>
      ))}
      {now >= from && now <= to && <line className="st-now" x1={x(now)} x2={x(now)} y1={TOP - 6} y2={box.height - 4} />}
      {model.arrows.map((a) => (
        <ArrowView key={a.id} a={a} x={x} y={y} now={now} selected={selection.message === a.id} trigger={trigger === a.id} />
      ))}
      {[...model.marks].sort(byLayer).map((m) => (
        <MarkView key={m.index} m={m} x={x(m.t)} y={y(m.lane)} selected={selection.event === m.index} />
      ))}
    </svg>
  );
}

function Axis({ x, height }: { x: ReturnType<typeof scaleLinear<number, number>>; height: number }) {
  const ticks = x.ticks(8);
  return (
    <g className="st-axis">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={TOP - 6} y2={height - 4} />
          <text x={x(tick)} y={14} textAnchor="middle">
            {tick >= 1000 ? `${(tick / 1000).toFixed(tick % 1000 === 0 ? 0 : 2)} s` : `${tick} ms`}
          </text>
        </g>
      ))}
    </g>
  );
}

function ArrowView({ a, x, y, now, selected, trigger }: { a: Arrow; x: (t: number) => number; y: (lane: string) => number; now: number; selected: boolean; trigger: boolean }) {
  const select = useExplorer((s) => s.select);
  const { kind, reply } = messageKind(a.type);
  const color = KIND_STYLES[kind].color;
  const x1 = x(a.sentAt);
  const y1 = y(a.from);
  // In flight: drawn up to where it is now, on its way.
  const shownEnd = a.end === 'flight' ? Math.min(now, a.endAt) : a.endAt;
  const f = a.endAt > a.sentAt ? (shownEnd - a.sentAt) / (a.endAt - a.sentAt) : 1;
  const x2 = x(shownEnd);
  const y2 = y1 + (y(a.to) - y1) * f;
  const classes = ['st-arrow', `is-${a.end}`, kind === 'heartbeat' ? 'is-heartbeat' : '', reply ? 'is-reply' : '', selected ? 'is-selected' : '', trigger ? 'is-trigger' : ''];
  return (
    <g className={classes.join(' ')} onClick={() => select({ message: a.id, event: a.sendIndex })} data-testid="st-arrow" data-id={a.id} data-end={a.end} data-type={a.type}>
      <line className="st-hit" x1={x1} y1={y1} x2={x2} y2={y2} />
      <line x1={x1} y1={y1} x2={x2} y2={y2} stroke={color} />
      <circle cx={x1} cy={y1} r={2.5} fill={color} />
      {a.end === 'drop' && <path className="st-drop" d={`M${x2 - 5},${y2 - 5}L${x2 + 5},${y2 + 5}M${x2 - 5},${y2 + 5}L${x2 + 5},${y2 - 5}`} />}
      {a.end === 'recv' && <path d={arrowHead(x1, y1, x2, y2)} fill={color} />}
      <title>{`${a.type} #${a.id} ${a.from} → ${a.to}`}</title>
    </g>
  );
}

/** A small filled arrowhead at (x2, y2), pointing along the line. */
function arrowHead(x1: number, y1: number, x2: number, y2: number): string {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const size = 7;
  const a1 = angle + Math.PI - 0.4;
  const a2 = angle + Math.PI + 0.4;
  return `M${x2},${y2}L${x2 + size * Math.cos(a1)},${y2 + size * Math.sin(a1)}L${x2 + size * Math.cos(a2)},${y2 + size * Math.sin(a2)}Z`;
}

/** Role changes drawn last, on top: when marks crowd, the ones a class talks about stay clickable. */
const LAYER: Record<Mark['kind'], number> = { commit: 0, invoke: 0, return: 0, truncate: 1, vote: 1, crash: 2, restart: 2, follower: 3, precandidate: 3, candidate: 4, leader: 5 };
const byLayer = (a: Mark, b: Mark) => LAYER[a.kind] - LAYER[b.kind];

const MARK_SHAPES: Record<Mark['kind'], string> = {
  leader: 'M0,-8L2.4,-2.5L8,-2.5L3.5,1L5,7L0,3.5L-5,7L-3.5,1L-8,-2.5L-2.4,-2.5Z',
  candidate: 'M0,-7L7,0L0,7L-7,0Z',
  precandidate: 'M0,-6L6,0L0,6L-6,0Z',
  follower: 'M-5,0A5,5 0 1,0 5,0A5,5 0 1,0 -5,0',
  vote: 'M-5,0L-1,4L6,-5',
  commit: 'M-1.5,-8H1.5V8H-1.5Z',
  truncate: 'M-6,-6L6,6M-6,6L6,-6',
  crash: 'M-7,-7L7,7M-7,7L7,-7',
  restart: 'M-6,-6H6V6H-6Z',
  invoke: 'M-5,-5L5,0L-5,5Z',
  return: 'M5,-5L-5,0L5,5Z',
};

function MarkView({ m, x, y, selected }: { m: Mark; x: number; y: number; selected: boolean }) {
  const select = useExplorer((s) => s.select);
  const events = useExplorer((s) => s.view.events);
  const offset = useExplorer((s) => s.view.eventOffset);
  const onClick = () => {
    const e = events[m.index - offset] as TraceEvent | undefined;
    if (e) select(selectionForEvent(e, m.index));
  };
  return (
    <g className={`st-mark is-${m.kind}${selected ? ' is-selected' : ''}`} transform={`translate(${x},${y})`} onClick={onClick} data-testid="st-mark" data-index={m.index} data-kind={m.kind}>
      <circle className="st-hit" r={10} />
      {selected && <circle className="st-ring" r={12} />}
      <path d={MARK_SHAPES[m.kind]} />
      {m.kind === 'leader' && (
        <text y={-11} textAnchor="middle">
          {m.label}
        </text>
      )}
    </g>
  );
}

/** Dragging the diagram pans it through time; a click without movement is left to the items. */
function useDrag(invert: (px: number) => number, win: Window, setWin: (w: Window) => void, to: number) {
  const start = useRef<{ px: number; end: number } | null>(null);
  return {
    onPointerDown: (e: PointerEvent) => {
      start.current = { px: e.clientX, end: to };
    },
    onPointerMove: (e: PointerEvent) => {
      const s = start.current;
      if (!s || Math.abs(e.clientX - s.px) < 4) return;
      const shift = invert(s.px) - invert(e.clientX);
      setWin({ ...win, follow: false, end: Math.max(win.span, s.end + shift) });
    },
    onPointerUp: () => {
      start.current = null;
    },
    onPointerLeave: () => {
      start.current = null;
    },
  };
}
