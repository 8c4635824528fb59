// window.raftExplorer: the automation interface of ../shared/PAGE.md, for course pages,
// scripted demonstrations and tests. Every member is safe to call at any time.

import type { Scenario } from '../sim/scenario-types';
import type { Bridge } from './bridge';
import { useExplorer } from './store';
import { clampSpeed } from './views/playback/speed';

export interface RaftExplorerApi {
  ready: Promise<void>;
  runTo(ms: number): Promise<void>;
  time(): number;
  trace(): string;
  scenario(): object;
  link(): string;
  lang(): string;
  error(): string | null;
  /** PAGE.md 1.1: virtual milliseconds per wall millisecond of the current playback speed. */
  speed(): number;
  /** PAGE.md 1.1: as the speed control does, clamped to what it offers. */
  setSpeed(x: number): void;
  /** PAGE.md 1.1: as the Play and Pause buttons do. */
  play(): void;
  pause(): void;
  /** Extension: main-thread time spent on worker frames so far (benchmarks). */
  perf(): { ms: number; frames: number };
  /**
   * Extension, for tests only: from now on the worker's time-travel checkpoints are broken
   * clones, so that seeking back diverges from the recorded run and the page says so.
   */
  breakReplayForTest(): void;
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
    speed: () => useExplorer.getState().view.speed,
    setSpeed: (x: number) => bridge.send({ type: 'speed', value: clampSpeed(x) }),
    play: () => bridge.send({ type: 'play' }),
    pause: () => bridge.send({ type: 'pause' }),
    perf: () => ({ ...bridge.handling }),
    breakReplayForTest: () => bridge.send({ type: 'test-break-replay' }),
  };
  window.raftExplorer = api;
  return api;
}
