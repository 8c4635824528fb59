// The prompt's history, as a shell keeps it: Up walks back through earlier lines, Down
// forward again to the line being typed. Pure, so it is tested without a page.

import type { Step } from '../../../sim/scenario-types';

export const MAX_HISTORY = 200;

export interface History {
  entries: string[];
  /** Position while walking: entries.length means the line being typed. */
  index: number;
  /** The line being typed before walking started. */
  draft: string;
}

export const emptyHistory: History = { entries: [], index: 0, draft: '' };

/**
 * The history a session starts from: the lines typed at the console that its scenario
 * recorded (etcdctl steps), so a reload or a shared link keeps them, as a shell's history file.
 */
export function historyOf(steps: readonly Step[] | undefined): History {
  let h = emptyHistory;
  for (const s of steps ?? []) if (s.do === 'etcdctl' && 'line' in s) h = remember(h, s.line);
  return h;
}

export function remember(h: History, line: string): History {
  const entries = line.trim() === '' || h.entries[h.entries.length - 1] === line ? h.entries : [...h.entries, line].slice(-MAX_HISTORY);
  return { entries, index: entries.length, draft: '' };
}

/** A history with these entries: the same one while they are unchanged (a walk in progress goes on). */
export function withEntries(h: History, from: History): History {
  const same = h.entries.length === from.entries.length && h.entries.every((e, i) => e === from.entries[i]);
  return same ? h : from;
}

/** Moves back (-1) or forward (+1); returns the new history and the line to show. */
export function walk(h: History, current: string, step: -1 | 1): { history: History; line: string } {
  const index = Math.min(h.entries.length, Math.max(0, h.index + step));
  if (index === h.index) return { history: h, line: current };
  const draft = h.index === h.entries.length ? current : h.draft;
  const line = index === h.entries.length ? draft : (h.entries[index] as string);
  return { history: { entries: h.entries, index, draft }, line };
}

/** The longest prefix every completion shares. */
export function commonPrefix(options: readonly string[]): string {
  if (options.length === 0) return '';
  let p = options[0] as string;
  for (const o of options) while (!o.startsWith(p)) p = p.slice(0, -1);
  return p;
}
