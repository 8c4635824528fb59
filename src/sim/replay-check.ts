// Time travel verifies itself (issue 15 item 9). A seek back restores a checkpoint and
// replays from it; the run is deterministic, so every event the replay regenerates must be
// the one recorded the first time, in the same place. Comparing them catches what would
// otherwise show a learner a different past: a field a checkpoint clone shares with the
// live run by mistake, a hidden source of nondeterminism.

import type { TraceEvent } from './trace-types';

/** 'throw': a mismatch is an error (tests, the runner, benchmarks); 'mark': the run is flagged (the page). */
export type ReplayMode = 'throw' | 'mark';

/** Where a replay first left the recorded run. */
export interface Divergence {
  /** Index of the event in the trace. */
  index: number;
  /** Virtual time of the recorded event (ms). */
  at: number;
  /** The first field that differs, with both values, e.g. `send.at: recorded 1040, replayed 1052`. */
  detail: string;
}

export class ReplayDivergenceError extends Error {
  constructor(readonly divergence: Divergence) {
    super(`replay diverged at event ${divergence.index} (${divergence.at} ms): ${divergence.detail}`);
    this.name = 'ReplayDivergenceError';
  }
}

/** Values are shown cut to this many characters in a divergence's detail (a limit on everything). */
const MAX_VALUE_CHARS = 80;

export class ReplayCheck {
  /** The first divergence seen ('mark' mode keeps it for the frames). */
  divergence: Divergence | undefined;

  constructor(readonly mode: ReplayMode = 'throw') {}

  /**
   * Compares the event regenerated at trace index `index` with the one recorded there.
   * Returns true when they match; on a mismatch throws, or records the divergence and
   * returns false (the caller then keeps the regenerated run from here on).
   */
  compare(index: number, recorded: TraceEvent, replayed: TraceEvent): boolean {
    const diff = firstDifference(recorded, replayed, recorded.ev);
    if (diff === undefined) return true;
    const divergence = { index, at: recorded.t, detail: diff };
    if (this.mode === 'throw') throw new ReplayDivergenceError(divergence);
    this.divergence ??= divergence;
    return false;
  }
}

/**
 * The first path at which two JSON-like values differ (key order included, as it decides
 * the trace's bytes), described with both values; undefined when they are deep-equal.
 */
export function firstDifference(a: unknown, b: unknown, path: string): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return differs(path, a, b);
  if (Array.isArray(a) && Array.isArray(b)) return firstArrayDifference(a, b, path);
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const key = ka[i] ?? kb[i];
    if (key === undefined) continue;
    if (ka[i] !== kb[i]) return `${path}: fields ${JSON.stringify(ka)} recorded, ${JSON.stringify(kb)} replayed`;
    const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    if (d !== undefined) return d;
  }
  return undefined;
}

function firstArrayDifference(a: readonly unknown[], b: readonly unknown[], path: string): string | undefined {
  if (a.length !== b.length) return `${path}: ${a.length} items recorded, ${b.length} replayed`;
  for (let i = 0; i < a.length; i++) {
    const d = firstDifference(a[i], b[i], `${path}[${i}]`);
    if (d !== undefined) return d;
  }
  return undefined;
}

function differs(path: string, a: unknown, b: unknown): string {
  return `${path}: recorded ${show(a)}, replayed ${show(b)}`;
}

function show(v: unknown): string {
  const s = v === undefined ? 'nothing' : JSON.stringify(v);
  return s.length > MAX_VALUE_CHARS ? `${s.slice(0, MAX_VALUE_CHARS - 1)}…` : s;
}
