// A cache in front of i18next's t for the page's views. A busy run redraws hundreds of labels
// and titles a frame, and each i18next lookup spreads its options, parses the key and
// interpolates (a quarter of the main thread's time, measured with `npm run bench:browser`).
// The same key, language and values give the same text until a language or resources
// change, so the text is kept. Only calls with plain values (strings, numbers, booleans)
// are cached; anything else goes to i18next as before.

import type { i18n as I18n, TFunction } from 'i18next';

/** Texts kept at most; the cache starts over past this (a limit on everything). */
export const MAX_CACHED = 5_000;

/**
 * The cache key of a call, or undefined when the call is not cacheable: a key that is not
 * a string, or options holding anything but strings, numbers, booleans and undefined.
 */
export function callKey(scope: string, key: unknown, opts: unknown): string | undefined {
  if (typeof key !== 'string') return undefined;
  if (opts === undefined) return `${scope}\u0000${key}`;
  if (typeof opts !== 'object' || opts === null || Array.isArray(opts)) return undefined;
  let text = `${scope}\u0000${key}`;
  for (const [name, value] of Object.entries(opts)) {
    const type = typeof value;
    if (type !== 'string' && type !== 'number' && type !== 'boolean' && type !== 'undefined') return undefined;
    // Tagged by type, so 1 and "1" stay apart.
    text += `\u0000${name}\u0001${type[0]}${String(value)}`;
  }
  return text;
}

/** i18next's fixed t, seen as a plain function with the properties it carries. */
type FixedT = ((...args: unknown[]) => unknown) & { lng?: string; lngs?: readonly string[]; ns?: string | readonly string[]; keyPrefix?: string };

/** Wraps i18n.getFixedT (what react-i18next's useTranslation calls) so that the t it hands out caches. */
export function installTranslationCache(i18n: I18n): void {
  let cache = new Map<string, string>();
  const clear = () => {
    cache = new Map();
  };
  for (const event of ['languageChanged', 'loaded', 'initialized'] as const) i18n.on(event, clear);
  // Resources added or removed later (the store tells, not the instance).
  for (const event of ['added', 'removed'] as const) i18n.store?.on(event, clear);
  const original = i18n.getFixedT.bind(i18n);
  i18n.getFixedT = ((...args: Parameters<I18n['getFixedT']>) => {
    const fixed = original(...args) as unknown as FixedT;
    const ns = Array.isArray(fixed.ns) ? fixed.ns.join(',') : String(fixed.ns ?? '');
    const rest = `\u0002${ns}\u0002${fixed.keyPrefix ?? ''}`;
    // The scope (language, namespace, prefix) is built once per language, not on every call.
    let scope = { lng: '', text: '' };
    const scopeText = () => {
      const lng = fixed.lng ?? (fixed.lngs ? fixed.lngs.join(',') : i18n.language);
      if (scope.lng !== lng) scope = { lng, text: `${lng}${rest}` };
      return scope.text;
    };
    const cached = ((key: unknown, opts?: unknown, ...more: unknown[]) => {
      if (more.length > 0) return fixed(key, opts, ...more);
      const id = callKey(scopeText(), key, opts);
      if (id === undefined) return fixed(key, opts);
      const hit = cache.get(id);
      if (hit !== undefined) return hit;
      const text = fixed(key, opts);
      // Only texts are kept (objects from returnObjects go through every time).
      if (typeof text === 'string') {
        if (cache.size >= MAX_CACHED) clear();
        cache.set(id, text);
      }
      return text;
    }) as unknown as TFunction;
    return Object.assign(cached, { lng: fixed.lng, lngs: fixed.lngs, ns: fixed.ns, keyPrefix: fixed.keyPrefix });
  }) as I18n['getFixedT'];
}
