// The store as plain JSON data, for Raft snapshots and saved checkpoints: the whole key index
// with its generations and the whole retained history, so that reads at old revisions and
// watch replays work the same after a restore. (etcd ships its bolt file, which holds the
// same: every retained revision; the index is rebuilt from it on start.)

import type { Change } from './change';
import { KeyIndex } from './key-index';
import { MvccStore, type LeaseBinder } from './mvcc-store';
import type { Revision } from './revision';
import type { Kv } from './types';

/** A revision as [main, sub]. */
export type RevisionPair = [number, number];

export interface KeyIndexSnapshot {
  key: string;
  modified: RevisionPair;
  /** Oldest first; revs flattened as main, sub, main, sub, ... */
  generations: { ver: number; created: RevisionPair; revs: number[] }[];
}

export interface StoreSnapshot {
  currentRevision: number;
  /** -1 when never compacted. */
  compactRevision: number;
  keys: KeyIndexSnapshot[];
  /** [main revision, changes at it in sub order]; kv null is a deletion. Ascending. */
  history: [number, { sub: number; key: string; kv: Kv | null }[]][];
}

function pair(rev: Revision): RevisionPair {
  return [rev.main, rev.sub];
}

function revision([main, sub]: RevisionPair): Revision {
  return { main, sub };
}

export function storeToSnapshot(store: MvccStore): StoreSnapshot {
  const keys = store.index.all().map((ki) => ({
    key: ki.key,
    modified: pair(ki.modified),
    generations: ki.generations.map((g) => ({ ver: g.ver, created: pair(g.created), revs: flatten(g.revs) })),
  }));
  // The history's lists and pairs are shared, not copied: the store never changes a list once
  // its transaction ended, nor a pair ever (reads hand out copies), and storeFromSnapshot
  // copies them again. A snapshot of a long history thus costs one array, not a deep copy.
  const history: StoreSnapshot['history'] = [];
  for (const [main, changes] of store.history.entries()) history.push([main, changes as StoreSnapshot['history'][number][1]]);
  return { currentRevision: store.currentRev, compactRevision: store.compactMainRev, keys, history };
}

function flatten(revs: readonly Revision[]): number[] {
  const flat = new Array<number>(revs.length * 2);
  for (let i = 0; i < revs.length; i++) {
    const r = revs[i] as Revision;
    flat[2 * i] = r.main;
    flat[2 * i + 1] = r.sub;
  }
  return flat;
}

/** Rebuilds a store; throws on malformed data (callers catch and report). */
export function storeFromSnapshot(snapshot: StoreSnapshot, binder: LeaseBinder): MvccStore {
  const store = new MvccStore(binder);
  store.currentRev = requireInt(snapshot.currentRevision);
  store.compactMainRev = requireInt(snapshot.compactRevision);
  for (const k of snapshot.keys) {
    const ki = new KeyIndex(String(k.key));
    ki.modified = revision(k.modified);
    ki.generations = k.generations.map((g) => ({ ver: requireInt(g.ver), created: revision(g.created), revs: unflatten(g.revs) }));
    store.index.insertRestored(ki);
  }
  let previous = Number.NEGATIVE_INFINITY;
  for (const [main, changes] of snapshot.history) {
    if (!(requireInt(main) > previous)) throw new Error('kv: snapshot history out of order');
    previous = main;
    store.history.append(main, changes.map((c): Change => ({ sub: requireInt(c.sub), key: String(c.key), kv: c.kv === null ? null : { ...c.kv } })));
  }
  return store;
}

function unflatten(flat: number[]): Revision[] {
  const revs: Revision[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) revs.push({ main: requireInt(flat[i]), sub: requireInt(flat[i + 1]) });
  return revs;
}

function requireInt(x: unknown): number {
  if (typeof x !== 'number' || !Number.isSafeInteger(x)) throw new Error('kv: snapshot number expected');
  return x;
}
