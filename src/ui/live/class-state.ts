// The teacher's page as a class state: the scenario with the teacher's steps as a share
// link's data, the moment, the playback, and the open predict-then-reveal question.

import { encodeLink } from '../../scenario/link';
import type { ClassState } from '../../live/messages';
import type { Scenario } from '../../sim/scenario-types';
import type { SimView } from '../apply-frame';
import type { Lang } from '../store';
import { questionKey } from '../views/classroom/quiz';

let cached: { scenario: Scenario; link: string } | null = null;

/** Encodes the scenario once per change (the view keeps the same object until the next). */
function linkOf(scenario: Scenario): string {
  if (cached?.scenario !== scenario) cached = { scenario, link: encodeLink(scenario) };
  return cached.link;
}

export function classState(view: SimView, lang: Lang): ClassState | null {
  if (!view.scenario) return null;
  return { link: linkOf(view.scenario), time: view.time, playing: view.playing, speed: view.speed, question: openQuestion(view.scenario, view.time), lang };
}

/**
 * The language a student's page takes from the teacher's state: the teacher's, unless the
 * student chose one (the link's #lang= or their saved choice wins), or it is already shown.
 */
export function langToInherit(teacher: string | undefined, own: Lang | null, current: Lang): Lang | null {
  if (own !== null || (teacher !== 'en' && teacher !== 'zh-CN')) return null;
  return teacher === current ? null : teacher;
}

/** The question of a narration standing at this time, known by the key the quiz uses. */
export function openQuestion(scenario: Scenario, time: number): ClassState['question'] {
  for (const s of scenario.steps) {
    if (s.do === 'narrate' && s.question !== undefined && s.at === time) return { id: questionKey(scenario, s.at, s.question), choices: s.question.choices.length };
  }
  return null;
}

/** Whether a new state must go out now, or can wait for the next beat (only time moved, playing). */
export function differsBeyondTime(a: ClassState | null, b: ClassState): boolean {
  if (!a) return true;
  if (a.link !== b.link || a.playing !== b.playing || a.speed !== b.speed || a.question?.id !== b.question?.id || a.lang !== b.lang) return true;
  return !b.playing && a.time !== b.time;
}
