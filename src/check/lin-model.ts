// A sequential model of etcd v3's key-value store, written for the linearizability
// checker (independent of src/kv). It models the keys of one partition of the history:
// value, version, createRevision and modRevision per key (etcd mvcc's keyIndex: version
// counts the puts since the key was created and restarts after a delete), and a lower
// bound on the store's global revision.
//
// Revisions are ranges (see lin-revision.ts): the model never assumes that nothing else
// wrote between two operations it sees, only that the global revision never goes back
// and that every write takes a new, higher one.

import { capRange, exactly, intersectRanges, shiftRange, type IntRange } from './lin-revision';
import type { DeleteOp, PutOp } from './trace-events';

export interface KeyState {
  value: string;
  /** Puts since the key was created: 1 for a new key (etcd's Version). */
  version: IntRange;
  create: IntRange;
  mod: IntRange;
}

export interface ModelState {
  /** The lowest the store's current revision can be: an empty store is at revision 1. */
  floor: number;
  keys: Readonly<Record<string, KeyState>>;
}

export const EMPTY_STORE: ModelState = { floor: 1, keys: {} };

const stateKeys = new WeakMap<ModelState, string>();
const keyStateKeys = new WeakMap<KeyState, string>();

function keyStateKey(key: KeyState): string {
  let text = keyStateKeys.get(key);
  if (text === undefined) {
    const { value, version: v, create: c, mod: m } = key;
    text = `${JSON.stringify(value)},${v.lo},${v.hi},${c.lo},${c.hi},${m.lo},${m.hi}`;
    keyStateKeys.set(key, text);
  }
  return text;
}

/** A canonical string for a state, for the search's memo of visited configurations. */
export function stateKey(state: ModelState): string {
  let key = stateKeys.get(state);
  if (key === undefined) {
    key = String(state.floor);
    for (const name of Object.keys(state.keys).sort()) key += `|${JSON.stringify(name)}:${keyStateKey(state.keys[name] as KeyState)}`;
    stateKeys.set(state, key);
  }
  return key;
}

export function withKey(state: ModelState, name: string, key: KeyState | undefined): ModelState {
  const keys = { ...state.keys };
  if (key) keys[name] = key;
  else delete keys[name];
  return { ...state, keys };
}

/** Whether the key was created by its last write (version exactly 1). */
function isNew(key: KeyState): boolean {
  return key.version.lo === 1 && key.version.hi === 1;
}

/**
 * Narrows a key's version, create or mod revision. A key at version 1 was created by its
 * last write, so its create and mod revisions are one revision and narrow together.
 */
export function narrowKey(key: KeyState, which: 'version' | 'create' | 'mod', range: IntRange): KeyState | undefined {
  const narrowed = intersectRanges(key[which], range);
  if (!narrowed) return undefined;
  const next = { ...key, [which]: narrowed };
  if (!isNew(next)) return next;
  const both = intersectRanges(next.create, next.mod);
  return both && { ...next, create: both, mod: both };
}

/** Every revision the state holds is at most `max` (a revision `max` was seen current). */
function capAll(state: ModelState, max: number): ModelState {
  let keys: Record<string, KeyState> | undefined;
  for (const [name, key] of Object.entries(state.keys)) {
    if (key.create.hi <= max && key.mod.hi <= max) continue;
    keys ??= { ...state.keys };
    keys[name] = { ...key, create: capRange(key.create, max), mod: capRange(key.mod, max) };
  }
  return keys ? { ...state, keys } : state;
}

/**
 * A read answered with header revision `seen` (undefined: not known). The store was at
 * `seen`, so it cannot be below the floor, and every revision held so far is at most it.
 */
export function readAt(state: ModelState, seen: number | undefined): ModelState | undefined {
  if (seen === undefined) return state;
  if (seen < state.floor) return undefined;
  return { ...capAll(state, seen), floor: seen };
}

/**
 * A write transaction takes a new revision: `revision` when its answer says so, else some
 * revision above the floor. Returns the state before the write's changes (with the floor
 * raised) and the write's revision, or undefined when `revision` cannot be new.
 */
export function writeAt(
  state: ModelState,
  revision: number | undefined,
): { state: ModelState; revision: IntRange } | undefined {
  if (revision === undefined) {
    const next = state.floor + 1;
    return { state: { ...state, floor: next }, revision: { lo: next, hi: Infinity } };
  }
  if (revision <= state.floor) return undefined;
  return { state: { ...capAll(state, revision - 1), floor: revision }, revision: { lo: revision, hi: revision } };
}

/** etcd refuses ignoreValue / ignoreLease on a missing key (ErrKeyNotFound): nothing happens. */
export function putFails(state: ModelState, op: PutOp): boolean {
  return Boolean(op.ignoreValue || op.ignoreLease) && !state.keys[op.key];
}

/** A put at `revision`: a new key starts at version 1, an existing one keeps its createRevision. */
export function applyPut(state: ModelState, op: PutOp, revision: IntRange): ModelState {
  const previous = state.keys[op.key];
  const value = op.ignoreValue && previous ? previous.value : op.value;
  const key: KeyState = previous
    ? { value, version: shiftRange(previous.version, 1), create: previous.create, mod: revision }
    : { value, version: exactly(1), create: revision, mod: revision };
  return withKey(state, op.key, key);
}

export function applyDelete(state: ModelState, op: DeleteOp): ModelState {
  return withKey(state, op.key, undefined);
}
