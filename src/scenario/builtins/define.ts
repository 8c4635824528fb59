// Helpers for writing built-in teaching scenarios: every text in English and Simplified
// Chinese, narrations that pause playback, client steps in one line.

import type { ClientOp, Scenario, Step, Text } from '../../sim/scenario-types';
import { makeScenario, type ScenarioOverrides } from '../defaults';

/** A built-in scenario and its stable id (ids appear in links and course pages: never rename one). */
export interface Builtin {
  readonly id: string;
  readonly scenario: Scenario;
}

/** The languages every built-in text is written in (SCENARIO.md, "Text in two languages"). */
export interface Bilingual {
  readonly en: string;
  readonly 'zh-CN': string;
}

export function bilingual(en: string, zh: string): Text {
  return { en, 'zh-CN': zh };
}

/**
 * A narration at `at`. Steps run before anything else of their millisecond, so a narration
 * about an event at time t goes at t + 1 or later. It pauses playback unless told otherwise:
 * the teacher explains, then steps on.
 */
export function say(at: number, en: string, zh: string, pause = true): Step {
  return { at, do: 'narrate', text: bilingual(en, zh), pause };
}

/** A question for the learner to answer before the run shows what happens (predict-then-reveal). */
export interface QuestionFields {
  ask: Bilingual;
  choices: Bilingual[];
  /** Index of the right choice. The scenario's test checks that it really happens. */
  answer: number;
  explain: Bilingual;
}

/** Puts a question on a narration: playback stops there and asks before going on. */
export function predict(step: Step, q: QuestionFields): Step {
  if (step.do !== 'narrate') throw new Error(`a question goes on a narration, not on ${step.do}`);
  const copy = (b: Bilingual): Text => ({ ...b });
  return { ...step, question: { ask: copy(q.ask), choices: q.choices.map(copy), answer: q.answer, explain: copy(q.explain) } };
}

/** A client operation; `node` is the node the client contacts first. */
export function request(at: number, client: string, op: ClientOp, node?: string): Step {
  return node === undefined ? { at, do: 'client', client, op } : { at, do: 'client', client, op, node };
}

export function put(at: number, client: string, key: string, value: string, node?: string): Step {
  return request(at, client, { type: 'put', key, value }, node);
}

export interface BuiltinFields extends Omit<ScenarioOverrides, 'name' | 'description' | 'steps'> {
  name: Bilingual;
  description: Bilingual;
  steps: Step[];
}

/** Validates the scenario at load time: a built-in that does not parse is a bug caught by every test. */
export function defineBuiltin(id: string, fields: BuiltinFields): Builtin {
  return { id, scenario: makeScenario({ ...fields, name: { ...fields.name }, description: { ...fields.description } }) };
}

/** Node ids n1..nN. */
export function nodeIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `n${i + 1}`);
}
