// Property test: many random operation sequences, checked against a plain reference model
// (a full copy of the key space per revision) and against invariants:
// - the revision never goes back and moves by exactly one when, and only when, something changed;
// - versions count puts since creation and start over after a delete;
// - a read at an old revision equals what was read when that revision was current, until it
//   is compacted, after which it fails with ErrCompacted;
// - a watch from revision 1 sees every change exactly once, in revision order, one revision
//   per response;
// - clones and JSON snapshots taken along the way read the same as the original.

import { describe, expect, it } from 'vitest';
import { ErrCompacted, KvStateMachine, type Kv, type KvRequest, type KvSnapshot, type RangeResponse, type TxnOpRequest, type WatchEvent } from '../../src/kv';
import { newKv, prng } from './helpers';

const KEYS = ['a', 'b', 'c', 'd', 'e'];

/** The reference: every revision's full key space, and the lease of each key. */
class Model {
  states: Map<string, Kv>[] = [new Map(), new Map()]; // index = revision; revision 1 is empty
  /** The last compaction, -1 for none (etcd's compactMainRev). */
  compacted = -1;
  leases = new Map<number, Set<string>>();

  get rev(): number {
    return this.states.length - 1;
  }

  current(): Map<string, Kv> {
    return this.states[this.rev] as Map<string, Kv>;
  }

  /** Applies writes (in order) as one revision, if any of them changes something. */
  commit(writes: ({ put: string; value: string; lease: number } | { del: string[] })[]): void {
    const next = new Map(this.current());
    const rev = this.rev + 1;
    let changed = false;
    for (const w of writes) {
      if ('put' in w) {
        const old = next.get(w.put);
        next.set(w.put, { key: w.put, value: w.value, createRevision: old?.createRevision ?? rev, modRevision: rev, version: (old?.version ?? 0) + 1, lease: w.lease });
        for (const keys of this.leases.values()) keys.delete(w.put);
        if (w.lease) this.leases.get(w.lease)?.add(w.put);
        changed = true;
      } else {
        for (const key of w.del) {
          if (!next.delete(key)) continue;
          for (const keys of this.leases.values()) keys.delete(key);
          changed = true;
        }
      }
    }
    if (changed) this.states.push(next);
  }
}

function randomRequest(rand: (n: number) => number, model: Model): KvRequest {
  const key = KEYS[rand(KEYS.length)] as string;
  const leaseIds = [...model.leases.keys()];
  const roll = rand(100);
  if (roll < 40) return { type: 'put', key, value: `v${rand(3)}`, ...(leaseIds.length && rand(4) === 0 ? { lease: leaseIds[rand(leaseIds.length)] } : {}) };
  if (roll < 55) return rand(2) ? { type: 'delete', key } : { type: 'delete', key, rangeEnd: KEYS[rand(KEYS.length)] as string };
  if (roll < 75) {
    const other = KEYS.filter((k) => k !== key)[rand(KEYS.length - 1)] as string;
    const ops: TxnOpRequest[] = [{ type: 'put', key, value: `t${rand(3)}` }, { type: 'delete', key: other }];
    return { type: 'txn', compare: [{ key, target: 'version', result: '>', value: rand(3) }], success: ops.slice(0, 1 + rand(2)), failure: ops.slice(1) };
  }
  if (roll < 82) return { type: 'compact', revision: model.rev - rand(4) };
  if (roll < 90) return { type: 'lease-grant', ttl: 10, id: 1 + rand(4) };
  if (roll < 95) return { type: 'lease-revoke', id: 1 + rand(4) };
  return { type: 'get', key, revision: rand(model.rev + 1) };
}

/** What the model expects the request to write (in order), or null when it fails. */
function expectedWrites(req: KvRequest, model: Model): Parameters<Model['commit']>[0] | null {
  const live = model.current();
  const inRange = (from: string, to?: string) => [...live.keys()].filter((k) => (to === undefined ? k === from : k >= from && k < to)).sort();
  switch (req.type) {
    case 'put':
      if (req.lease && !model.leases.has(req.lease as number)) return null;
      return [{ put: req.key, value: req.value, lease: (req.lease as number | undefined) ?? 0 }];
    case 'delete':
      return [{ del: inRange(req.key, req.rangeEnd) }];
    case 'txn': {
      const c = req.compare[0] as { key: string; value: number };
      const ops = (live.get(c.key)?.version ?? 0) > c.value ? req.success : req.failure;
      return ops.map((op) => (op.type === 'put' ? { put: op.key, value: op.value, lease: 0 } : { del: inRange((op as { key: string }).key) }));
    }
    case 'lease-revoke': {
      const keys = model.leases.get(req.id as number);
      if (keys === undefined) return null;
      model.leases.delete(req.id as number);
      return [{ del: [...keys].sort() }];
    }
    default:
      return [];
  }
}

