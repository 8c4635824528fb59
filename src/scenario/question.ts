// A narration's question (predict-then-reveal, an extension of SCENARIO.md's `narrate`):
// { "ask": text, "choices": [text, ...], "answer": index, "explain"?: text }. The texts
// take one string or one per language, like every text of a scenario.

import type { Question } from '../sim/scenario-types';
import { MAX_LONG_TEXT, MAX_STRING } from './limits';
import { Fields, fail, integer, list, type Reader } from './read';
import { text } from './text';

export const MIN_CHOICES = 2;
export const MAX_CHOICES = 6;

const readChoices = list(MAX_CHOICES, text(MAX_STRING), 'a list of choices');

export const readQuestion: Reader<Question> = (value, path) => {
  const f = Fields.open(value, path);
  f.rejectUnknown(['ask', 'choices', 'answer', 'explain']);
  const ask = f.required('ask', text(MAX_LONG_TEXT));
  const choices = f.required('choices', readChoices);
  if (choices.length < MIN_CHOICES) fail(f.pathOf('choices'), `a question needs at least ${MIN_CHOICES} choices`);
  const answer = f.required('answer', integer(0, choices.length - 1, `the index of the right choice, from 0 to ${choices.length - 1}`));
  const explain = f.optional('explain', text(MAX_LONG_TEXT));
  return explain === undefined ? { ask, choices, answer } : { ask, choices, answer, explain };
};
