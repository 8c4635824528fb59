// The challenge grader (README "Challenges"): decides from a trace, and the learner's actions,
// whether a challenge's goal is met. A goal is met at the first trace event at which its
// condition holds on the trace up to there: "n3 leads term 3 and nothing crashed" is solved
// when n3 becomes leader before any crash, whatever happens later.

import type { AtomCondition, AtomName, Challenge, ChallengeGrade, Condition, LearnerAction, LimitBroken, ProofEvent } from '../sim/challenge-types';
import { scanAtom, type AtomHit } from './challenge-atoms';
import type { TraceEvent } from './trace-events';

interface Found {
  atom: AtomCondition;
  hit: AtomHit | undefined;
}

function atomsOf(c: Condition, out: AtomCondition[] = []): AtomCondition[] {
  if ('all' in c) c.all.forEach((x) => atomsOf(x, out));
  else if ('any' in c) c.any.forEach((x) => atomsOf(x, out));
  else if ('not' in c) atomsOf(c.not, out);
  else if ('never' in c) atomsOf(c.never, out);
  else out.push(c);
  return out;
}

/** The condition's value on the trace up to event `i`: an atom holds once its first hit is at or before i. */
function holds(c: Condition, i: number, found: Map<AtomCondition, Found>): boolean {
  if ('all' in c) return c.all.every((x) => holds(x, i, found));
  if ('any' in c) return c.any.some((x) => holds(x, i, found));
  if ('not' in c) return !holds(c.not, i, found);
  if ('never' in c) return !holds(c.never, i, found);
  const hit = found.get(c)?.hit;
  return hit !== undefined && hit.index <= i;
}

/** The atoms that hold at `i` and count towards the goal (not under a negation): their events prove it. */
function proofAt(c: Condition, i: number, found: Map<AtomCondition, Found>, out: AtomCondition[] = []): AtomCondition[] {
  if ('all' in c) c.all.forEach((x) => proofAt(x, i, found, out));
  else if ('any' in c) c.any.forEach((x) => holds(x, i, found) && proofAt(x, i, found, out));
  else if (!('not' in c) && !('never' in c) && holds(c, i, found)) out.push(c);
  return out;
}

function atomName(atom: AtomCondition): AtomName {
  return Object.keys(atom)[0] as AtomName;
}

/** The first event index at which the goal holds, or undefined. Values change only at atoms' hits. */
function firstMet(goal: Condition, found: Map<AtomCondition, Found>, length: number): number | undefined {
  if (length === 0) return undefined;
  const moments = [0, ...[...found.values()].flatMap((f) => (f.hit ? [f.hit.index] : []))].sort((a, b) => a - b);
  return moments.find((i) => holds(goal, i, found));
}

/** The first limit the actions break, if any. */
function brokenLimit(challenge: Challenge, actions: readonly LearnerAction[]): LimitBroken | undefined {
  const allow = challenge.actions?.allow;
  const wrong = allow && actions.find((a) => !allow.includes(a.do));
  if (wrong) return { reason: 'not-allowed', do: wrong.do, at: wrong.at };
  const max = challenge.actions?.max;
  if (max !== undefined && actions.length > max) return { reason: 'too-many', used: actions.length, max };
  return undefined;
}

/**
 * Grades a run. `actions` are the learner's (learnerActions picks them from the steps). The
 * limits count the actions taken up to the moment the goal is met (all of them while it is not).
 */
export function gradeChallenge(challenge: Challenge, events: readonly TraceEvent[], actions: readonly LearnerAction[]): ChallengeGrade {
  const found = new Map<AtomCondition, Found>(atomsOf(challenge.goal).map((atom) => [atom, { atom, hit: scanAtom(atom)(events) }]));
  const metAt = firstMet(challenge.goal, found, events.length);
  const metTime = metAt === undefined ? undefined : (events[metAt] as TraceEvent).t;
  const counted = metTime === undefined ? actions : actions.filter((a) => a.at <= metTime);
  const broken = brokenLimit(challenge, counted);
  const max = challenge.actions?.max;
  const grade: ChallengeGrade = { solved: metAt !== undefined && broken === undefined, proof: [], used: counted.length };
  if (max !== undefined) grade.left = Math.max(0, max - counted.length);
  if (broken) grade.broken = broken;
  if (metAt === undefined) return grade;
  grade.metAt = metAt;
  grade.metTime = metTime;
  grade.proof = proofEvents(proofAt(challenge.goal, metAt, found), found, events);
  return grade;
}

function proofEvents(atoms: AtomCondition[], found: Map<AtomCondition, Found>, events: readonly TraceEvent[]): ProofEvent[] {
  const byIndex = new Map<number, ProofEvent>();
  for (const atom of atoms) {
    for (const index of found.get(atom)?.hit?.proof ?? []) {
      const e = events[index] as TraceEvent;
      if (!byIndex.has(index)) byIndex.set(index, { index, t: e.t, atom: atomName(atom), line: JSON.stringify(e) });
    }
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/** The learner's actions among a scenario's steps: every step after time 0 that is not a narration (README "Challenges"). */
export function learnerActions(steps: readonly LearnerAction[]): LearnerAction[] {
  return steps.filter((s) => s.at > 0 && s.do !== 'narrate').map((s) => ({ at: s.at, do: s.do }));
}
