// The console's transcript on the page: the lines typed (echoed after the prompt) and what
// the worker's etcdctl printed, plus whether commands stream or wait. Kept outside the main
// store: only the console tab reads it.

import { create } from 'zustand';
import type { ConsoleOutput } from '../../../protocol';

export interface TranscriptLine {
  id: number;
  text: string;
  kind: 'in' | 'out' | 'err';
}

/** Lines kept at most (a limit on everything): the oldest go first. */
export const MAX_LINES = 2000;

interface ConsoleState {
  lines: TranscriptLine[];
  prompt?: string;
  streaming: boolean;
  waiting: boolean;
  nextId: number;
  echo(text: string): void;
  receive(msg: ConsoleOutput): void;
  clear(): void;
}

function append(s: ConsoleState, more: Omit<TranscriptLine, 'id'>[]): Pick<ConsoleState, 'lines' | 'nextId'> {
  const added = more.map((l, i) => ({ ...l, id: s.nextId + i }));
  const lines = [...s.lines, ...added];
  return { lines: lines.length > MAX_LINES ? lines.slice(lines.length - MAX_LINES) : lines, nextId: s.nextId + added.length };
}

export const useConsole = create<ConsoleState>()((set) => ({
  lines: [],
  streaming: false,
  waiting: false,
  nextId: 1,
  echo: (text) => set((s) => append(s, [{ text, kind: 'in' }])),
  receive: (msg) =>
    set((s) => ({
      ...append(
        s,
        msg.lines.map((l) => ({ text: l.text, kind: l.kind })),
      ),
      prompt: msg.prompt,
      streaming: msg.streaming,
      waiting: msg.waiting,
    })),
  clear: () => set({ lines: [] }),
}));
