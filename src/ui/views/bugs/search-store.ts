// The counterexample search as the page sees it: a dedicated worker (so the simulation
// worker keeps playing), its progress, and the last counterexample found (the banner names
// its broken property). Cancel terminates the worker: nothing of a search outlives it.

import { create } from 'zustand';
import type { SearchCommand, SearchMessage } from '../../../protocol/search';
import type { BugName } from '../../../sim/scenario-types';

export type Counterexample = Extract<SearchMessage, { type: 'found' }>;

export type SearchStatus =
  | { status: 'idle' }
  | { status: 'running'; bug: BugName; tried: number; seeds: number; shrinkRuns: number }
  | { status: 'none' | 'cancelled'; bug: BugName; tried: number }
  | { status: 'failed'; bug: BugName; message: string };

interface SearchStore {
  search: SearchStatus;
  /** The latest counterexample loaded into the page. */
  found: Counterexample | null;
  /** Where the next search of each bug starts: after the seed of its last counterexample. */
  nextSeed: Partial<Record<BugName, number>>;
  start(bug: BugName, onFound: (found: Counterexample) => void): void;
  cancel(): void;
  dismiss(): void;
}

let worker: Worker | null = null;

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

export const useSearch = create<SearchStore>()((set, get) => ({
  search: { status: 'idle' },
  found: null,
  nextSeed: {},
  start(bug, onFound) {
    stopWorker();
    const w = new Worker(new URL('../../../worker/search-worker.ts', import.meta.url), { type: 'module' });
    worker = w;
    set({ search: { status: 'running', bug, tried: 0, seeds: 0, shrinkRuns: 0 } });
    w.onmessage = (e: MessageEvent<SearchMessage>) => {
      if (worker !== w) return;
      const msg = e.data;
      if (msg.type === 'progress') return set({ search: { status: 'running', bug, ...msg } });
      stopWorker();
      if (msg.type === 'found') {
        set({ search: { status: 'idle' }, found: msg, nextSeed: { ...get().nextSeed, [bug]: msg.seed + 1 } });
        onFound(msg);
      } else if (msg.type === 'none') set({ search: { status: 'none', bug, tried: msg.tried } });
      else set({ search: { status: 'failed', bug, message: msg.message } });
    };
    w.onerror = (e) => {
      stopWorker();
      set({ search: { status: 'failed', bug, message: e.message } });
    };
    const cmd: SearchCommand = { type: 'search', bug, firstSeed: get().nextSeed[bug] ?? 1 };
    w.postMessage(cmd);
  },
  cancel() {
    const s = get().search;
    stopWorker();
    if (s.status === 'running') set({ search: { status: 'cancelled', bug: s.bug, tried: s.tried } });
  },
  dismiss() {
    if (get().search.status !== 'running') set({ search: { status: 'idle' } });
  },
}));
