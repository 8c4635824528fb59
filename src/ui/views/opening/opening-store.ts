// How far a run opening at a later time has replayed (worker/opening.ts); null when open.

import { create } from 'zustand';

export interface OpeningProgress {
  target: number;
  reached: number;
}

export const useOpening = create<{ progress: OpeningProgress | null }>()(() => ({ progress: null }));
