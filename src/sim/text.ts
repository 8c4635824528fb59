// Picking one language out of a scenario's text (SCENARIO.md "Text in two languages").

import type { Text } from './scenario-types';

export function textOf(text: Text | undefined, lang = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}
