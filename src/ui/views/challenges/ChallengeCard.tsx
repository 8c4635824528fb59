// The challenge of the current run: its task, the actions allowed and left, and once the goal
// is met "Solved" with the events that prove it (a click shows the moment), a share link of
// the solved run and a way to start over.

import { useTranslation } from 'react-i18next';
import { localizedText } from '../../../scenario';
import type { ChallengeGrade, LimitBroken } from '../../../sim/challenge-types';
import type { Scenario } from '../../../sim/scenario-types';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { describeEvent } from './proof';
import { actionGate } from './action-gate';

type WithChallenge = Scenario & { challenge: NonNullable<Scenario['challenge']> };

export function ChallengeCard({ scenario, grade }: { scenario: WithChallenge; grade: ChallengeGrade | undefined }) {
  const { t } = useTranslation('challenges');
  const lang = useExplorer((s) => s.lang);
  const { challenge } = scenario;
  return (
    <section className="challenge-card" data-testid="challenge-card" data-solved={grade?.solved ? 'true' : 'false'}>
      <h3>{localizedText(scenario.name, lang)}</h3>
      <p className="challenge-task" data-testid="challenge-task">{localizedText(challenge.task, lang)}</p>
      <ActionsLine scenario={scenario} grade={grade} />
      {grade?.broken && <BrokenLimit broken={grade.broken} />}
      {grade?.solved && <Solved grade={grade} />}
      {!grade?.solved && !grade?.broken && <p className="challenge-status" data-testid="challenge-status">{t('notYet')}</p>}
      {challenge.hint && (
        <details className="challenge-hint">
          <summary>{t('hint')}</summary>
          {localizedText(challenge.hint, lang)}
        </details>
      )}
      <CardButtons scenario={scenario} solved={grade?.solved === true} />
    </section>
  );
}

function ActionsLine({ scenario, grade }: { scenario: WithChallenge; grade: ChallengeGrade | undefined }) {
  const { t } = useTranslation('challenges');
  const limits = scenario.challenge.actions;
  const used = grade?.used ?? 0;
  // The countdown of what the learner may still do from this moment (the controls follow it:
  // acting after a seek back drops the later actions, so they are not counted here).
  const left = useExplorer((s) => actionGate(s.view.scenario, s.view.time)?.left);
  const shownLeft = left ?? grade?.left ?? limits?.max;
  return (
    <p className={`challenge-actions${shownLeft === 0 ? ' is-none-left' : ''}`} data-testid="challenge-actions" data-left={shownLeft}>
      {limits?.max !== undefined ? t('actionsLeft', { left: shownLeft, max: limits.max }) : t('actionsUsed', { used })}
      {limits?.allow && (
        <>
          {' · '}
          {t('allowed')} {limits.allow.map((k) => <code key={k}>{k}</code>)}
        </>
      )}
    </p>
  );
}

function Solved({ grade }: { grade: ChallengeGrade }) {
  const { t } = useTranslation('challenges');
  const bridge = useBridge();
  const select = useExplorer((s) => s.select);
  return (
    <div className="challenge-solved" role="status" data-testid="challenge-solved">
      <strong>✓ {t('solved', { time: grade.metTime ?? 0 })}</strong>
      <p>{t('proofIntro')}</p>
      <ol className="challenge-proof" data-testid="challenge-proof">
        {grade.proof.map((p) => {
          const { ev, fields } = describeEvent(p.line);
          return (
            <li key={p.index}>
              <button
                type="button"
                title={t('showEvent')}
                onClick={() => {
                  bridge.send({ type: 'seek', time: p.t });
                  select({ event: p.index });
                }}
              >
                <span className="proof-time">{t('eventAt', { index: p.index, time: p.t })}</span> <code>{ev}</code> {fields}
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function CardButtons({ scenario, solved }: { scenario: WithChallenge; solved: boolean }) {
  const { t } = useTranslation('challenges');
  const bridge = useBridge();
  const setNotice = useExplorer((s) => s.setNotice);
  const share = async () => {
    const link = window.raftExplorer?.link() ?? location.href;
    history.replaceState(null, '', link);
    try {
      await navigator.clipboard.writeText(link);
      setNotice(t('linkCopied'));
    } catch {
      setNotice(t('linkInAddressBar'));
    }
    setTimeout(() => setNotice(null), 3000);
  };
  // Starting over keeps the challenge's own steps: narrations and the setup at time 0.
  const restart = () => bridge.load({ ...scenario, steps: scenario.steps.filter((s) => s.at === 0 || s.do === 'narrate') }, 0);
  return (
    <div className="challenge-buttons">
      <button type="button" onClick={() => void share()} data-testid="challenge-share">
        {solved ? t('shareSolved') : t('share')}
      </button>
      <button type="button" onClick={restart} data-testid="challenge-restart">
        {t('restart')}
      </button>
    </div>
  );
}

function BrokenLimit({ broken }: { broken: LimitBroken }) {
  const { t } = useTranslation('challenges');
  const text = broken.reason === 'not-allowed' ? t('notAllowed', { kind: broken.do, time: broken.at }) : t('tooMany', { used: broken.used, max: broken.max });
  return (
    <p className="challenge-broken" role="alert" data-testid="challenge-broken">
      {text}
    </p>
  );
}
