// The kv library imports nothing, so it repeats the shapes of the scenario's client ops and
// of the trace's results. These checks (compile-time, plus one run-time example) keep the
// copies compatible: a client op goes into apply() unchanged, an answer goes into the trace.

import { describe, expect, it } from 'vitest';
import type { ClientOp, WatchOp } from '../../src/sim/scenario-types';
import type { OpResult, WatchEvent as TraceWatchEvent } from '../../src/sim/trace-types';
import type { KvRequest, KvResponse, LeaseKeepAliveResponse, LeaseTimeToLiveResponse, WatchEvent, WatchRequest } from '../../src/kv';
import { newKv } from './helpers';

type StoreOp = Extract<ClientOp, { type: KvRequest['type'] }>;

/** Compiles only when A is assignable to B. */
function assignable<A extends B, B>(sample?: A): sample is A {
  return sample === undefined;
}

describe('shape contract with the scenario and trace types', () => {
  it('accepts client ops as requests and gives trace-shaped answers', () => {
    expect(assignable<StoreOp, KvRequest>()).toBe(true);
    expect(assignable<WatchOp, WatchRequest>()).toBe(true);
    expect(assignable<KvResponse, OpResult>()).toBe(true);
    expect(assignable<LeaseKeepAliveResponse, OpResult>()).toBe(true);
    expect(assignable<LeaseTimeToLiveResponse, OpResult>()).toBe(true);
    expect(assignable<WatchEvent, TraceWatchEvent>()).toBe(true);
  });

  it('applies a scenario txn op as it is', () => {
    const op: ClientOp = {
      type: 'txn',
      compare: [{ key: 'k', target: 'version', result: '=', value: 0 }],
      success: [{ type: 'put', key: 'k', value: '1' }],
      failure: [{ type: 'get', key: 'k', prefix: true }],
    };
    const kv = newKv();
    const result: OpResult | undefined = (() => {
      const applied = kv.apply(op as StoreOp, 0);
      return applied.outcome.ok ? applied.outcome.value : undefined;
    })();
    expect(result).toEqual({ header: { revision: 2 }, succeeded: true, responses: [{ header: { revision: 2 } }] });
  });
});
