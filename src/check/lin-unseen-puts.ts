// Unknown-outcome puts are what makes the search expensive: each may take effect at any
// point after its call, or never, so each one doubles the configurations to explore.
// Two kinds can be handled without that cost, soundly:
//
// SEEN puts. If an unknown put of key=value is the only operation in the history that can
// have written that value to that key, and an answer shows that kv, then the put took
// effect, before that answer's return, at the kv's modRevision. It becomes an answered put
// whose return is the earliest such answer (as etcd's robustness tests patch their history).
//
// UNSEEN puts. If no answer ever shows key=value, and no answered operation that returned
// after the put's call reads the key without its value (a compare in a txn, a count-only
// or keys-only get), then, had the put taken effect at some point, no answered operation
// read the key between it and the next write of the key: any such read would have shown
// the value. So the put may as well have taken effect just before that next write, or
// never. (An unknown txn comparing the key may have run in between: the model lets its
// compares go either way while such puts are pending.) The search therefore does not
// place these puts itself. Before a write of the key, the model lets any number of them,
// up to those called by then, take effect: the version becomes a range, which the next
// answer showing it narrows; if the key was missing, it may now exist. Their revisions
// are left open (they may have been earlier, before reads of other keys), and the same
// unseen put may be counted before two writes: both only loosen the model.

import { withKey, type ModelState } from './lin-model';
import type { IntRange } from './lin-revision';

/** Per key, the invoke event indexes of its unseen puts, ascending. */
export type UnseenPuts = ReadonlyMap<string, readonly number[]>;

/** How many unseen puts of key were called before `horizon` (the search's current bound). */
export function unseenCalledBefore(unseen: UnseenPuts, key: string, horizon: number): number {
  const calls = unseen.get(key) ?? [];
  let called = 0;
  while (called < calls.length && (calls[called] as number) < horizon) called++;
  return called;
}

/**
 * The states in which up to `count` unseen puts of key took effect: one (the version
 * widened) when the key exists, two (still missing, or created by them) when it does not.
 */
function applyUnseenPuts(state: ModelState, key: string, count: number): ModelState[] {
  if (count <= 0) return [state];
  const before = state.keys[key];
  if (before) return [withKey(state, key, { ...before, version: { lo: before.version.lo, hi: before.version.hi + count } })];
  const anyRevision: IntRange = { lo: 1, hi: Infinity };
  const created = { value: '', version: { lo: 1, hi: count }, create: anyRevision, mod: anyRevision };
  return [state, withKey(state, key, created)];
}

/** Every state reachable by letting unseen puts of keys take effect (how many: `available`). */
export function withUnseenPuts(state: ModelState, keys: readonly string[], available: (key: string) => number): ModelState[] {
  let states = [state];
  for (const key of new Set(keys)) {
    const count = available(key);
    if (count > 0) states = states.flatMap((s) => applyUnseenPuts(s, key, count));
  }
  return states;
}
