// The "Why?" tab: the state changes of the run, newest first, and for the selected one the
// rule that made it happen (Figure 2, §5.4.2, §7, §8, the thesis, etcd) and the message
// that triggered it. Selection is shared: a log entry, a term or a diagram mark selected
// elsewhere is explained here too.

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TraceEvent } from '../../../sim/trace-types';
import { useExplorer } from '../../store';
import { describeEvent } from '../events/event-text';
import { useJumpToEvent } from '../events/jump';
import { RuleCard } from './RuleCard';
import { pickChange, recentChanges } from './pick';
import { explain } from './provenance';
import './provenance.css';

/** Changes listed at most (the list is for finding one, not for reading the whole run). */
const MAX_LISTED = 150;

export function WhyTab({ active }: { active: boolean }) {
  const { t } = useTranslation('provenance');
  const events = useExplorer((s) => (active ? s.view.events : undefined));
  const offset = useExplorer((s) => s.view.eventOffset);
  const nodes = useExplorer((s) => s.view.nodes);
  const selection = useExplorer((s) => s.selection);
  const [node, setNode] = useState<string>('');
  const picked = useMemo(() => (events ? pickChange(events, offset, selection) : undefined), [events, offset, selection]);
  if (!events) return null;
  return (
    <div className="why" data-testid="why-tab">
      <p className="why-intro">{t('intro')}</p>
      {picked !== undefined ? <RuleCard events={events} offset={offset} index={picked} /> : <p className="why-pick">{t('pick')}</p>}
      <label className="why-filter">
        {t('filterLabel')}{' '}
        <select value={node} onChange={(e) => setNode(e.target.value)} data-testid="why-filter">
          <option value="">{t('filterAll')}</option>
          {nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {n.id}
            </option>
          ))}
        </select>
      </label>
      <ChangeList events={events} offset={offset} node={node || undefined} picked={picked} />
    </div>
  );
}

/** The triggering message, selected with its change so that the views highlight it too. */
function triggerOf(events: readonly TraceEvent[], offset: number, index: number): { message?: number } {
  const id = explain(events, offset, index)?.trigger?.id;
  return id === undefined ? {} : { message: id };
}

function ChangeList({ events, offset, node, picked }: { events: readonly TraceEvent[]; offset: number; node: string | undefined; picked: number | undefined }) {
  const { t } = useTranslation('provenance');
  const { t: te } = useTranslation('events');
  const jump = useJumpToEvent();
  const changes = useMemo(() => recentChanges(events, offset, node, MAX_LISTED), [events, offset, node]);
  if (changes.length === 0) return <p className="why-pick">{t('none')}</p>;
  return (
    <ol className="why-list" aria-label={t('listLabel')}>
      {changes.map((index) => {
        const e = events[index - offset] as TraceEvent;
        const rule = explain(events, offset, index)?.rule ?? 'unknown';
        return (
          <li key={index}>
            <button type="button" className={picked === index ? 'is-selected' : ''} onClick={() => jump(e, index, triggerOf(events, offset, index))} data-testid="why-change" data-index={index} data-rule={rule}>
              <span className="why-time">{te('at', { t: e.t })}</span> {describeEvent(e, te)}
              <span className="why-rule">{t(`rules.${rule}.title`)}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
