import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { callKey, installTranslationCache } from '../../src/ui/i18n/t-cache';

describe('callKey (the translation cache)', () => {
  it('tells keys, values and their types apart', () => {
    const a = callKey('en', 'x', { n: 1 });
    expect(a).toBeDefined();
    expect(callKey('en', 'x', { n: '1' })).not.toBe(a);
    expect(callKey('en', 'x', { n: 2 })).not.toBe(a);
    expect(callKey('zh-CN', 'x', { n: 1 })).not.toBe(a);
  });

  it('leaves calls with objects, arrays or non-string keys uncached', () => {
    expect(callKey('en', 'x', { kv: { a: 1 } })).toBeUndefined();
    expect(callKey('en', 'x', ['a'])).toBeUndefined();
    expect(callKey('en', ['x', 'y'], undefined)).toBeUndefined();
  });
});

describe('installTranslationCache', () => {
  it('gives the same texts as i18next, in the language of the moment', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', resources: { en: { ns: { hi: 'Hello {{name}}' } }, de: { ns: { hi: 'Hallo {{name}}' } } }, interpolation: { escapeValue: false } });
    installTranslationCache(i18n);
    const t = i18n.getFixedT(null, 'ns');
    expect(t('hi', { name: 'a' })).toBe('Hello a');
    expect(t('hi', { name: 'b' })).toBe('Hello b');
    expect(t('hi', { name: 'a' })).toBe('Hello a');
    await i18n.changeLanguage('de');
    expect(t('hi', { name: 'a' })).toBe('Hallo a');
    i18n.addResource('de', 'ns', 'hi', 'Servus {{name}}');
    expect(t('hi', { name: 'a' })).toBe('Servus a');
  });
});
