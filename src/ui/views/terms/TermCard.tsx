// One term as a card: when it began, who led it (or that nobody did), and each candidate
// with a mark per vote it received.

import { useTranslation } from 'react-i18next';
import { formatSeconds } from '../playback/time-format';
import { termColors } from './term-color';
import type { Candidacy, TermSpan } from './timeline';

/** Candidates listed per card; a term rarely has more, and the card must stay short. */
const MAX_CANDIDATES = 3;

interface CardProps {
  span: TermSpan;
  quorum: number;
  clusterSize: number;
  selected: boolean;
  onSelect: (term: number) => void;
}

export function TermCard({ span, quorum, clusterSize, selected, onSelect }: CardProps) {
  const { t } = useTranslation('terms');
  const c = termColors(span.term);
  const start = formatSeconds(span.start);
  const style = { ['--term-strong' as string]: c.strong, ['--term-tint' as string]: c.tint };
  const shown = orderCandidates(span).slice(0, MAX_CANDIDATES);
  const hidden = span.candidates.length - shown.length;
  return (
    <button type="button" className={`term-card outcome-${span.term === 0 ? 'start' : span.outcome}${selected ? ' is-selected' : ''}`} style={style} onClick={() => onSelect(span.term)} aria-pressed={selected} data-testid={`term-card-${span.term}`} data-outcome={span.outcome} data-leader={span.leader?.node ?? ''}>
      <span className="term-card-head">
        <span className="term-card-num">{t('term', { term: span.term })}</span>
        <span className="term-card-time">{span.startKnown ? t('seconds', { value: start }) : t('before', { value: start })}</span>
      </span>
      <Outcome span={span} />
      {shown.map((cand) => (
        <span key={cand.node} className="term-cand" title={t('votesTitle', { node: cand.node, count: cand.voters.length, quorum })}>
          <span className={`term-cand-node${cand.node === span.leader?.node ? ' is-leader' : ''}`}>{cand.node}</span>
          <span className="term-cand-arrow" aria-hidden="true">
            ←
          </span>
          {cand.voters.map((v) => (
            <span key={v} className="term-vote">
              {v}
            </span>
          ))}
          <span className={`term-cand-count${cand.voters.length >= quorum ? ' has-quorum' : ''}`}>{t('count', { count: cand.voters.length, total: clusterSize })}</span>
        </span>
      ))}
      {hidden > 0 && <span className="term-more">{t('moreCandidates', { count: hidden })}</span>}
      {span.preVotes.length > 0 && <span className="term-prevotes">{t('preVotes', { list: span.preVotes.map((p) => (p.count > 1 ? `${p.node} ×${p.count}` : p.node)).join(', ') })}</span>}
    </button>
  );
}

function Outcome({ span }: { span: TermSpan }) {
  const { t } = useTranslation('terms');
  if (span.outcome === 'leader' && span.leader) {
    return (
      <span className="term-outcome">
        <span className="term-crown" aria-hidden="true">
          ★
        </span>{' '}
        {span.leader.t !== undefined ? t('ledAt', { node: span.leader.node, value: formatSeconds(span.leader.t) }) : t('led', { node: span.leader.node })}
      </span>
    );
  }
  // Term 0 is the time before any election, drawn only for the pre-votes held in it.
  if (span.term === 0) return <span className="term-outcome">{t('outcome.start')}</span>;
  return <span className="term-outcome is-leaderless">{t(`outcome.${span.outcome}`)}</span>;
}

/** The winner first, then by votes received: the story of the election reads top-down. */
function orderCandidates(span: TermSpan): Candidacy[] {
  return [...span.candidates].sort((a, b) => Number(b.node === span.leader?.node) - Number(a.node === span.leader?.node) || b.voters.length - a.voters.length);
}
