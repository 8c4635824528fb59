// Reading and writing the page's URL fragment (PAGE.md): #s=DATA&lang=..&embed=1.

import { decodeLink, encodeLink, type LinkResult } from '../scenario/link';
import type { Scenario } from '../sim/scenario-types';
import type { Lang } from './store';

export interface FragmentParams {
  data: string | null;
  lang: string | null;
  embed: boolean;
}

export function readFragment(hash: string): FragmentParams {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  return { data: params.get('s'), lang: params.get('lang'), embed: params.get('embed') === '1' };
}

export function decodeFragment(params: FragmentParams): LinkResult | undefined {
  return params.data === null ? undefined : decodeLink(params.data);
}

/** The share link of a scenario at a time, keeping the language (and embed mode if asked). */
export function shareLink(base: string, scenario: Scenario, time: number, lang: Lang, embed = false): string {
  let fragment = `s=${encodeLink(scenario, { time })}&lang=${lang}`;
  if (embed) fragment += '&embed=1';
  return `${base}#${fragment}`;
}
