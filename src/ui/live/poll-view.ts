// How a predict-then-reveal question looks in a live class (README "Live class"): a following
// student's pick is theirs at once (kept with the other predictions, so a reload or a new
// connection keeps it and sends it again), but the answer waits until the teacher continues,
// as the class poll does; the teacher's card shows how many picked each choice.

import type { LiveState } from './live-store';

type LiveView = Pick<LiveState, 'role' | 'following' | 'teacherState' | 'poll'>;

/** A following student's pick at the teacher's open question: shown as picked, not yet revealed. */
export function heldForTeacher(live: LiveView, questionId: string): boolean {
  return live.role === 'student' && live.following && live.teacherState?.question?.id === questionId;
}

/** The class's counts per choice of this question, on the teacher's page; null elsewhere. */
export function pollCounts(live: LiveView, questionId: string): number[] | null {
  return live.role === 'teacher' && live.poll?.question === questionId ? live.poll.counts : null;
}
