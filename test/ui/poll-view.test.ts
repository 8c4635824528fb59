// A live class's question: a following student's pick is held (shown, not revealed) while the
// teacher's question is open; the teacher's card gets the counts of that question only.

import { describe, expect, it } from 'vitest';
import { heldForTeacher, pollCounts } from '../../src/ui/live/poll-view';
import type { ClassState } from '../../src/live/messages';

const state = (question: ClassState['question']): ClassState => ({ link: 'x', time: 100, playing: false, speed: 1, question });
const base = { role: 'student' as const, following: true, teacherState: state({ id: 'q1', choices: 4 }), poll: null };

describe('heldForTeacher', () => {
  it('holds the reveal for a following student at the teacher’s open question', () => {
    expect(heldForTeacher(base, 'q1')).toBe(true);
  });
  it('reveals once the teacher went on, for another question, a student who stepped off, or alone', () => {
    expect(heldForTeacher({ ...base, teacherState: state(null) }, 'q1')).toBe(false);
    expect(heldForTeacher(base, 'q2')).toBe(false);
    expect(heldForTeacher({ ...base, following: false }, 'q1')).toBe(false);
    expect(heldForTeacher({ ...base, role: null }, 'q1')).toBe(false);
    expect(heldForTeacher({ ...base, role: 'teacher' }, 'q1')).toBe(false);
    expect(heldForTeacher({ ...base, teacherState: null }, 'q1')).toBe(false);
  });
});

describe('pollCounts', () => {
  const poll = { question: 'q1', counts: [0, 2, 0, 1] };
  it('gives the teacher the counts of this question', () => {
    expect(pollCounts({ ...base, role: 'teacher', poll }, 'q1')).toEqual([0, 2, 0, 1]);
  });
  it('gives nothing to a student, nor for another question', () => {
    expect(pollCounts({ ...base, poll }, 'q1')).toBeNull();
    expect(pollCounts({ ...base, role: 'teacher', poll }, 'q2')).toBeNull();
    expect(pollCounts({ ...base, role: 'teacher', poll: null }, 'q1')).toBeNull();
  });
});
