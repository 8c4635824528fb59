// Watches on one store, as etcd's watchableStore (server/storage/mvcc/watchable_store.go,
// watcher_group.go) and the gRPC watch server (api/v3rpc/watch.go) deliver them.
//
// A watch covers a key, a range or a prefix from a start revision on. A watch starting in the
// past first replays the history ("unsynced" in etcd), then follows new revisions ("synced").
// Here replay happens at creation, in full, so every watch is synced afterwards and each
// later revision reaches it through notify(): events in revision order, all events of one
// revision in one response, none lost. A start revision below the compaction cannot be
// replayed: the watch is canceled with the compaction revision, as etcd does.

import { changeToEvent } from './change';
import { ErrEmptyWatcherRange, ErrWatcherNotExist, fail, ok, type Outcome } from './errors';
import { compareKeys, rangeContains, requestRange, type KeyRange } from './keys';
import type { CommittedRevision, MvccStore } from './mvcc-store';
import { copyKv, type ResponseHeader, type WatchEvent } from './types';

/** etcd's watchBatchMaxRevs: a replay response carries events of at most this many revisions. */
export const WATCH_BATCH_MAX_REVS = 1000;

export interface WatchRequest {
  key: string;
  rangeEnd?: string;
  prefix?: boolean;
  /** First revision to deliver (inclusive); absent or 0: the next revision. */
  startRevision?: number;
  /** Attach to each event the pair as it was just before (etcd prev_kv). */
  prevKv?: boolean;
  /** etcd's NOPUT / NODELETE filters. */
  noPut?: boolean;
  noDelete?: boolean;
}

/** etcd's WatchResponse; events carry the kv at the event's revision (a DELETE: key and modRevision only). */
export interface WatchResponse {
  watchId: number;
  header: ResponseHeader;
  events: WatchEvent[];
  created?: boolean;
  canceled?: boolean;
  /** Set when the watch was canceled because its start revision is compacted. */
  compactRevision?: number;
  cancelReason?: string;
}

export interface Watcher {
  readonly id: number;
  readonly range: KeyRange;
  readonly startRevision: number;
  /** The next revision this watcher has not seen yet. */
  minRev: number;
  readonly prevKv: boolean;
  readonly noPut: boolean;
  readonly noDelete: boolean;
}

export class WatchHub {
  private store: MvccStore;
  private watchers = new Map<number, Watcher>();
  private nextId = 0;

  constructor(store: MvccStore) {
    this.store = store;
  }

  /** A copy following `store` (for checkpoints); watch ids continue where this hub's would. */
  clone(store: MvccStore): WatchHub {
    const copy = new WatchHub(store);
    for (const w of this.watchers.values()) copy.watchers.set(w.id, { ...w });
    copy.nextId = this.nextId;
    return copy;
  }

  /** Live watches, by id. */
  list(): readonly Watcher[] {
    return [...this.watchers.values()];
  }

  /**
   * Creates a watch (etcd watchStream.Watch + watchableStore.watch). Returns the "created"
   * response first, then the replay of past revisions, or the compaction cancel. A range whose
   * end is not after its key is refused with a created-and-canceled response, as etcd does.
   */
  watch(req: WatchRequest): WatchResponse[] {
    const header = { revision: this.store.currentRev };
    const refuse = (cancelReason: string): WatchResponse[] => [{ watchId: -1, header, events: [], created: true, canceled: true, cancelReason }];
    if (!isWatchRequest(req)) return refuse('kv: malformed watch request');
    const range = requestRange(req.key, req.rangeEnd, req.prefix);
    if (range.end !== undefined && range.end !== '' && compareKeys(range.key, range.end) >= 0) return refuse(ErrEmptyWatcherRange);
    const start = req.startRevision ?? 0;
    const current = this.store.currentRev;
    const synced = start === 0 || start > current;
    const watcher: Watcher = {
      id: this.nextId++,
      range,
      startRevision: start,
      minRev: synced ? Math.max(current + 1, start) : start,
      prevKv: req.prevKv === true,
      noPut: req.noPut === true,
      noDelete: req.noDelete === true,
    };
    this.watchers.set(watcher.id, watcher);
    const created: WatchResponse = { watchId: watcher.id, header, events: [], created: true };
    return [created, ...(synced ? [] : this.sync(watcher))];
  }

