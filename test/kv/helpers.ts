// Shared helpers for the kv tests: a state machine with etcd's default minimum lease TTL,
// and short ways to apply requests and unwrap their answers.

import { expect } from 'vitest';
import { KvStateMachine, type Applied, type KvRequest, type KvResponse, type Outcome } from '../../src/kv';

/** etcd's defaults (election 1000 ms, heartbeat 100 ms) give a 2 s minimum TTL. */
export function newKv(options: Partial<ConstructorParameters<typeof KvStateMachine>[0]> = {}): KvStateMachine {
  return new KvStateMachine({ minLeaseTtl: 2, ...options });
}

/** Applies and returns the successful answer (fails the test on an error). */
export function must<R extends KvResponse = KvResponse>(kv: KvStateMachine, req: KvRequest, now = 0): R {
  const applied = kv.apply(req, now);
  if (!applied.outcome.ok) throw new Error(`unexpected error: ${applied.outcome.error}`);
  return applied.outcome.value as R;
}

/** Applies and returns the error string (fails the test when it succeeds). */
export function mustFail(kv: KvStateMachine, req: KvRequest, now = 0): string {
  const applied: Applied = kv.apply(req, now);
  expect(applied.outcome.ok).toBe(false);
  expect(applied.committed).toBeNull();
  return (applied.outcome as { error: string }).error;
}

export function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`unexpected error: ${outcome.error}`);
  return outcome.value;
}

export function put(kv: KvStateMachine, key: string, val: string, lease?: number): number {
  return must(kv, lease === undefined ? { type: 'put', key, value: val } : { type: 'put', key, value: val, lease }).header.revision;
}

export function del(kv: KvStateMachine, key: string, rangeEnd?: string): number {
  return must(kv, rangeEnd === undefined ? { type: 'delete', key } : { type: 'delete', key, rangeEnd }).header.revision;
}

/** A small seeded PRNG (mulberry32), so property tests are reproducible. */
export function prng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}
