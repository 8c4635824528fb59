// The story of the scenario at the current time: the latest narration at or before now, with
// Back / Next to the neighbouring narrations, and a prominent Continue when playback stopped
// so the learner can read. The scenario's name and description fold out on request.

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedText } from '../../../scenario';
import { useBridge } from '../../bridge-context';
import { PredictionCard, ScoreLine, usePendingQuestion } from '../classroom/PredictionCard';
import { useExplorer } from '../../store';
import { useLive } from '../../live/live-store';
import { narrationAt, narrationGroups, waitingOnNarration, type NarrationGroup } from './narration';

export function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

export function Narration() {
  const { t } = useTranslation('side');
  const bridge = useBridge();
  const lang = useExplorer((s) => s.lang);
  const scenario = useExplorer((s) => s.view.scenario);
  const time = useExplorer((s) => s.view.time);
  const playing = useExplorer((s) => s.view.playing);
  const paused = useExplorer((s) => s.view.paused);
  const groups = useMemo(() => narrationGroups(scenario?.steps), [scenario]);
  const place = narrationAt(groups, time);
  const waiting = waitingOnNarration(place, time, playing, paused);
  const [about, setAbout] = useState(false);
  const { t: tc } = useTranslation('classroom');
  // A question waits for the learner's prediction before the run goes on to reveal it.
  const questions = place.current?.questions;
  const pending = usePendingQuestion(place.current?.at, questions);
  // A student following a live class: the teacher continues for everyone (README "Live class").
  const teacherDrives = useLive((s) => s.role === 'student' && s.following);

  // Jump to a narration and play on, unless that narration asks to stop there (SCENARIO.md pause).
  const go = (g: NarrationGroup | undefined) => {
    if (!g) return;
    bridge.send({ type: 'seek', time: g.at });
    if (!g.pause) bridge.send({ type: 'play' });
  };
  const description = localizedText(scenario?.description, lang);

  return (
    <section className={`narr${waiting ? ' is-waiting' : ''}${questions && questions.length > 0 ? ' has-quiz' : ''}`} aria-label={t('narration.label')} data-testid="narration">
      <div className="narr-body" aria-live="polite" data-testid="narration-text" data-at={place.current?.at ?? ''}>
        {place.current ? (
          place.current.texts.map((text, i) => <p key={i}>{localizedText(text, lang)}</p>)
        ) : (
          <p className="narr-empty">{place.next ? t('narration.before', { time: seconds(place.next.at) }) : scenario?.challenge ? t('narration.challenge', { task: localizedText(scenario.challenge.task, lang) }) : t('narration.none')}</p>
        )}
      </div>
      {waiting && !pending && <p className="narr-waiting">{t('narration.waiting')}</p>}
      <div className="narr-controls">
        {groups.length > 0 && (
          <>
            <button type="button" className="side-btn" onClick={() => go(place.previous)} disabled={!place.previous} title={t('narration.backTitle')} data-testid="narration-back">
              ◀ {t('narration.back')}
            </button>
            <button type="button" className="side-btn" onClick={() => go(place.next)} disabled={!place.next} title={t('narration.nextTitle')} data-testid="narration-next">
              {t('narration.next')} ▶
            </button>
            {place.current && (
              <span className="narr-position">
                {t('narration.position', { index: place.index + 1, count: groups.length })} · {t('narration.at', { time: seconds(place.current.at) })}
              </span>
            )}
          </>
        )}
        {waiting && pending && !teacherDrives && (
          <button type="button" className="narr-about-toggle quiz-skip" onClick={() => bridge.send({ type: 'play' })} title={tc('quiz.skipTitle')} data-testid="quiz-skip">
            {tc('quiz.skip')}
          </button>
        )}
        {waiting && !pending && !teacherDrives && (
          <button type="button" className="side-btn side-btn-primary narr-continue" onClick={() => bridge.send({ type: 'play' })} title={t('narration.continueTitle')} data-testid="narration-continue">
            {t('narration.continue')} ▶
          </button>
        )}
        {scenario && !waiting && (
          <button type="button" className="narr-about-toggle" aria-expanded={about} aria-controls="narr-about" onClick={() => setAbout(!about)} title={t('aboutTitle')} data-testid="narration-about">
            <span aria-hidden="true">ⓘ</span> {t('about')}
          </button>
        )}
      </div>
      {/* After the controls, so that Continue stays in sight above a long question. */}
      {place.current && questions && questions.length > 0 && <PredictionCard at={place.current.at} questions={questions} />}
      {groups.some((g) => g.questions.length > 0) && <ScoreLine />}
      {scenario && about && (
        <div className="narr-about" id="narr-about">
          <strong>{localizedText(scenario.name, lang)}</strong>
          {description && <p className="narr-description">{description}</p>}
        </div>
      )}
    </section>
  );
}
