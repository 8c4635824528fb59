// Projector mode: large type, high contrast, thicker lines, bigger nodes and messages, fewer
// small labels, for a class reading the screen from the back row. A toggle in the header,
// remembered in the browser, and `projector=1` in a link (an extension of PAGE.md).

import { create } from 'zustand';

const STORAGE_KEY = 'raft-explorer.projector';

/** How much larger the cluster is drawn in projector mode (nodes, labels, messages, lines). */
export const PROJECTOR_SCALE = 1.3;

interface DisplayState {
  projector: boolean;
  setProjector(on: boolean, remember?: boolean): void;
}

export const useDisplay = create<DisplayState>()((set) => ({
  projector: false,
  setProjector: (projector, remember = false) => {
    if (remember) rememberProjector(projector);
    set({ projector });
  },
}));

/** The link's `projector` parameter ("1" or "0") wins; else the remembered choice. */
export function initialProjector(linkValue: string | null): boolean {
  if (linkValue === '1') return true;
  if (linkValue === '0') return false;
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberProjector(on: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, on ? '1' : '0');
  } catch {
    /* storage unavailable (private mode): the choice is simply not remembered */
  }
}
