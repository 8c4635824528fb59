// A small key under the ring: node shapes (role by shape as well as color) and message
// symbols (kind by symbol and color, replies hollow, doomed messages faded in red).

import { symbol, symbolStar } from 'd3';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROOMY_SCREEN, useMedia } from '../../use-media';
import { KIND_STYLES, kindPath, LEGEND_KINDS, type MessageKind } from './message-kinds';
import { nodeStyle, type NodeLook } from './node-style';
import { DROP_COLOR } from './palette';

function MessageSwatch({ kind, reply = false, doomed = false }: { kind: MessageKind; reply?: boolean; doomed?: boolean }) {
  const color = KIND_STYLES[kind].color;
  return (
    <svg width={22} height={22} viewBox="-11 -11 22 22" aria-hidden="true">
      <path
        d={kindPath(kind, 0.85)}
        fill={reply ? '#ffffff' : color}
        fillOpacity={doomed ? 0.35 : 1}
        stroke={doomed ? DROP_COLOR : color}
        strokeWidth={2}
        strokeDasharray={doomed ? '3 2' : undefined}
      />
    </svg>
  );
}

const LOOKS: { look: NodeLook; node: { up: boolean; role: 'follower' | 'precandidate' | 'candidate' | 'leader'; learner: boolean } }[] = [
  { look: 'follower', node: { up: true, role: 'follower', learner: false } },
  { look: 'precandidate', node: { up: true, role: 'precandidate', learner: false } },
  { look: 'candidate', node: { up: true, role: 'candidate', learner: false } },
  { look: 'leader', node: { up: true, role: 'leader', learner: false } },
  { look: 'learner', node: { up: true, role: 'follower', learner: true } },
  { look: 'crashed', node: { up: false, role: 'follower', learner: false } },
];
const STAR = symbol(symbolStar, 60)() ?? '';

/** A node's shape at legend size, drawn with the same style rules as the ring. */
function NodeSwatch({ node }: { node: (typeof LOOKS)[number]['node'] }) {
  const s = nodeStyle(node);
  const common = { fill: s.colors.fill, stroke: s.colors.stroke, strokeWidth: Math.min(3, s.strokeWidth), strokeDasharray: s.dash ? '3 2' : undefined };
  return (
    <svg width={26} height={26} viewBox="-13 -13 26 26" aria-hidden="true">
      {s.shape === 'circle' ? <circle r={9} {...common} /> : <path d="M0,-11L11,0L0,11L-11,0Z" {...common} />}
      {s.cross && <path d="M-6,-6L6,6M6,-6L-6,6" stroke="#6b737c" strokeWidth={2.5} />}
      {s.star && <path d={STAR} transform="translate(7,-7)" fill="#f2b705" stroke="#5c4500" strokeWidth={1} />}
    </svg>
  );
}

/**
 * The key, folded behind a small button in a corner of the ring so that it costs the ring no
 * height on a 1280x720 projector; a roomy screen shows it unfolded. It stays in the page when
 * folded (hidden), so its text is there for assistive technology that asks.
 */
export function Legend() {
  const { t } = useTranslation('cluster');
  const roomy = useMedia(ROOMY_SCREEN);
  const [choice, setChoice] = useState<boolean | null>(null);
  const open = choice ?? roomy;
  return (
    <div className={`cluster-key${open ? ' is-open' : ''}`}>
      <button type="button" className="cluster-key-toggle" aria-expanded={open} aria-controls="cluster-legend" title={t('legend.showTitle')} onClick={() => setChoice(!open)} data-testid="legend-toggle">
        {t('legend.show')}
      </button>
      <Key hidden={!open} />
    </div>
  );
}

function Key({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation('cluster');
  return (
    <div className="cluster-legend" id="cluster-legend" data-testid="cluster-legend" hidden={hidden}>
      <ul aria-label={t('legend.nodes')}>
        <li className="legend-head">{t('legend.nodes')}</li>
        {LOOKS.map(({ look, node }) => (
          <li key={look}>
            <NodeSwatch node={node} />
            {t(`role.${look}`)}
          </li>
        ))}
      </ul>
      <ul aria-label={t('legend.title')} data-testid="message-legend">
        <li className="legend-head">{t('legend.title')}</li>
        {LEGEND_KINDS.map((k) => (
          <li key={k}>
            <MessageSwatch kind={k} />
            {t(`legend.kinds.${k}`)}
          </li>
        ))}
        <li>
          <MessageSwatch kind="append" reply />
          {t('legend.reply')}
        </li>
        <li>
          <MessageSwatch kind="vote" doomed />
          {t('legend.lost')}
        </li>
      </ul>
    </div>
  );
}
