// The Challenges tab: the current run's challenge (ChallengeCard), then the built-in
// challenges with the ones solved marked (progress.ts), and how to open a teacher's file.

import { useTranslation } from 'react-i18next';
import { localizedText } from '../../../scenario';
import { CHALLENGES } from '../../../scenario/challenges';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { ChallengeCard } from './ChallengeCard';
import { challengeKey, useProgress } from './progress';
import './challenges.css';

export function ChallengesTab() {
  const { t } = useTranslation('challenges');
  const scenario = useExplorer((s) => s.view.scenario);
  const grade = useExplorer((s) => s.view.challenge);
  return (
    <div className="challenges-tab" data-testid="challenges-tab">
      {scenario?.challenge ? <ChallengeCard scenario={{ ...scenario, challenge: scenario.challenge }} grade={grade} /> : <p className="challenges-intro">{t('intro')}</p>}
      <ChallengeList current={scenario ? challengeKey(scenario) : undefined} />
      <p className="challenges-file">{t('fromFile')}</p>
    </div>
  );
}

function ChallengeList({ current }: { current: string | undefined }) {
  const { t } = useTranslation('challenges');
  const bridge = useBridge();
  const lang = useExplorer((s) => s.lang);
  const setError = useExplorer((s) => s.setError);
  const solved = useProgress((s) => s.solved);
  const count = CHALLENGES.filter((c) => solved.includes(c.id)).length;
  return (
    <>
      <h3 className="challenges-heading">
        {t('builtins')} <span data-testid="challenges-progress">{t('progress', { count, total: CHALLENGES.length })}</span>
      </h3>
      <ol className="challenges-list">
        {CHALLENGES.map(({ id, scenario }) => {
          const done = solved.includes(id);
          return (
            <li key={id} data-solved={done ? 'true' : 'false'} aria-current={current === id ? 'true' : undefined}>
              <button
                type="button"
                data-testid={`challenge-open-${id}`}
                onClick={() => {
                  setError(null);
                  bridge.load(structuredClone(scenario), 0);
                }}
              >
                <span className="challenge-mark" aria-label={done ? t('solvedMark') : t('openMark')}>{done ? '✓' : '○'}</span>
                <span className="challenge-name">{localizedText(scenario.name, lang)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
