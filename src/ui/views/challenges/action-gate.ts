// A challenge's action limits on the page (README "Challenges"): which controls a learner may
// still use. The grader (src/check/challenge-grade.ts) decides from the steps whether a limit
// was broken; the page turns off, with the reason, a control that would break it, so that a
// learner never loses a run to a limit by accident. A shared run may still carry a broken
// limit: the grade says so, as before.

import type { Scenario, StepKind } from '../../../sim/scenario-types';

export interface ActionGate {
  allow?: readonly string[];
  max?: number;
  /** Learner actions that stay if the learner acts now. */
  used: number;
  /** Actions left under max. */
  left?: number;
}

export type Refusal =
  | { reason: 'not-allowed'; kind: string; allow: readonly string[] }
  | { reason: 'none-left'; max: number }
  | { reason: 'too-few-left'; need: number; left: number };

/**
 * The limits of the run's challenge at `time`, or null when it has none. The learner's actions
 * are the steps after time 0 that are not narrations (as the grader counts them); acting at
 * `time` drops the steps after it (the run forks), so only those up to `time` stay counted.
 */
export function actionGate(scenario: Scenario | undefined, time: number): ActionGate | null {
  const limits = scenario?.challenge?.actions;
  if (!limits || (limits.allow === undefined && limits.max === undefined)) return null;
  const used = (scenario?.steps ?? []).filter((s) => s.at > 0 && s.at <= time && s.do !== 'narrate').length;
  const gate: ActionGate = { used };
  if (limits.allow) gate.allow = limits.allow;
  if (limits.max !== undefined) {
    gate.max = limits.max;
    gate.left = Math.max(0, limits.max - used);
  }
  return gate;
}

/**
 * Why a control that records `count` steps of these kinds may not be used now, or undefined.
 * An etcdctl console line records its etcdctl step and the client step it runs: two actions.
 */
export function refusalOf(gate: ActionGate | null, kinds: readonly StepKind[], count = 1): Refusal | undefined {
  if (!gate) return undefined;
  const wrong = gate.allow && kinds.find((k) => !gate.allow?.includes(k));
  if (wrong && gate.allow) return { reason: 'not-allowed', kind: wrong, allow: gate.allow };
  if (gate.left === undefined || gate.max === undefined) return undefined;
  if (gate.left === 0) return { reason: 'none-left', max: gate.max };
  if (gate.left < count) return { reason: 'too-few-left', need: count, left: gate.left };
  return undefined;
}

/** A refusal as one string, so that a store selector returns the same value until it changes. */
export function refusalKey(r: Refusal | undefined): string | undefined {
  if (!r) return undefined;
  if (r.reason === 'not-allowed') return `not-allowed|${r.kind}|${r.allow.join(',')}`;
  return r.reason === 'none-left' ? `none-left|${r.max}` : `too-few-left|${r.need}|${r.left}`;
}

export function parseRefusalKey(key: string): Refusal {
  const [reason, a = '', b = ''] = key.split('|');
  if (reason === 'not-allowed') return { reason, kind: a, allow: b ? b.split(',') : [] };
  if (reason === 'none-left') return { reason, max: Number(a) };
  return { reason: 'too-few-left', need: Number(a), left: Number(b) };
}
