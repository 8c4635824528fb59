// A narration's question (predict-then-reveal): read, kept through a share link, and
// refused with an error that names the field.

import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario';
import { decodeLink, encodeLink } from '../../src/scenario/link';
import { minimal, withSteps } from './examples';

const question = {
  ask: { en: 'Who wins?', 'zh-CN': '谁会赢？' },
  choices: ['n1', { en: 'nobody', 'zh-CN': '没有人' }],
  answer: 1,
  explain: 'Split vote.',
};
const asking = (q: unknown) => withSteps({ at: 100, do: 'narrate', text: 'Three candidates.', question: q });

describe('narrate.question', () => {
  it('is read as written, and survives a share link', () => {
    const parsed = parseScenario(asking(question));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.scenario.steps[0]).toEqual({ at: 100, do: 'narrate', text: 'Three candidates.', question });
    const link = decodeLink(encodeLink(parsed.scenario));
    expect(link.ok && link.scenario.steps[0]).toEqual(parsed.scenario.steps[0]);
  });

  it('leaves a narration without a question as it was', () => {
    const parsed = parseScenario(withSteps({ at: 0, do: 'narrate', text: 'hi' }));
    expect(parsed.ok && parsed.scenario.steps[0]).toEqual({ at: 0, do: 'narrate', text: 'hi' });
    expect(parseScenario(minimal()).ok).toBe(true);
  });

  const CASES: [string, unknown, string][] = [
    ['not an object', 'who?', 'steps[0].question: expected an object'],
    ['no ask', { choices: ['a', 'b'], answer: 0 }, 'steps[0].question.ask: missing'],
    ['no choices', { ask: 'q', answer: 0 }, 'steps[0].question.choices: missing'],
    ['one choice', { ask: 'q', choices: ['a'], answer: 0 }, 'steps[0].question.choices: a question needs at least 2 choices'],
    ['seven choices', { ask: 'q', choices: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], answer: 0 }, 'steps[0].question.choices: more than 6 items'],
    ['a choice that is a number', { ask: 'q', choices: ['a', 2], answer: 0 }, 'steps[0].question.choices[1]: expected a string or an object with one string per language'],
    ['no answer', { ask: 'q', choices: ['a', 'b'] }, 'steps[0].question.answer: missing'],
    ['an answer past the choices', { ask: 'q', choices: ['a', 'b'], answer: 2 }, 'steps[0].question.answer: expected the index of the right choice, from 0 to 1'],
    ['an answer given as the choice text', { ask: 'q', choices: ['a', 'b'], answer: 'a' }, 'steps[0].question.answer: expected the index of the right choice, from 0 to 1'],
    ['a misspelled field', { ask: 'q', choices: ['a', 'b'], answer: 0, explian: 'x' }, 'steps[0].question.explian: unknown field'],
    ['a bad language tag', { ask: { english: 'q' }, choices: ['a', 'b'], answer: 0 }, 'steps[0].question.ask.english: "english" is not a language tag such as "en" or "zh-CN"'],
  ];
  for (const [what, q, error] of CASES) {
    it(`refuses ${what}`, () => {
      expect(parseScenario(asking(q))).toEqual({ ok: false, error });
    });
  }
});
