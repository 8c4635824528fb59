// Predict-then-reveal: at a narration with a question, the learner picks a choice before
// the run shows what happens. The pick is final; then the right choice is marked, the
// explanation shown, and Continue lets the run reveal it. The score counts every question
// the learner has answered, in any scenario, and survives a reload (quiz.ts).

import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedText } from '../../../scenario';
import type { Question } from '../../../sim/scenario-types';
import { useExplorer } from '../../store';
import { useLive } from '../../live/live-store';
import { heldForTeacher, pollCounts } from '../../live/poll-view';
import { questionKey, scoreOf, useQuiz, type Prediction } from './quiz';

interface Props {
  at: number;
  questions: { step: number; question: Question }[];
}

export function PredictionCard({ at, questions }: Props) {
  const scenario = useExplorer((s) => s.view.scenario);
  return (
    <>
      {questions.map(({ step, question }) => (
        <OneQuestion key={step} question={question} questionId={questionKey(scenario, at, question)} />
      ))}
    </>
  );
}

function OneQuestion({ question, questionId }: { question: Question; questionId: string }) {
  const { t } = useTranslation('classroom');
  const lang = useExplorer((s) => s.lang);
  const prediction = useQuiz((s) => s.answers[questionId]);
  const answer = useQuiz((s) => s.answer);
  // In a live class a following student's pick waits for the teacher to reveal the answer.
  const held = useLive((s) => heldForTeacher(s, questionId));
  const counts = useLive((s) => pollCounts(s, questionId));
  const revealed = held ? undefined : prediction;
  return (
    <div
      className={`quiz${revealed ? ' is-revealed' : ''}`}
      role="group"
      aria-label={t('quiz.label')}
      data-testid="quiz"
      data-question={prediction ? undefined : 'open'}
      data-picked={prediction?.choice}
      data-held={held && prediction ? 'true' : undefined}
    >
      <p className="quiz-ask">
        <span className="quiz-badge">{t('quiz.predict')}</span> {localizedText(question.ask, lang)}
      </p>
      <div className="quiz-choices">
        {question.choices.map((choice, i) => (
          <button
            key={i}
            type="button"
            className={`quiz-choice ${held && prediction?.choice === i ? 'is-picked' : choiceState(i, question, revealed)}`}
            disabled={prediction !== undefined}
            aria-pressed={prediction?.choice === i}
            onClick={() => answer(questionId, i, question)}
            data-testid={`quiz-choice-${i}`}
          >
            <span className="quiz-mark" aria-hidden="true">
              {markOf(i, question, revealed)}
            </span>
            {localizedText(choice, lang)}
            {counts && (
              <span className="quiz-count" data-testid={`quiz-count-${i}`} title={t('quiz.countTitle')}>
                {counts[i] ?? 0}
              </span>
            )}
          </button>
        ))}
      </div>
      {revealed ? (
        <Reveal question={question} prediction={revealed} />
      ) : (
        <p className="quiz-hint" data-testid={prediction ? 'quiz-held' : undefined}>
          {prediction ? t('quiz.held', { choice: String.fromCharCode(65 + prediction.choice) }) : t('quiz.hint')}
        </p>
      )}
    </div>
  );
}

function Reveal({ question, prediction }: { question: Question; prediction: Prediction }) {
  const { t } = useTranslation('classroom');
  const lang = useExplorer((s) => s.lang);
  const right = localizedText(question.choices[question.answer], lang);
  // The narration scrolls on its own; bring the verdict into sight when it appears.
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <div ref={ref} className="quiz-reveal" role="status" data-testid="quiz-reveal" data-correct={prediction.correct}>
      <p className="quiz-verdict">{prediction.correct ? t('quiz.right') : t('quiz.wrong', { answer: right })}</p>
      {question.explain !== undefined && <p className="quiz-explain">{localizedText(question.explain, lang)}</p>}
      <p className="quiz-next">{t('quiz.watch')}</p>
    </div>
  );
}

/** The learner's score over every question answered, shown beside a scenario that asks questions. */
export function ScoreLine() {
  const { t } = useTranslation('classroom');
  const answers = useQuiz((s) => s.answers);
  // A pick the teacher has not revealed yet does not count yet (the score would give it away).
  const held = useLive((s) => (s.role === 'student' && s.following ? (s.teacherState?.question?.id ?? null) : null));
  const score = useMemo(() => scoreOf(held ? Object.fromEntries(Object.entries(answers).filter(([k]) => k !== held)) : answers), [answers, held]);
  const reset = useQuiz((s) => s.reset);
  if (score.asked === 0) return null;
  return (
    <p className="quiz-score" data-testid="quiz-score" data-right={score.right} data-asked={score.asked}>
      {t('quiz.score', { right: score.right, asked: score.asked })}{' '}
      <button type="button" className="quiz-reset" onClick={reset} title={t('quiz.resetTitle')}>
        {t('quiz.reset')}
      </button>
    </p>
  );
}

function choiceState(i: number, q: Question, p: Prediction | undefined): string {
  if (!p) return '';
  if (i === q.answer) return 'is-answer';
  return i === p.choice ? 'is-wrong' : 'is-other';
}

function markOf(i: number, q: Question, p: Prediction | undefined): string {
  if (!p) return String.fromCharCode(65 + i);
  if (i === q.answer) return '✓';
  return i === p.choice ? '✗' : String.fromCharCode(65 + i);
}

/** Whether some question at this narration still waits for the learner's prediction. */
export function usePendingQuestion(at: number | undefined, questions: { question: Question }[] | undefined): boolean {
  const scenario = useExplorer((s) => s.view.scenario);
  return useQuiz((s) => at !== undefined && (questions ?? []).some(({ question }) => !s.answers[questionKey(scenario, at, question)]));
}