function readAt(kv: KvStateMachine, revision: number): Kv[] | string {
  const { outcome } = kv.apply({ type: 'get', key: '\0', rangeEnd: '\0', revision }, 0);
  return outcome.ok ? (outcome.value as RangeResponse).kvs : outcome.error;
}

function modelAt(model: Model, revision: number): Kv[] {
  return [...(model.states[revision] as Map<string, Kv>).values()].sort((x, y) => (x.key < y.key ? -1 : 1));
}

function runSequence(seed: number, steps: number): void {
  const rand = prng(seed);
  const kv = newKv();
  const model = new Model();
  const seen: WatchEvent[] = [];
  const committedEvents: WatchEvent[] = [];
  kv.watch({ key: '\0', rangeEnd: '\0', startRevision: 1 });
  const asOf = new Map<number, Kv[] | string>([[1, []]]);
  const checkpoints: [number, KvStateMachine][] = [];

  for (let step = 0; step < steps; step++) {
    const req = randomRequest(rand, model);
    const before = kv.revision;
    const writes = expectedWrites(req, model);
    if (req.type === 'lease-grant' && !model.leases.has(req.id ?? 0)) model.leases.set(req.id ?? 0, new Set());
    const applied = kv.apply(req, step);
    if (writes !== null) model.commit(writes);
    if (req.type === 'compact') {
      expect(applied.outcome.ok).toBe(req.revision > model.compacted && req.revision <= model.rev);
      if (applied.outcome.ok) model.compacted = req.revision;
    }

    // Revision: monotone, +1 exactly when something changed, as the model says.
    expect(kv.revision, `seed ${seed} step ${step} ${JSON.stringify(req)}`).toBe(model.rev);
    expect(applied.committed === null).toBe(kv.revision === before);
    if (writes === null) expect(applied.outcome.ok).toBe(false);
    if (applied.committed) committedEvents.push(...applied.committed.events);
    for (const r of applied.watchResponses) {
      expect(new Set(r.events.map((e) => e.kv.modRevision)).size).toBe(1);
      seen.push(...r.events);
    }

    // The current state, and what an old revision reads, match the model.
    expect(readAt(kv, 0)).toEqual(modelAt(model, model.rev));
    asOf.set(model.rev, modelAt(model, model.rev));
    const old = 1 + rand(model.rev);
    expect(readAt(kv, old)).toEqual(old < model.compacted ? ErrCompacted : asOf.get(old));

    if (rand(40) === 0) checkpoints.push([model.rev, rand(2) ? kv.clone() : (KvStateMachine.fromSnapshot(JSON.parse(JSON.stringify(kv.toSnapshot())) as KvSnapshot, { minLeaseTtl: 2 }) as { value: KvStateMachine }).value]);
  }

  // Every change reached the watch exactly once, in revision (then sub-revision) order.
  expect(seen).toEqual(committedEvents);
  for (let i = 1; i < seen.length; i++) expect((seen[i] as WatchEvent).kv.modRevision).toBeGreaterThanOrEqual((seen[i - 1] as WatchEvent).kv.modRevision);
  // Versions: a PUT is version 1 exactly when it (re)creates the key.
  for (const e of seen) if (e.type === 'PUT') expect(e.kv.version === 1).toBe(e.kv.createRevision === e.kv.modRevision);
  // Checkpoints read the same as the original did at their revision.
  for (const [rev, copy] of checkpoints) {
    expect(copy.revision).toBe(rev);
    expect(readAt(copy, 0)).toEqual(asOf.get(rev));
  }
}

describe('random operation sequences', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('seed %i keeps every invariant', (seed) => {
    runSequence(seed, 300);
  });
});
