// One election's (or lock's) watch chain in SVG: React draws the boxes and arrows, d3 gives
// the curves (chain-layout.ts) and the tween between frames (use-tweened-layout.ts).

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElectionView } from '../../../protocol';
import { leaseHex } from '../clients/result-format';
import { arrowPath, chainLayout, type ChainArrow, type ChainBox } from './chain-layout';
import { useTweenedLayout } from './use-tweened-layout';

interface Props {
  election: ElectionView;
  /** Whose store the keys come from. */
  storeNode: string | undefined;
  /** Who owned keys whose campaigner is gone. */
  owners: ReadonlyMap<string, string>;
  width: number;
  epoch: number;
  selectedKey: string | undefined;
  onSelectKey(key: string): void;
}

type T = (key: string, options?: Record<string, unknown>) => string;

export function ElectionChain({ election, storeNode, owners, width, epoch, selectedKey, onSelectKey }: Props) {
  const { t } = useTranslation('side');
  const target = useMemo(() => chainLayout(election, width, owners), [election, width, owners]);
  const shown = useTweenedLayout(target, epoch);
  const isLock = election.campaigners.some((c) => c.lock);
  const targetBoxes = new Set(target.boxes.map((b) => b.id));
  const targetArrows = new Set(target.arrows.map((a) => a.id));
  const markerId = `chain-arrow-${election.election.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  return (
    <section className="chain" data-testid="chain" data-election={election.election}>
      <h3 className="chain-title">
        {t(isLock ? 'chain.lock' : 'chain.election', { name: election.election })} <span className="chain-count">
          {t('chain.keys', { count: election.keys.length })}
          {storeNode && ` · ${t('chain.storeOf', { node: storeNode })}`}
        </span>
      </h3>
      <svg className="chain-svg" width={shown.width} height={Math.max(shown.height, 1)} role="img" aria-label={describe(target.boxes, isLock, t)}>
        <defs>
          <marker id={markerId} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0L10,5L0,10z" className="chain-arrowhead" />
          </marker>
        </defs>
        {shown.arrows.map((a) => (
          <ArrowView key={a.id} arrow={a} leaving={!targetArrows.has(a.id)} markerId={markerId} t={t} />
        ))}
        {shown.boxes.map((b) => (
          <BoxView key={b.id} box={b} isLock={isLock} leaving={!targetBoxes.has(b.id)} selected={b.key !== undefined && b.key === selectedKey} onSelectKey={onSelectKey} t={t} />
        ))}
      </svg>
    </section>
  );
}

function ArrowView({ arrow, leaving, markerId, t }: { arrow: ChainArrow; leaving: boolean; markerId: string; t: T }) {
  return (
    <path className="chain-arrow" d={arrowPath(arrow)} opacity={arrow.opacity} markerEnd={`url(#${markerId})`} data-testid="chain-arrow" data-from={arrow.from} data-to={arrow.to} data-leaving={leaving || undefined}>
      <title>{t('chain.arrow', { from: arrow.from, to: arrow.to })}</title>
    </path>
  );
}

interface BoxProps {
  box: ChainBox;
  isLock: boolean;
  leaving: boolean;
  selected: boolean;
  onSelectKey(key: string): void;
  t: T;
}

function BoxView({ box, isLock, leaving, selected, onSelectKey, t }: BoxProps) {
  const holder = box.first && !leaving;
  const cls = ['chain-box', `is-${box.kind}`, holder ? 'is-holder' : '', selected ? 'is-selected' : ''].join(' ');
  const activate = () => box.key !== undefined && onSelectKey(box.key);
  return (
    <g
      className={cls}
      transform={`translate(${box.x},${box.y})`}
      opacity={box.opacity}
      data-testid="chain-box"
      data-key={box.key ?? ''}
      data-client={box.client ?? ''}
      data-kind={box.kind}
      data-holder={holder || undefined}
      data-leaving={leaving || undefined}
      tabIndex={box.key !== undefined && !leaving ? 0 : undefined}
      role={box.key !== undefined ? 'button' : undefined}
      aria-pressed={box.key !== undefined ? selected : undefined}
      onClick={activate}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          activate();
        }
      }}
    >
      <rect className="chain-rect" width={box.w} height={box.h} rx={8} />
      {holder && <rect className="chain-holder-bar" width={8} height={box.h} rx={3} />}
      <text className="chain-key" x={18} y={24}>
        {box.key ?? t('chain.noKey')}
      </text>
      {box.revision !== undefined && (
        <text className="chain-rev" x={box.w - 12} y={24} textAnchor="end">
          {t('chain.rev', { revision: box.revision })}
        </text>
      )}
      <text className="chain-phase" x={18} y={47}>
        <tspan className="chain-client">{box.client ?? t('chain.noClient')}</tspan>
        {' · '}
        {phaseText(box, isLock, t)}
      </text>
    </g>
  );
}

/** What the box's campaigner is doing, in a few words. */
function phaseText(box: ChainBox, isLock: boolean, t: T): string {
  if (box.kind === 'orphan') {
    if (box.lease === 0) return t('chain.orphanNoLease');
    return t(box.first ? 'chain.orphanHolds' : 'chain.orphan', { lease: leaseHex(box.lease) });
  }
  switch (box.phase) {
    case 'waiting':
      return t('chain.phase.waiting', { key: box.waitKey ?? '?' });
    case 'holding':
      return t(isLock ? 'chain.phase.holdingLock' : 'chain.phase.holding');
    case undefined:
      return '';
    default:
      return t(`chain.phase.${box.phase}`);
  }
}

/** The chain in words, for screen readers. */
function describe(boxes: ChainBox[], isLock: boolean, t: T): string {
  return boxes.map((b) => t('chain.summary', { key: b.key ?? t('chain.noKey'), revision: b.revision ?? '—', who: b.client ?? t('chain.noClient'), what: phaseText(b, isLock, t) })).join('; ');
}
