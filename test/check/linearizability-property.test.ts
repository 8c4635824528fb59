import { describe, expect, it } from 'vitest';
import { checkLinearizability, generateHistory, seededRandom } from '../../src/check';
import type { OpResult, TraceEvent } from '../../src/sim/trace-types';

type Answer = Extract<TraceEvent, { ev: 'return' }>;

/** Ways to break one answer; each returns false when it does not apply to that answer. */
const mutations: Record<string, (result: OpResult) => boolean> = {
  'header revision + 1': (r) => ((r.header.revision += 1), true),
  'header revision - 1': (r) => ((r.header.revision -= 1), true),
  'value never written': (r) => apply(r.kvs?.[0], (kv) => (kv.value = 'ghost')),
  'version + 1': (r) => apply(r.kvs?.[0], (kv) => (kv.version += 1)),
  'modRevision + 1': (r) => apply(r.kvs?.[0], (kv) => (kv.modRevision += 1)),
  'createRevision - 1': (r) => apply(r.kvs?.[0], (kv) => (kv.createRevision -= 1)),
  'key missing': (r) => apply(r.kvs?.[0], () => ((r.kvs = []), (r.count = 0))),
  'key present': (r) =>
    apply(r.kvs?.length === 0 ? r : undefined, () => {
      r.kvs = [{ key: 'a', value: 'ghost', createRevision: 2, modRevision: 2, version: 1, lease: 0 }];
      r.count = 1;
    }),
  'deleted flipped': (r) => apply(r.deleted === undefined ? undefined : r, () => (r.deleted = 1 - (r.deleted ?? 0))),
  'txn branch flipped': (r) => apply(r.succeeded === undefined ? undefined : r, () => (r.succeeded = !r.succeeded)),
  'prevKv value': (r) => apply(r.prevKv, (kv) => (kv.value = 'ghost')),
  'txn inner get value': (r) => apply(r.responses?.find((inner) => inner.kvs?.length)?.kvs?.[0], (kv) => (kv.value = 'ghost')),
};

function apply<T>(target: T | undefined, change: (target: T) => unknown): boolean {
  if (target === undefined) return false;
  change(target);
  return true;
}

/** Breaks one answer of a copy of the trace; returns the copy and what was done. */
function mutate(trace: readonly TraceEvent[], seed: number): { trace: TraceEvent[]; what: string } {
  const random = seededRandom(seed);
  const copy = structuredClone(trace) as TraceEvent[];
  const answers = copy.filter((e): e is Answer => e.ev === 'return' && e.ok && e.result !== undefined);
  const names = Object.keys(mutations);
  for (;;) {
    const answer = answers[Math.floor(random() * answers.length)] as Answer;
    const name = names[Math.floor(random() * names.length)] as string;
    if (mutations[name]?.(answer.result as OpResult)) return { trace: copy, what: `${name} on ${answer.client}#${answer.id}` };
  }
}

describe('linearizability on histories generated from the model', () => {
  it('accepts every sequential history', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const trace = generateHistory({ seed, operations: 25, distinctValues: seed % 2 ? 4 : undefined });
      expect(checkLinearizability(trace).ok, `seed ${seed}`).toBe(true);
    }
  });

  it('rejects every sequential history with one answer broken', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const trace = generateHistory({ seed, operations: 25, distinctValues: seed % 2 ? 4 : undefined });
      const { trace: broken, what } = mutate(trace, seed);
      // Shrinking the witness is tested elsewhere; here only the verdict matters.
      const result = checkLinearizability(broken, { maxShrinkSteps: 0 });
      expect(result.ok ? 'accepted' : result.inconclusive ? 'inconclusive' : 'rejected', `seed ${seed}: ${what}`).toBe('rejected');
    }
  });

  it('accepts concurrent histories with unknown outcomes', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const trace = generateHistory({ seed, operations: 60, clients: 4, unknownRate: 0.1, keys: ['a', 'b'] });
      const result = checkLinearizability(trace);
      expect(result.ok, `seed ${seed}: ${result.ok ? '' : result.message}`).toBe(true);
    }
  });
});
