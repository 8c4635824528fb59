// What each PUT in the store's recent history made of its key: its create revision and
// version right after that write (its mod revision is the write's own revision). The frame
// carries only the changes, so this is worked out from them and the keys as they are now:
// forward from revision 1 when the history reaches back that far (the store starts empty),
// and backward from the current keys for the latest writes. A write neither pass can pin
// down (before a delete, beyond the history shown) gets no numbers rather than wrong ones.
// Pure.

import type { KvView } from '../../../protocol';

export interface KeyNumbers {
  createRevision: number;
  version: number;
}

/** Numbers by `${revision}#${change index}`, for PUTs only. */
export type HistoryNumbers = Map<string, KeyNumbers>;

type State = { kind: 'absent' } | { kind: 'present'; create: number; version: number } | { kind: 'unknown' };

const at = (revision: number, i: number) => `${revision}#${i}`;

export function historyNumbers(kv: Pick<KvView, 'history' | 'keys' | 'compactRevision' | 'truncated'>): HistoryNumbers {
  const out: HistoryNumbers = new Map();
  forward(kv, out);
  backward(kv, out);
  return out;
}

/** From the empty store at revision 1, when the history shown starts right after it. */
function forward(kv: Pick<KvView, 'history' | 'compactRevision'>, out: HistoryNumbers): void {
  const oldest = kv.history[kv.history.length - 1];
  if (!oldest || oldest.revision !== 2 || kv.compactRevision > 1) return;
  const state = new Map<string, { create: number; version: number }>();
  for (let h = kv.history.length - 1; h >= 0; h--) {
    const { revision, changes } = kv.history[h] as KvView['history'][number];
    changes.forEach((c, i) => {
      if (c.type === 'DELETE') return void state.delete(c.key);
      const before = state.get(c.key);
      const now = before ? { create: before.create, version: before.version + 1 } : { create: revision, version: 1 };
      state.set(c.key, now);
      out.set(at(revision, i), { createRevision: now.create, version: now.version });
    });
  }
}

/** From the keys as they are now, back through the history until a delete hides the past. */
function backward(kv: Pick<KvView, 'history' | 'keys' | 'truncated'>, out: HistoryNumbers): void {
  const state = new Map<string, State>();
  const stateOf = (key: string): State => {
    const known = state.get(key);
    if (known) return known;
    const kvNow = kv.keys.find((k) => k.key === key);
    // A key missing from a store that lists every key is absent; a truncated list cannot tell.
    if (kvNow) return { kind: 'present', create: kvNow.createRevision, version: kvNow.version };
    return kv.truncated ? { kind: 'unknown' } : { kind: 'absent' };
  };
  for (const { revision, changes } of kv.history) {
    for (let i = changes.length - 1; i >= 0; i--) {
      const c = changes[i] as KvView['history'][number]['changes'][number];
      const s = stateOf(c.key);
      if (c.type === 'DELETE') {
        state.set(c.key, { kind: 'unknown' });
        continue;
      }
      if (s.kind !== 'present') {
        state.set(c.key, { kind: 'unknown' });
        continue;
      }
      if (!out.has(at(revision, i))) out.set(at(revision, i), { createRevision: s.create, version: s.version });
      state.set(c.key, s.version > 1 ? { kind: 'present', create: s.create, version: s.version - 1 } : { kind: 'absent' });
    }
  }
}

export function numbersAt(numbers: HistoryNumbers, revision: number, index: number): KeyNumbers | undefined {
  return numbers.get(at(revision, index));
}
