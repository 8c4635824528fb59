// Reading and writing the page's URL fragment (PAGE.md): #s=DATA&lang=..&embed=1, and the
// extensions projector=1 (projector mode) and ab=SETTING (an A/B comparison).

import { decodeLink, encodeLink, type LinkResult } from '../scenario/link';
import type { Scenario } from '../sim/scenario-types';
import type { Lang, Selection } from './store';

export interface FragmentParams {
  data: string | null;
  lang: string | null;
  embed: boolean;
  /** "1" or "0" to switch projector mode on or off; null: the remembered choice. */
  projector: string | null;
  /** The setting an A/B comparison changes (see views/compare), or null. */
  ab: string | null;
}

export function readFragment(hash: string): FragmentParams {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  return { data: params.get('s'), lang: params.get('lang'), embed: params.get('embed') === '1', projector: params.get('projector'), ab: params.get('ab') };
}

export function decodeFragment(params: FragmentParams): LinkResult | undefined {
  return params.data === null ? undefined : decodeLink(params.data);
}

/** The selection as a link's flat view record, and back. */
function selectionToView(sel: Selection): Record<string, string | number> {
  const v: Record<string, string | number> = {};
  if (sel.node) v.node = sel.node;
  if (sel.term !== undefined) v.term = sel.term;
  if (sel.key !== undefined) v.key = sel.key;
  if (sel.entry) {
    v.entryIndex = sel.entry.index;
    v.entryTerm = sel.entry.term;
  }
  return v;
}

export function viewToSelection(v: Record<string, string | number | boolean> | undefined): Selection {
  const sel: Selection = {};
  if (!v) return sel;
  if (typeof v.node === 'string') sel.node = v.node;
  if (typeof v.term === 'number') sel.term = v.term;
  if (typeof v.key === 'string') sel.key = v.key;
  if (typeof v.entryIndex === 'number' && typeof v.entryTerm === 'number') sel.entry = { index: v.entryIndex, term: v.entryTerm };
  return sel;
}

/** The share link of a scenario at a time and view, keeping the language (and embed mode if asked). */
export function shareLink(base: string, scenario: Scenario, time: number, lang: Lang, embed = false, selection: Selection = {}): string {
  let fragment = `s=${encodeLink(scenario, { time, view: selectionToView(selection) })}&lang=${lang}`;
  if (embed) fragment += '&embed=1';
  return `${base}#${fragment}`;
}
