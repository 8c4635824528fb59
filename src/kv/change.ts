// One change recorded in the store's history, and the watch event it becomes.

import { copyKv, type Kv, type WatchEvent } from './types';

/** One change written at a revision: a put (kv) or a deletion (kv null, etcd's tombstone). */
export interface Change {
  readonly sub: number;
  readonly key: string;
  readonly kv: Kv | null;
}

/** The event a change at main revision `main` becomes for watchers (etcd watchableStoreTxnWrite.End). */
export function changeToEvent(main: number, change: Change): WatchEvent {
  if (change.kv !== null) return { type: 'PUT', kv: copyKv(change.kv) };
  // etcd stores a tombstone as just the key and patches the revision in "so watchers won't skip".
  return {
    type: 'DELETE',
    kv: { key: change.key, value: '', createRevision: 0, modRevision: main, version: 0, lease: 0 },
  };
}
