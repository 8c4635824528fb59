// The page's state: what the worker last reported (SimView) and the UI's own state
// (selection, panels, language, errors). A zustand store, so the worker bridge and the
// automation interface can act on it outside React.

import { create } from 'zustand';
import type { Frame } from '../protocol';
import { applyFrame, EMPTY_VIEW, type SimView } from './apply-frame';

/** What the user selected; every view highlights what matches. */
export interface Selection {
  node?: string;
  term?: number;
  /** A log entry: its index (and term, to tell divergent entries apart). */
  entry?: { index: number; term: number };
  key?: string;
  message?: number;
  /** A trace event (its index in the trace): a violation's event, a state change, a diagram mark. */
  event?: number;
}

export type Lang = 'en' | 'zh-CN';

export interface ExplorerState {
  view: SimView;
  selection: Selection;
  /** A message shown to the user about something that could not be used (bad link, scenario). */
  error: string | null;
  /** A passing notice (e.g. "link copied"). */
  notice: string | null;
  lang: Lang;
  /** Embed mode (PAGE.md `embed=1`): the views and playback only, for course pages. */
  embed: boolean;
  workerReady: boolean;
  receiveFrame(frame: Frame): void;
  select(selection: Selection): void;
  toggleSelect(selection: Selection): void;
  setError(message: string | null): void;
  setNotice(message: string | null): void;
  setLang(lang: Lang): void;
  setEmbed(embed: boolean): void;
}

export const useExplorer = create<ExplorerState>()((set) => ({
  view: EMPTY_VIEW,
  selection: {},
  error: null,
  notice: null,
  lang: 'en',
  embed: false,
  workerReady: false,
  receiveFrame: (frame) => set((s) => ({ view: applyFrame(s.view, frame), workerReady: true })),
  select: (selection) => set({ selection }),
  toggleSelect: (selection) => set((s) => ({ selection: sameSelection(s.selection, selection) ? {} : selection })),
  setError: (error) => set({ error }),
  setNotice: (notice) => set({ notice }),
  setLang: (lang) => set({ lang }),
  setEmbed: (embed) => set({ embed }),
}));

function sameSelection(a: Selection, b: Selection): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
