// Entries removed by a truncation stay on screen for a moment, fading out, so a class can
// see a follower throw away its conflicting suffix (Raft §5.3) rather than have it vanish.

import { useEffect, useRef, useState } from 'react';
import type { EntryView } from '../../../protocol';
import type { NodeLog } from '../../apply-frame';
import { removedEntries } from './row-items';

/** How long a removed entry stays (matches the fade-out in logs.css). */
export const LEAVE_MS = 1200;
/** Ghosts kept at once, across all rows (a limit on everything). */
const MAX_GHOSTS = 300;

export interface Ghost {
  key: string;
  node: string;
  entry: EntryView;
  /** performance.now() when it was removed. */
  since: number;
}

export function useLeaving(logs: Record<string, NodeLog>, epoch: number): Ghost[] {
  const prev = useRef<{ logs: Record<string, NodeLog>; epoch: number } | null>(null);
  const seq = useRef(0);
  const [ghosts, setGhosts] = useState<Ghost[]>([]);

  useEffect(() => {
    const before = prev.current;
    prev.current = { logs, epoch };
    // A reset (load, seek backward) rebuilds every log: nothing was truncated.
    if (!before || before.epoch !== epoch) {
      setGhosts((g) => (g.length ? [] : g));
      return;
    }
    const now = performance.now();
    const fresh: Ghost[] = [];
    for (const node of Object.keys(before.logs)) {
      for (const entry of removedEntries(before.logs[node], logs[node])) {
        fresh.push({ key: `${node}:${entry.index}:${entry.term}:${seq.current++}`, node, entry, since: now });
      }
    }
    if (fresh.length) setGhosts((g) => g.filter((x) => now - x.since < LEAVE_MS).concat(fresh).slice(-MAX_GHOSTS));
  }, [logs, epoch]);

  useEffect(() => {
    if (!ghosts.length) return;
    const oldest = Math.min(...ghosts.map((g) => g.since));
    const timer = setTimeout(() => {
      const now = performance.now();
      setGhosts((g) => g.filter((x) => now - x.since < LEAVE_MS));
    }, Math.max(16, oldest + LEAVE_MS - performance.now()));
    return () => clearTimeout(timer);
  }, [ghosts]);

  return ghosts;
}
