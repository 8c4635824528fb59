// Where the learner is in a scenario's story: the narrations (SCENARIO.md `narrate` steps)
// grouped by time, the one showing now, and the ones Back and Next jump to. Pure.

import type { Question, Step, Text } from '../../../sim/scenario-types';

/** Narrations that share a time are shown together, as one paragraph each. */
export interface NarrationGroup {
  at: number;
  texts: Text[];
  /** Some narration at this time asks playback to stop there (a question always does). */
  pause: boolean;
  /** The questions asked at this time (predict-then-reveal), with their step's index. */
  questions: { step: number; question: Question }[];
}

export interface NarrationPlace {
  groups: NarrationGroup[];
  /** Index in `groups` of the narration showing now; -1 before the first one. */
  index: number;
  current?: NarrationGroup;
  previous?: NarrationGroup;
  next?: NarrationGroup;
}

export function narrationGroups(steps: readonly Step[] | undefined): NarrationGroup[] {
  const narrations = (steps ?? []).flatMap((s, i) => (s.do === 'narrate' ? [{ s, i }] : []));
  // A stable sort keeps the author's order among narrations of the same millisecond.
  const sorted = narrations.sort((a, b) => a.s.at - b.s.at || a.i - b.i);
  const groups: NarrationGroup[] = [];
  for (const { s, i } of sorted) {
    const last = groups[groups.length - 1];
    const group = last && last.at === s.at ? last : { at: s.at, texts: [], pause: false, questions: [] };
    if (group !== last) groups.push(group);
    group.texts.push(s.text);
    group.pause ||= s.pause === true || s.question !== undefined;
    if (s.question) group.questions.push({ step: i, question: s.question });
  }
  return groups;
}

/** The latest narration at or before `time`, and its neighbours. */
export function narrationAt(groups: NarrationGroup[], time: number): NarrationPlace {
  let index = -1;
  for (let i = 0; i < groups.length && (groups[i] as NarrationGroup).at <= time; i++) index = i;
  const place: NarrationPlace = { groups, index };
  if (index >= 0) place.current = groups[index];
  if (index >= 1) place.previous = groups[index - 1];
  if (index + 1 < groups.length) place.next = groups[index + 1];
  return place;
}

/**
 * Playback waits on the narration: the worker stopped there (`paused === 'narration'`), or
 * the learner jumped onto a narration that asks to pause and has not gone on yet.
 */
export function waitingOnNarration(place: NarrationPlace, time: number, playing: boolean, paused: string | undefined): boolean {
  if (playing) return false;
  if (paused === 'narration') return true;
  return place.current !== undefined && place.current.pause && place.current.at === time;
}
