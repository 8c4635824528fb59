// One state change explained: the rule (with its section of the paper), what set it off,
// and the triggering message with its fields and a way to jump to where it was sent.

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TraceEvent } from '../../../sim/trace-types';
import { describeEvent } from '../events/event-text';
import { explain, type Trigger } from './provenance';

export function RuleCard({ events, offset, index }: { events: readonly TraceEvent[]; offset: number; index: number }) {
  const { t } = useTranslation('provenance');
  const { t: te } = useTranslation('events');
  const ref = useRef<HTMLElement>(null);
  // A click lower in the list must not leave the explanation scrolled out of sight.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [index]);
  const change = events[index - offset] as TraceEvent;
  const why = explain(events, offset, index);
  if (!why) return null;
  const rule = why.rule;
  return (
    <section ref={ref} className="rule-card" data-testid="rule-card" data-rule={rule}>
      <p className="rule-change">
        <span className="why-time">{te('at', { t: change.t })}</span> {describeEvent(change, te)}
      </p>
      <h3 className="rule-title">{t(`rules.${rule}.title`)}</h3>
      <p className="rule-cite">{t(`rules.${rule}.cite`)}</p>
      <p className="rule-text">{t(`rules.${rule}.text`)}</p>
      <p className="rule-cause">{t(`cause.${why.cause}`)}</p>
      {why.trigger && <TriggerView trigger={why.trigger} events={events} offset={offset} />}
    </section>
  );
}

function TriggerView({ trigger, events, offset }: { trigger: Trigger; events: readonly TraceEvent[]; offset: number }) {
  const { t } = useTranslation('provenance');
  const recv = events[trigger.recv - offset] as TraceEvent;
  const send = trigger.send !== undefined ? (events[trigger.send - offset] as TraceEvent) : undefined;
  const fields = Object.entries(trigger.msg ?? {}).filter(([k]) => k !== 'type');
  return (
    <div className="rule-trigger" data-testid="rule-trigger" data-message={trigger.id}>
      <p className="rule-message">{t('message', { type: trigger.msg?.type ?? '?', id: trigger.id, from: trigger.from, to: trigger.to })}</p>
      <p className="rule-times">
        {send && t('sentAt', { t: send.t })}
        {send && ' · '}
        {t('receivedAt', { t: recv.t })}
      </p>
      {fields.length > 0 && (
        <dl className="rule-fields" aria-label={t('fields')}>
          {fields.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{String(v)}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
