// Grades the run's challenge (README "Challenges") for the page: the grader of src/check over
// the trace up to the current position, again only when the trace or the scenario changed.

import { gradeChallenge, learnerActions } from '../check';
import type { ChallengeGrade } from '../sim/challenge-types';
import type { Scenario } from '../sim/scenario-types';
import type { TraceEvent } from '../sim/trace-types';

export class ChallengeJudge {
  private last: { scenario: Scenario; count: number; grade: ChallengeGrade } | undefined;

  /** The grade of the trace's first `count` events, or undefined for a scenario without a challenge. */
  grade(scenario: Scenario, events: readonly TraceEvent[], count: number): ChallengeGrade | undefined {
    if (!scenario.challenge) return undefined;
    if (this.last?.scenario === scenario && this.last.count === count) return this.last.grade;
    const upTo = count < events.length ? events.slice(0, count) : events;
    const grade = gradeChallenge(scenario.challenge, upTo, learnerActions(scenario.steps));
    this.last = { scenario, count, grade };
    return grade;
  }
}
