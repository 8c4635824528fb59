// The terms of the run over virtual time (Raft §5.1: terms are the cluster's logical clock):
// a band per term on a time axis, and a card per term with its election: who campaigned,
// who voted for whom, who led. Terms without a leader (split votes) are hatched.
// Clicking a term selects it; the log view then picks out that term's entries.

import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorer } from '../../store';
import { useFollowScroll, type FollowScroll } from '../logs/use-follow-scroll';
import { TermCard } from './TermCard';
import { TermTrack } from './TermTrack';
import { buildTimeline, type TermSpan } from './timeline';
import { useTermHistory } from './use-term-history';
import './terms.css';

/** Card width plus the gap between cards, px (keep in step with .term-card in terms.css). */
const CARD_STRIDE = 262;
/** Cards rendered beyond each edge of the viewport. */
const CARD_OVERSCAN = 2;

export function TermsView() {
  const { t } = useTranslation('terms');
  const { events, complete: fromStart } = useTermHistory();
  const nodes = useExplorer((s) => s.view.nodes);
  const quorum = useExplorer((s) => s.view.quorum);
  const now = useExplorer((s) => s.view.time);
  const selected = useExplorer((s) => s.selection.term);
  const toggleSelect = useExplorer((s) => s.toggleSelect);

  const spans = useMemo(() => buildTimeline(events, nodes, now, fromStart), [events, nodes, now, fromStart]);
  const onSelect = useCallback((term: number) => toggleSelect({ term }), [toggleSelect]);
  const scroll = useFollowScroll(spans.length * CARD_STRIDE);
  useRevealTerm(selected, spans, scroll);

  const first = Math.max(0, Math.floor(scroll.scrollLeft / CARD_STRIDE) - CARD_OVERSCAN);
  const last = Math.min(spans.length - 1, Math.ceil((scroll.scrollLeft + scroll.viewport) / CARD_STRIDE) + CARD_OVERSCAN);
  const from = fromStart ? 0 : (events[0]?.t ?? 0);

  return (
    <div className="terms" data-testid="terms-view">
      <div className="terms-head">
        <h2 className="terms-title">{t('title')}</h2>
        <span className="terms-hint">{t('hint')}</span>
        {!fromStart && <span className="terms-hint">{t('earlier')}</span>}
        {!scroll.following && (
          <button type="button" className="terms-newest" onClick={scroll.jumpToNewest}>
            {t('newest')}
          </button>
        )}
      </div>
      <TermTrack spans={spans} from={from} now={now} selected={selected} onSelect={onSelect} />
      <div className="terms-cards" ref={scroll.ref} onScroll={scroll.onScroll}>
        {spans.length === 0 && <p className="terms-empty">{t('empty')}</p>}
        <div className="terms-cards-content" style={{ width: spans.length * CARD_STRIDE }}>
          {spans.slice(first, last + 1).map((s, i) => (
            <div key={s.term} className="term-slot" style={{ left: (first + i) * CARD_STRIDE }}>
              <TermCard span={s} quorum={quorum} clusterSize={nodes.filter((n) => n.voter).length || nodes.length} selected={selected === s.term} onSelect={onSelect} />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

/** A term selected elsewhere (or here, off-screen) scrolls its card into view, once. */
function useRevealTerm(term: number | undefined, spans: TermSpan[], scroll: FollowScroll): void {
  // Only a new selection moves the view: later frames must not pull the user back to it,
  // so the spans and scroll position are read from a ref rather than listed as dependencies.
  const latest = useRef({ spans, scroll });
  useEffect(() => {
    latest.current = { spans, scroll };
  });
  const { scrollTo } = scroll;
  useEffect(() => {
    const { spans: all, scroll: s } = latest.current;
    const i = term === undefined ? -1 : all.findIndex((x) => x.term === term);
    if (i < 0) return;
    const x = i * CARD_STRIDE;
    if (x >= s.scrollLeft && x + CARD_STRIDE <= s.scrollLeft + s.viewport) return;
    scrollTo(Math.max(0, x - (s.viewport - CARD_STRIDE) / 2));
  }, [term, scrollTo]);
}
