// The learner's predictions (predict-then-reveal): which choice they picked for each
// question, kept in the browser so the score survives a reload. A question is known by its
// scenario's name, its time and its wording, so the same built-in asks it again only if
// the learner resets the score.

import { create } from 'zustand';
import { localizedText } from '../../../scenario';
import type { Question, Scenario } from '../../../sim/scenario-types';

const STORAGE_KEY = 'raft-explorer.predictions.v1';
/** A limit on everything: the oldest predictions go first beyond this many. */
const MAX_KEPT = 500;

export interface Prediction {
  choice: number;
  correct: boolean;
}

export interface Score {
  right: number;
  asked: number;
}

interface QuizState {
  answers: Record<string, Prediction>;
  answer(key: string, choice: number, question: Question): void;
  reset(): void;
}

export function questionKey(scenario: Scenario | undefined, at: number, question: Question): string {
  return `${localizedText(scenario?.name, 'en')}|${at}|${localizedText(question.ask, 'en')}`;
}

export function scoreOf(answers: Record<string, Prediction>): Score {
  const all = Object.values(answers);
  return { right: all.filter((p) => p.correct).length, asked: all.length };
}

/** Adds a prediction, keeping the newest MAX_KEPT (insertion order is the age). */
export function withAnswer(answers: Record<string, Prediction>, key: string, prediction: Prediction): Record<string, Prediction> {
  const next = { ...answers, [key]: prediction };
  const keys = Object.keys(next);
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_KEPT))) delete next[old];
  return next;
}

export const useQuiz = create<QuizState>()((set) => ({
  answers: load(),
  answer: (key, choice, question) =>
    set((s) => {
      if (s.answers[key]) return s; // the first prediction counts; no changing it after the reveal
      const answers = withAnswer(s.answers, key, { choice, correct: choice === question.answer });
      save(answers);
      return { answers };
    }),
  reset: () => {
    save({});
    set({ answers: {} });
  },
}));

function load(): Record<string, Prediction> {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
    const data: unknown = raw ? JSON.parse(raw) : {};
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
    const out: Record<string, Prediction> = {};
    for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
      const p = v as Partial<Prediction>;
      if (typeof p.choice === 'number' && typeof p.correct === 'boolean') out[k] = { choice: p.choice, correct: p.correct };
    }
    return out;
  } catch {
    return {};
  }
}

function save(answers: Record<string, Prediction>): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(answers));
  } catch {
    /* storage unavailable: the score lasts as long as the page */
  }
}

/**
 * Whether a question is open now: playback stands at a narration whose question the learner
 * has not answered. Step and → wait for it, as Play does, so that they never walk on to the
 * events that answer it (predict, then reveal).
 */
export function questionOpen(scenario: Scenario | undefined, time: number, answers: Record<string, Prediction>): boolean {
  return (scenario?.steps ?? []).some((s) => s.do === 'narrate' && s.question !== undefined && s.at === time && !answers[questionKey(scenario, s.at, s.question)]);
}
