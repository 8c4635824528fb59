// Helpers for the built-in challenges: a scenario with a `challenge` field, every text in
// English and Simplified Chinese, validated at load time like the built-in scenarios.

import type { ActionLimits, Condition } from '../../sim/challenge-types';
import type { Scenario } from '../../sim/scenario-types';
import { type Bilingual, type BuiltinFields } from '../builtins/define';
import { makeScenario } from '../defaults';

/** A built-in challenge and its stable id (progress in the browser is kept by id: never rename one). */
export interface BuiltinChallenge {
  readonly id: string;
  readonly scenario: Scenario & { challenge: NonNullable<Scenario['challenge']> };
}

export interface ChallengeFields extends Omit<BuiltinFields, 'steps'> {
  task: Bilingual;
  hint: Bilingual;
  goal: Condition;
  actions?: ActionLimits;
  steps?: BuiltinFields['steps'];
}

export function defineChallenge(id: string, fields: ChallengeFields): BuiltinChallenge {
  const { task, hint, goal, actions, name, description, steps = [], ...rest } = fields;
  const challenge = { task: { ...task }, goal, hint: { ...hint }, ...(actions ? { actions } : {}) };
  const scenario = makeScenario({ ...rest, name: { ...name }, description: { ...description }, steps, challenge });
  return { id, scenario: scenario as BuiltinChallenge['scenario'] };
}
