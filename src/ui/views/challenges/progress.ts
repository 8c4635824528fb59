// The learner's challenge progress, kept in localStorage across reloads: the keys of the
// challenges solved. A built-in is known by its id; a teacher's challenge file by a hash of
// its name and goal, so that the same file opened again (or its link) counts as the same.

import { useEffect } from 'react';
import { create } from 'zustand';
import { CHALLENGES } from '../../../scenario/challenges';
import type { Scenario } from '../../../sim/scenario-types';
import { useExplorer } from '../../store';

const KEY = 'raft-explorer.challenges.v1';
/** Solved keys kept at most: a class can write many challenges, storage is small. */
const MAX_KEPT = 500;

function readSolved(): string[] {
  try {
    const data = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { solved?: unknown };
    return Array.isArray(data.solved) ? data.solved.filter((k): k is string => typeof k === 'string').slice(-MAX_KEPT) : [];
  } catch {
    return [];
  }
}

interface ProgressState {
  solved: readonly string[];
  markSolved(key: string): void;
}

export const useProgress = create<ProgressState>()((set, get) => ({
  solved: readSolved(),
  markSolved: (key) => {
    if (get().solved.includes(key)) return;
    const solved = [...get().solved, key].slice(-MAX_KEPT);
    set({ solved });
    try {
      localStorage.setItem(KEY, JSON.stringify({ solved }));
    } catch {
      /* storage unavailable: progress lasts for this visit only */
    }
  },
}));

const signature = (s: Pick<Scenario, 'name' | 'challenge'>) => JSON.stringify([s.name, s.challenge]);
const BUILTIN_BY_SIGNATURE = new Map(CHALLENGES.map((c) => [signature(c.scenario), c.id]));

/** FNV-1a, 32 bits, in hex: short and stable, not a security measure. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The progress key of a scenario's challenge: the built-in's id, else `file:` and a hash. */
export function challengeKey(scenario: Scenario): string | undefined {
  if (!scenario.challenge) return undefined;
  const sig = signature(scenario);
  return BUILTIN_BY_SIGNATURE.get(sig) ?? `file:${hash(sig)}`;
}

/** Records a solved challenge whatever tab is shown: watches the store, draws nothing. */
export function ProgressKeeper() {
  useEffect(
    () =>
      useExplorer.subscribe((s) => {
        const { scenario, challenge } = s.view;
        if (!challenge?.solved || !scenario) return;
        const key = challengeKey(scenario);
        if (key) useProgress.getState().markSolved(key);
      }),
    [],
  );
  return null;
}
