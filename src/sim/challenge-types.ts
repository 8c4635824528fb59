// The challenge extension of the scenario format (README "Challenges"): a goal, a condition on
// the run that src/check/challenge-grade.ts decides from the trace alone, and limits on the
// learner's actions. Types only: the scenario parser builds them, the grader reads them.

import type { Text } from './scenario-types';

/** Conditions on one kind of trace event; each holds from the first event that proves it on. */
export type AtomCondition =
  /** A node becomes leader (of a term from `termAtLeast` to `termAtMost`). */
  | { leader: { node?: string; termAtLeast?: number; termAtMost?: number } }
  /** A node crashes. */
  | { crashed: { node?: string } }
  /** A leader's commit index advances while every node of `cut` is crashed or cannot exchange messages with it. */
  | { commitsWhile: { cut: string[] } }
  /** A term in which two or more nodes were candidates ends without a leader (§5.2). */
  | { splitVote: Record<string, never> }
  /** A committed entry is lost: a node holds or applies another entry at a committed index (§5.4). */
  | { entryLost: Record<string, never> }
  /** A client's watch delivers an event of type `event` (on `key`, under `prefix`, or on a campaign holder's key seen by another client). */
  | { watcherSees: { event: 'PUT' | 'DELETE'; key?: string; prefix?: string; holder?: boolean } }
  /** A client's campaign wins (etcd election recipe). */
  | { elected: { client?: string; election?: string } }
  /** A client operation is answered ok (a get: with `key` = `value` among its kvs). */
  | { answered: { type: 'put' | 'get' | 'delete' | 'txn'; key?: string; value?: string } };

export type Condition =
  | AtomCondition
  | { all: Condition[] }
  | { any: Condition[] }
  /** Not so far: at the moment the goal is met, the condition has not happened. */
  | { not: Condition }
  /** The same as not, for reading: `never: { crashed: {} }`. */
  | { never: Condition };

export type AtomName = AtomCondition extends infer A ? (A extends Record<infer K, unknown> ? K & string : never) : never;

export interface ActionLimits {
  /** Step kinds the learner may use; absent: any. */
  allow?: string[];
  /** At most this many learner actions; absent: no limit. */
  max?: number;
}

export interface Challenge {
  /** The goal in words, shown to the learner. */
  task: Text;
  goal: Condition;
  actions?: ActionLimits;
  hint?: Text;
}

/** One learner action as the grader sees it: a step the learner added (time 1 ms or later, not a narration). */
export interface LearnerAction {
  at: number;
  do: string;
}

/** A trace event that proves the goal (or part of it). */
export interface ProofEvent {
  /** Index of the event in the trace (0: the start line). */
  index: number;
  t: number;
  /** The atom it proves (leader, commitsWhile, ...). */
  atom: AtomName;
  /** The event as its trace line (JSON), for showing. */
  line: string;
}

export type LimitBroken = { reason: 'not-allowed'; do: string; at: number } | { reason: 'too-many'; used: number; max: number };

export interface ChallengeGrade {
  solved: boolean;
  /** The goal holds on the trace up to this index (even when a limit is broken). */
  metAt?: number;
  metTime?: number;
  proof: ProofEvent[];
  /** Learner actions so far (up to the goal's moment once it is met). */
  used: number;
  /** Actions left under `max`, when there is one. */
  left?: number;
  broken?: LimitBroken;
}
