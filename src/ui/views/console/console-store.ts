// The console's transcript on the page: the lines typed and what the worker's etcdctl
// printed, each at its virtual time, plus whether commands stream or wait. The worker
// replays the transcript with the run (a shared session shows it again); after a seek back
// the tab shows only the lines up to the current time. Kept outside the main store: only
// the console tab reads it.

import { create } from 'zustand';
import type { ConsoleLine, ConsoleOutput } from '../../../protocol';

export interface TranscriptLine extends ConsoleLine {
  id: number;
}

/** Lines kept at most (a limit on everything): the oldest go first. */
export const MAX_LINES = 2000;

interface ConsoleState {
  lines: TranscriptLine[];
  /** Lines before this id were cleared from view (the Clear button). */
  clearedBefore: number;
  prompt?: string;
  streaming: boolean;
  waiting: boolean;
  nextId: number;
  receive(msg: ConsoleOutput): void;
  clear(): void;
}

function append(s: ConsoleState, more: readonly ConsoleLine[]): Pick<ConsoleState, 'lines' | 'nextId'> {
  const added = more.map((l, i) => ({ ...l, id: s.nextId + i }));
  const lines = [...s.lines, ...added];
  return { lines: lines.length > MAX_LINES ? lines.slice(lines.length - MAX_LINES) : lines, nextId: s.nextId + added.length };
}

export const useConsole = create<ConsoleState>()((set) => ({
  lines: [],
  clearedBefore: 0,
  streaming: false,
  waiting: false,
  nextId: 1,
  receive: (msg) =>
    set((s) => ({
      ...append({ ...s, lines: keptLines(s.lines, msg) }, msg.lines),
      ...(msg.restart ? { clearedBefore: 0 } : {}),
      prompt: msg.prompt,
      streaming: msg.streaming,
      waiting: msg.waiting,
    })),
  clear: () => set((s) => ({ clearedBefore: s.nextId })),
}));

/** The lines still true before a message's new ones: none after a restart, none after a fork's time. */
export function keptLines<T extends ConsoleLine>(lines: T[], msg: Pick<ConsoleOutput, 'restart' | 'forgetAfter'>): T[] {
  if (msg.restart) return [];
  const after = msg.forgetAfter;
  return after === undefined ? lines : lines.filter((l) => l.t <= after);
}

/** The lines to show at virtual time `time`: none from after it, none cleared. */
export function visibleLines(lines: readonly TranscriptLine[], clearedBefore: number, time: number): TranscriptLine[] {
  return lines.filter((l) => l.id >= clearedBefore && l.t <= time);
}
