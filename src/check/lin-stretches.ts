// Stretches in which an unknown-outcome operation cannot have written a key, read off the
// answers, to prune the search (sound: every linearization respects them).
//  - A kv with modRevision m shows that the key's last write before that answer was the
//    write that took revision m: no write of the key falls between the two.
//  - A kv with createRevision c shows that the key existed without a break from the write
//    that created it at revision c until that answer: no delete of the key falls between.
// The write of a revision is known when an answer says so (its header), which also makes
// it unique (lin-revision-order checks that).

import type { SearchCall } from './lin-search';
import type { Kv, KvOp, OpResult } from './trace-events';

/** Open while the call `after` is linearized and one of `before` is not. */
export interface Stretch {
  after: number;
  before: number[];
}

/** Per key: stretches without writes of it, and stretches without deletes of it. */
export type KeyStretches = ReadonlyMap<string, { noWrite: Stretch[]; noDelete: Stretch[] }>;

export function stretchesOf(calls: readonly SearchCall[]): KeyStretches {
  const writers = writerByRevision(calls);
  const byKey = new Map<string, { noWrite: Map<number, Stretch>; noDelete: Map<number, Stretch> }>();
  const extend = (kind: 'noWrite' | 'noDelete', key: string, revision: number, observer: number) => {
    const writer = writers.get(`${key}\u0000${revision}`);
    if (writer === undefined || writer === observer) return;
    if (!byKey.has(key)) byKey.set(key, { noWrite: new Map(), noDelete: new Map() });
    const stretches = byKey.get(key)?.[kind] as Map<number, Stretch>;
    const stretch = stretches.get(revision) ?? { after: writer, before: [] };
    stretch.before.push(observer);
    stretches.set(revision, stretch);
  };
  calls.forEach((call, index) => {
    if (call.ret === undefined || !call.model.result) return;
    for (const kv of kvsShown(call.model.result)) {
      extend('noWrite', kv.key, kv.modRevision, index);
      extend('noDelete', kv.key, kv.createRevision, index);
    }
  });
  return new Map([...byKey].map(([key, s]) => [key, { noWrite: [...s.noWrite.values()], noDelete: [...s.noDelete.values()] }]));
}

function kvsShown(result: OpResult): Kv[] {
  const own = [...(result.kvs ?? []), ...(result.prevKv ? [result.prevKv] : []), ...(result.prevKvs ?? [])];
  return [...own, ...(result.responses ?? []).flatMap(kvsShown)];
}

/** key + revision -> the call that wrote the key at that revision, when its answer says so. */
function writerByRevision(calls: readonly SearchCall[]): Map<string, number> {
  const writers = new Map<string, number>();
  calls.forEach((call, index) => {
    const revision = call.model.result?.header?.revision;
    if (call.ret === undefined || revision === undefined) return;
    for (const key of keysPut(call.model.op, call.model.result)) writers.set(`${key}\u0000${revision}`, index);
  });
  return writers;
}

/** The keys an answered operation put (a txn: in the branch it ran). */
function keysPut(op: KvOp, result: OpResult | undefined): string[] {
  if (op.type === 'put') return [op.key];
  if (op.type !== 'txn' || result?.succeeded === undefined) return [];
  const branch = result.succeeded ? op.success : op.failure;
  return branch.flatMap((inner) => (inner.type === 'put' ? [inner.key] : []));
}

interface TrackedStretch {
  key: string;
  kind: 'noWrite' | 'noDelete';
  afterIn: boolean;
  beforeIn: number;
  beforeCount: number;
}

/** Which stretches are open as the search linearizes and undoes calls, kept up to date per call. */
export class OpenStretches {
  private byCall = new Map<number, { stretch: TrackedStretch; role: 'after' | 'before' }[]>();
  private open = new Map<string, number>();

  constructor(stretches: KeyStretches) {
    for (const [key, kinds] of stretches) {
      for (const kind of ['noWrite', 'noDelete'] as const) {
        for (const { after, before } of kinds[kind]) {
          const stretch: TrackedStretch = { key, kind, afterIn: false, beforeIn: 0, beforeCount: before.length };
          this.link(after, stretch, 'after');
          for (const op of before) this.link(op, stretch, 'before');
        }
      }
    }
  }

  private link(op: number, stretch: TrackedStretch, role: 'after' | 'before'): void {
    if (!this.byCall.has(op)) this.byCall.set(op, []);
    this.byCall.get(op)?.push({ stretch, role });
  }

  /** The call was linearized (added) or taken back. */
  update(op: number, added: boolean): void {
    for (const { stretch, role } of this.byCall.get(op) ?? []) {
      const wasOpen = isOpen(stretch);
      if (role === 'after') stretch.afterIn = added;
      else stretch.beforeIn += added ? 1 : -1;
      const nowOpen = isOpen(stretch);
      if (wasOpen === nowOpen) continue;
      const counter = `${stretch.kind}\u0000${stretch.key}`;
      this.open.set(counter, (this.open.get(counter) ?? 0) + (nowOpen ? 1 : -1));
    }
  }

  blocks(kind: 'noWrite' | 'noDelete', key: string): boolean {
    return (this.open.get(`${kind}\u0000${key}`) ?? 0) > 0;
  }
}

function isOpen(stretch: TrackedStretch): boolean {
  return stretch.afterIn && stretch.beforeIn < stretch.beforeCount;
}
