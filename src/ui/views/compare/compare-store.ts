// The A/B comparison's state: which setting B flips, B's view, and the controller of B's
// worker. Outside React, so that a link (`ab=SETTING`) can start a comparison at load.

import { create } from 'zustand';
import { EMPTY_VIEW, type SimView } from '../../apply-frame';
import { SideB } from './side-b';
import type { CompareSetting } from './settings';

interface CompareState {
  setting: CompareSetting | null;
  viewB: SimView;
  error: string | null;
  start(setting: CompareSetting): void;
  stop(): void;
}

let sideB: SideB | undefined;

/** Side B's fact log (facts.ts), while a comparison runs. */
export function sideBFacts() {
  return sideB?.facts;
}

export const useCompare = create<CompareState>()((set) => ({
  setting: null,
  viewB: EMPTY_VIEW,
  error: null,
  start: (setting) => {
    sideB?.stop();
    set({ setting, viewB: EMPTY_VIEW, error: null });
    sideB = new SideB(setting, {
      onView: (viewB) => set({ viewB }),
      onError: (error) => set({ error }),
    });
  },
  stop: () => {
    sideB?.stop();
    sideB = undefined;
    set({ setting: null, viewB: EMPTY_VIEW, error: null });
  },
}));