  /** Cancels a watch (etcd watchStream.Cancel): the canceled response, or mvcc's not-exist error. */
  cancel(watchId: number): Outcome<WatchResponse> {
    if (!this.watchers.delete(watchId)) return fail(ErrWatcherNotExist);
    return ok({ watchId, header: { revision: this.store.currentRev }, events: [], canceled: true });
  }

  /** Delivers one committed revision (etcd watchableStore.notify): one response per interested watch. */
  notify(committed: CommittedRevision): WatchResponse[] {
    const responses: WatchResponse[] = [];
    for (const w of this.watchers.values()) {
      if (committed.revision < w.minRev) continue;
      const events = this.eventsFor(w, committed.events);
      w.minRev = committed.revision + 1;
      if (events.length > 0) responses.push({ watchId: w.id, header: { revision: committed.revision }, events });
    }
    return responses;
  }

  /**
   * After the store was replaced by a snapshot (etcd watchableStore.Restore): every watch
   * catches up from where it was, through the new store's history, or is canceled if that
   * history is compacted past it.
   */
  restore(store: MvccStore): WatchResponse[] {
    this.store = store;
    return this.list().flatMap((w) => (w.minRev <= store.currentRev ? this.sync(w) : []));
  }

  /** etcd syncWatchers for one watcher: cancel if compacted, else replay [minRev, current]. */
  private sync(w: Watcher): WatchResponse[] {
    const compactRev = this.store.compactMainRev;
    if (w.minRev < compactRev) {
      this.watchers.delete(w.id);
      // etcd sends this response with an empty header (revision 0), checked against etcd 3.4.
      return [{ watchId: w.id, header: { revision: 0 }, events: [], compactRevision: compactRev, canceled: true }];
    }
    const current = this.store.currentRev;
    const events: WatchEvent[] = [];
    // etcd reads the history from max(minRev, 0); revision 1 is the empty store's, with no changes.
    for (let rev = Math.max(w.minRev, 1); rev <= current; rev++) {
      events.push(...this.eventsFor(w, this.store.changesAt(rev).map((c) => changeToEvent(rev, c))));
    }
    w.minRev = current + 1;
    return batchByRevisions(events).map((batch) => ({ watchId: w.id, header: { revision: current }, events: batch }));
  }

  /** The events of one revision this watcher wants, with prevKv attached when asked. */
  private eventsFor(w: Watcher, events: readonly WatchEvent[]): WatchEvent[] {
    const wanted = events.filter(
      (e) => rangeContains(w.range, e.kv.key) && !(w.noPut && e.type === 'PUT') && !(w.noDelete && e.type === 'DELETE'),
    );
    return wanted.map((e) => (w.prevKv ? this.withPrevKv(e) : { type: e.type, kv: copyKv(e.kv) }));
  }

  /**
   * etcd's watch server reads the key at the revision before the event, unless the event
   * created the key; when that revision is compacted there is no prevKv.
   */
  private withPrevKv(event: WatchEvent): WatchEvent {
    const kv = event.kv;
    const copy: WatchEvent = { type: event.type, kv: copyKv(kv) };
    if (event.type === 'PUT' && kv.createRevision === kv.modRevision) return copy;
    const before = this.store.range({ key: kv.key }, { rev: kv.modRevision - 1 });
    const prevKv = before.ok ? before.value.kvs[0] : undefined;
    if (prevKv !== undefined) copy.prevKv = prevKv;
    return copy;
  }
}

function isWatchRequest(req: WatchRequest): boolean {
  const optional = (x: unknown, type: string) => x === undefined || typeof x === type;
  if (typeof req !== 'object' || req === null || typeof req.key !== 'string' || !optional(req.rangeEnd, 'string')) return false;
  if (!(req.startRevision === undefined || Number.isSafeInteger(req.startRevision))) return false;
  return [req.prefix, req.prevKv, req.noPut, req.noDelete].every((flag) => optional(flag, 'boolean'));
}

/**
 * Splits replayed events into responses of at most WATCH_BATCH_MAX_REVS distinct revisions
 * (etcd eventBatch.add), never splitting one revision.
 */
function batchByRevisions(events: readonly WatchEvent[]): WatchEvent[][] {
  const batches: WatchEvent[][] = [];
  let batch: WatchEvent[] = [];
  let revs = 0;
  for (const event of events) {
    const last = batch[batch.length - 1];
    if (last === undefined || event.kv.modRevision > last.kv.modRevision) revs++;
    if (revs > WATCH_BATCH_MAX_REVS) {
      batches.push(batch);
      batch = [];
      revs = 1;
    }
    batch.push(event);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
