// window.raftExplorer: the automation interface of ../shared/PAGE.md, for course pages,
// scripted demonstrations and tests. Every member is safe to call at any time.

import type { Scenario } from '../sim/scenario-types';
import type { Bridge } from './bridge';
import { useExplorer } from './store';

export interface RaftExplorerApi {
  ready: Promise<void>;
  runTo(ms: number): Promise<void>;
  time(): number;
  trace(): string;
  scenario(): object;
  link(): string;
  lang(): string;
  error(): string | null;
  /** Extension: main-thread time spent on worker frames so far (benchmarks). */
  perf(): { ms: number; frames: number };
}

declare global {
  interface Window {
    raftExplorer?: RaftExplorerApi;
  }
}

export function installAutomation(bridge: Bridge, ready: Promise<void>, link: () => string): RaftExplorerApi {
  const api: RaftExplorerApi = {
    ready,
    runTo: async (ms: number) => {
      await ready;
      if (!Number.isFinite(ms)) return;
      await bridge.runTo(ms);
    },
    time: () => useExplorer.getState().view.time,
    trace: () => bridge.trace(),
    scenario: () => structuredClone(useExplorer.getState().view.scenario ?? {}) as Scenario,
    link,
    lang: () => useExplorer.getState().lang,
    error: () => useExplorer.getState().error,
    perf: () => ({ ...bridge.handling }),
  };
  window.raftExplorer = api;
  return api;
}
