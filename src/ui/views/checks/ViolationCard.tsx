// The violation card: which property failed, the rule in words a student understands, the
// events that break it (a click jumps there and highlights them in every view), and the
// checker's own technical sentence.

import { useTranslation } from 'react-i18next';
import type { CheckViolation } from '../../../protocol';
import { useExplorer } from '../../store';
import { describeEvent } from '../events/event-text';
import { useJumpToEvent } from '../events/jump';
import { useChecksUi } from './checks-ui';
import './checks.css';

/** Events listed at most per violation (a linearizability witness can be long). */
const MAX_EVENTS = 12;
const NO_BUGS: readonly string[] = [];

export function ViolationCard() {
  const { t } = useTranslation('checks');
  const bugs = useExplorer((s) => s.view.scenario?.cluster.bugs ?? NO_BUGS);
  const checked = useExplorer((s) => s.view.checks?.checked ?? 0);
  const { open, shown, setOpen, show, pinned: violations } = useChecksUi();
  if (!open || violations.length === 0) return null;
  const index = Math.min(shown, violations.length - 1);
  const v = violations[index] as CheckViolation;
  return (
    <section className="violation-card" role="alertdialog" aria-label={t('card.label')} data-testid="violation-card" data-property={v.property}>
      <header className="violation-head">
        <strong>{t('card.title')}</strong>
        <button type="button" className="violation-hide" onClick={() => setOpen(false)}>
          {t('card.hide')}
        </button>
      </header>
      <h3 className="violation-property" data-testid="violation-property">
        {t('card.broken', { property: t(`property.${v.property}.name`) })}
      </h3>
      {checked <= v.at && <p className="violation-ahead">{t('card.ahead', { t: v.t })}</p>}
      <p className="violation-rule">{t(`property.${v.property}.rule`)}</p>
      <p className="violation-bugs">{bugs.length > 0 ? t('card.bugs', { bugs: bugs.join(', ') }) : t('card.noBugs')}</p>
      <EventList violation={v} />
      <details className="violation-detail">
        <summary>{t('card.detail')}</summary>
        <p lang="en">{v.message}</p>
      </details>
      {violations.length > 1 && (
        <nav className="violation-nav">
          <button type="button" disabled={index === 0} onClick={() => show(index - 1)}>
            {t('card.previous')}
          </button>
          <span>{t('card.counter', { n: index + 1, total: violations.length })}</span>
          <button type="button" disabled={index === violations.length - 1} onClick={() => show(index + 1)} data-testid="violation-next">
            {t('card.next')}
          </button>
        </nav>
      )}
    </section>
  );
}

function EventList({ violation }: { violation: CheckViolation }) {
  const { t } = useTranslation('checks');
  const { t: te } = useTranslation('events');
  const jump = useJumpToEvent();
  const selected = useExplorer((s) => s.selection.event);
  const shown = violation.events.slice(0, MAX_EVENTS);
  return (
    <div className="violation-events">
      <h4>{t('card.events')}</h4>
      <ol>
        {shown.map(({ index, event }) => (
          <li key={index}>
            <button type="button" className={selected === index ? 'is-selected' : ''} onClick={() => jump(event, index)} data-testid="violation-event" data-index={index}>
              <span className="violation-time">{te('at', { t: event.t })}</span> {describeEvent(event, te)}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
