// window.raftExplorer: the automation interface of ../shared/PAGE.md, for course pages,
// scripted demonstrations and tests. Every member is safe to call at any time.

import type { Scenario } from '../sim/scenario-types';
import type { Bridge } from './bridge';
import { useExplorer } from './store';
import { clampSpeed } from './views/playback/speed';
import { dropConnection, rejoin, stepOff, teach } from './live/live';
import { useLive } from './live/live-store';

/** The live class as automation sees it (README "Live class"). */
export interface LiveStatus {
  role: 'teacher' | 'student' | null;
  room: string | null;
  connection: 'connecting' | 'open' | 'lost';
  following: boolean;
  counts: { following: number; steppedOff: number };
  poll: { question: string; counts: number[] } | null;
}

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
  /** Extension (live class): the page's role, room, connection, and the teacher's headcount and poll. */
  live(): LiveStatus;
  /** Extension: as "Start a live class" does (a page served by a relay, or given relay=). */
  startClass(): void;
  /** Extension: as a student's Step off and Rejoin buttons do. */
  stepOff(): void;
  rejoin(): void;
  /** Extension: drop the relay connection as a network would; the page retries with backoff. */
  dropConnection(): void;
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
    live: () => {
      const l = useLive.getState();
      return { role: l.role, room: l.room, connection: l.connection, following: l.following, counts: { ...l.counts }, poll: l.poll && { question: l.poll.question, counts: [...l.poll.counts] } };
    },
    startClass: () => teach(null),
    stepOff,
    rejoin,
    dropConnection,
  };
  window.raftExplorer = api;
  return api;
}
