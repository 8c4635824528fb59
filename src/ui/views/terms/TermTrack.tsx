// Terms over virtual time: one band per term from when it began to when the next began,
// in the term's color, hatched when nobody led it. React draws; d3 computes the scale and ticks.

import { scaleLinear } from 'd3';
import { useTranslation } from 'react-i18next';
import { formatTick } from '../playback/time-format';
import { termColors } from './term-color';
import type { TermSpan } from './timeline';
import { useWidth } from './use-width';

const BAND_Y = 4;
const BAND_H = 30;
const HEIGHT = 56;
/** The axis spans at least this much time, so the first second does not get 0.0001 s ticks. */
const MIN_SPAN_MS = 1000;
/** Below this width a band is too narrow for its number. */
const LABEL_MIN_W = 26;

interface TrackProps {
  spans: TermSpan[];
  from: number;
  now: number;
  selected: number | undefined;
  onSelect: (term: number) => void;
}

export function TermTrack({ spans, from, now, selected, onSelect }: TrackProps) {
  const { t } = useTranslation('terms');
  const [ref, width] = useWidth<HTMLDivElement>();
  const x = scaleLinear()
    .domain([from, Math.max(now, from + MIN_SPAN_MS)])
    .range([2, Math.max(3, width - 2)]);
  const ticks = x.ticks(Math.max(2, Math.floor(width / 150)));
  return (
    <div className="terms-track">
      <div ref={ref}>
        <svg width={width} height={HEIGHT} role="img" aria-label={t('trackLabel')}>
          <defs>
            <pattern id="terms-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="8" height="8" fill="#ffffff" />
              <rect width="3" height="8" fill="#c9ced6" />
            </pattern>
          </defs>
          {spans.map((s) => {
            const x0 = x(s.start);
            const w = Math.max(2, x(s.end) - x0);
            const c = termColors(s.term);
            const isSel = selected === s.term;
            return (
              <g key={s.term} className="terms-band" onClick={() => onSelect(s.term)} data-term={s.term}>
                <title>{t('term', { term: s.term })}</title>
                <rect x={x0} y={BAND_Y} width={w} height={BAND_H} fill={s.outcome === 'leader' ? c.tint : 'url(#terms-hatch)'} stroke={isSel ? 'var(--accent)' : c.strong} strokeWidth={isSel ? 4 : 2} rx={3} />
                {w >= LABEL_MIN_W && (
                  <text x={x0 + w / 2} y={BAND_Y + BAND_H / 2} dy="0.35em" textAnchor="middle" className="terms-band-label">
                    {s.term}
                  </text>
                )}
              </g>
            );
          })}
          {ticks.map((v) => (
            <text key={v} x={x(v)} y={HEIGHT - 4} textAnchor={anchorAt(x(v), width)} className="terms-tick">
              {t('seconds', { value: formatTick(v) })}
            </text>
          ))}
        </svg>
      </div>
    </div>
  );
}

/** Tick labels at the very edges would be cut in half: align them inwards there. */
function anchorAt(px: number, width: number): 'start' | 'middle' | 'end' {
  if (px < 24) return 'start';
  return px > width - 24 ? 'end' : 'middle';
}
