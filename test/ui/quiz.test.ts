// Predict-then-reveal on the page: narration groups carry their questions (and pause), the
// score counts right predictions, and the kept predictions have a limit.

import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../src/scenario';
import { narrationGroups } from '../../src/ui/views/side/narration';
import { questionKey, scoreOf, withAnswer } from '../../src/ui/views/classroom/quiz';

const question = { ask: { en: 'Who wins?', 'zh-CN': '谁会赢？' }, choices: ['n1', 'nobody'], answer: 1 };

describe('questions in the narration', () => {
  it('a group holds its questions with their step index, and a question makes it pause', () => {
    const groups = narrationGroups([
      { at: 100, do: 'heal' },
      { at: 200, do: 'narrate', text: 'a' },
      { at: 200, do: 'narrate', text: 'b', question },
      { at: 300, do: 'narrate', text: 'c' },
    ]);
    expect(groups.map((g) => [g.at, g.pause, g.questions])).toEqual([
      [200, true, [{ step: 2, question }]],
      [300, false, []],
    ]);
  });
});

describe('the score', () => {
  it('counts right predictions of all those made', () => {
    let answers = withAnswer({}, 'a', { choice: 1, correct: true });
    answers = withAnswer(answers, 'b', { choice: 0, correct: false });
    answers = withAnswer(answers, 'c', { choice: 2, correct: true });
    expect(scoreOf(answers)).toEqual({ right: 2, asked: 3 });
    expect(scoreOf({})).toEqual({ right: 0, asked: 0 });
  });

  it('keeps the newest 500 predictions', () => {
    let answers = {};
    for (let i = 0; i < 510; i++) answers = withAnswer(answers, `q${i}`, { choice: 0, correct: true });
    expect(Object.keys(answers)).toHaveLength(500);
    expect(Object.keys(answers)[0]).toBe('q10');
  });

  it('knows a question by its scenario, time and English wording', () => {
    const scenario = makeScenario({ name: { en: 'Split', 'zh-CN': '分裂' } });
    expect(questionKey(scenario, 101, question)).toBe('Split|101|Who wins?');
  });
});
