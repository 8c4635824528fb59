// Languages of the page (English and Simplified Chinese) with i18next. Each view keeps its
// strings in its own namespace file under i18n/en and i18n/zh-CN.

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { installTranslationCache } from './t-cache';
import type { Lang } from '../store';
import { en } from './en';
import { zhCN } from './zh-CN';

export const LANGS: readonly Lang[] = ['en', 'zh-CN'];
const STORAGE_KEY = 'raft-explorer.lang';

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh-CN';
}

/** PAGE.md: the link's lang, else the remembered choice, else the browser's language. */
export function initialLang(linkLang: string | null): Lang {
  if (isLang(linkLang)) return linkLang;
  const remembered = safeStorageGet(STORAGE_KEY);
  if (isLang(remembered)) return remembered;
  const nav = typeof navigator === 'undefined' ? 'en' : navigator.language;
  return nav.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The language the learner chose, by the link's lang= or a saved choice; null when they chose none. */
export function chosenLang(linkLang: string | null): Lang | null {
  if (isLang(linkLang)) return linkLang;
  const remembered = safeStorageGet(STORAGE_KEY);
  return isLang(remembered) ? remembered : null;
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* storage may be unavailable (private mode): the choice just is not remembered */
  }
}

export async function initI18n(lang: Lang): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    resources: { en, 'zh-CN': zhCN },
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  installTranslationCache(i18next);
}

export function changeLang(lang: Lang): void {
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

function safeStorageGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
