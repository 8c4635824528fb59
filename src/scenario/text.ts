// Text shown to people (SCENARIO.md, "Text in two languages"): one string for every
// language, or an object with one string per language tag.

import type { Text } from '../sim/scenario-types';
import { LANGUAGE_PATTERN, MAX_LANGUAGES } from './limits';
import { fail, fieldPath, isRecord, presentKeys, quote, string, type Reader } from './read';

/**
 * A string, or { "en": ..., "zh-CN": ... } with at most `maxChars` characters per language.
 * Languages come back sorted by tag (in code unit order, never the locale's) so that the
 * canonical JSON does not depend on the order the author wrote them in.
 */
export function text(maxChars: number): Reader<Text> {
  const readString = string(maxChars);
  return (value, path) => {
    if (typeof value === 'string') return readString(value, path);
    if (!isRecord(value)) fail(path, 'expected a string or an object with one string per language');
    const tags = presentKeys(value);
    if (tags.length === 0) fail(path, 'expected at least one language');
    if (tags.length > MAX_LANGUAGES) fail(path, `more than ${MAX_LANGUAGES} languages`);
    const byLanguage: Record<string, string> = {};
    for (const tag of tags.sort()) {
      const tagPath = fieldPath(path, tag);
      // The pattern also keeps "__proto__" and "constructor" out of the object built here.
      if (!LANGUAGE_PATTERN.test(tag)) fail(tagPath, `${quote(tag)} is not a language tag such as "en" or "zh-CN"`);
      byLanguage[tag] = readString(value[tag], tagPath);
    }
    return byLanguage;
  };
}

/** The text in language `lang`, else in English, else in whichever language it has. */
export function localizedText(text: Text | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  if (Object.hasOwn(text, lang)) return text[lang] ?? '';
  if (Object.hasOwn(text, 'en')) return text.en ?? '';
  const first = Object.keys(text)[0];
  return first === undefined ? '' : (text[first] ?? '');
}
