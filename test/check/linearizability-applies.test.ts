// Unknown-outcome writes settled from the apply events (TRACE.md 1.1: `apply` names the
// client call it serves), as etcd's robustness tests patch their history from what was
// persisted. Each case below is decided by the applies: without them the checker would
// let the timed-out write take effect anywhere, or never.
import { describe, expect, it } from 'vitest';
import { checkLinearizability } from '../../src/check';
import type { TraceEvent } from '../../src/sim/trace-types';
import { found, header, History, kv } from './history-builder';

type Apply = Extract<TraceEvent, { ev: 'apply' }>;

/** The apply of log index `index` on node n1, leaving the store at `revision`, serving a call when given. */
function apply(h: History, index: number, revision: number, serves?: { client: string; call: number; duplicate?: true }): void {
  const event: Omit<Apply, 't'> = { ev: 'apply', node: 'n1', index, term: 1, entry: `1:e${index}`, revision, ...serves };
  h.add(event);
}

/** A history that starts with the leader's no-op at index 1 (revision 1). */
function started(): History {
  const h = new History();
  apply(h, 1, 1);
  return h;
}

describe('unknown writes settled from the applies', () => {
  it('an unknown put that was applied took effect once, at its revision: judged there', () => {
    const h = started();
    const put = h.call('c1', { type: 'put', key: 'a', value: '1' });
    apply(h, 2, 2, { client: 'c1', call: put.id });
    h.fail(put, 'timeout');
    h.done('c2', { type: 'get', key: 'a' }, found(2, kv('a', '1', 2, 2, 1)));
    const ok = checkLinearizability(h.events);
    expect(ok.ok).toBe(true);
    expect(ok.stats).toMatchObject({ kvCalls: 2, judged: 2, settledByApply: 1 });
  });

  it('a read showing the applied put at another revision is a violation (its revision is known)', () => {
    const h = started();
    const put = h.call('c1', { type: 'put', key: 'a', value: '1' });
    apply(h, 2, 2, { client: 'c1', call: put.id });
    h.fail(put, 'timeout');
    // Something else writes (a compaction): revision 3 is not out of reach on its own.
    h.fail(h.call('k', { type: 'compact', revision: 1 }), 'timeout');
    // Without the apply, the put could have taken revision 3 and this read would be fine.
    h.done('c2', { type: 'get', key: 'a' }, found(3, kv('a', '1', 3, 3, 1)));
    expect(checkLinearizability(h.events).ok).toBe(false);
  });

  it('a read called after the first apply must see the write', () => {
    const h = started();
    const put = h.call('c1', { type: 'put', key: 'a', value: '1' });
    apply(h, 2, 2, { client: 'c1', call: put.id });
    h.done('c2', { type: 'get', key: 'a' }, found(2));
    h.fail(put, 'timeout');
    const result = checkLinearizability(h.events);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/applied at rev 2/);
  });

  it('a read that saw an unknown write is fine when the write was applied', () => {
    const h = started();
    const put = h.call('c1', { type: 'put', key: 'a', value: '1' });
    const read = h.call('c2', { type: 'get', key: 'a' });
    apply(h, 2, 2, { client: 'c1', call: put.id });
    h.ok(read, found(2, kv('a', '1', 2, 2, 1)));
    expect(checkLinearizability(h.events).ok).toBe(true);
  });

  it('an unknown put applied by no node had no effect: a read that sees its value is a violation', () => {
    const h = started();
    const other = h.call('c3', { type: 'put', key: 'b', value: 'x' });
    apply(h, 2, 2, { client: 'c3', call: other.id });
    h.ok(other, header(2));
    const put = h.call('c1', { type: 'put', key: 'a', value: '1' });
    h.fail(put, 'timeout');
    h.done('c2', { type: 'get', key: 'a' }, found(3, kv('a', '1', 3, 3, 1)));
    const result = checkLinearizability(h.events);
    expect(result.ok).toBe(false);
    expect(result.stats).toMatchObject({ kvCalls: 3, judged: 3, settledByApply: 1 });
  });

  it('an unknown put applied by no node, and nobody seeing it: judged, no effect', () => {
    const h = started();
    const put = h.call('c1', { type: 'put', key: 'a', value: '1' });
    const other = h.call('c3', { type: 'put', key: 'b', value: 'x' });
    apply(h, 2, 2, { client: 'c3', call: other.id });
    h.ok(other, header(2));
    h.fail(put, 'timeout');
    h.done('c2', { type: 'get', key: 'a' }, found(2));
    const result = checkLinearizability(h.events);
    expect(result.ok).toBe(true);
    expect(result.stats).toMatchObject({ judged: 3, settledByApply: 1, unjudged: { 'unknown-outcome': 0 } });
  });

  it('a write refused at apply time (the revision did not move) had no effect', () => {
    const h = started();
    const put = h.call('c1', { type: 'put', key: 'a', value: '1' });
    apply(h, 2, 1, { client: 'c1', call: put.id });
    h.fail(put, 'timeout');
    h.done('c2', { type: 'get', key: 'a' }, found(2, kv('a', '1', 2, 2, 1)));
    expect(checkLinearizability(h.events).ok).toBe(false);
  });

  it('an applied txn wrote: a branch that writes nothing cannot explain the moved revision', () => {
    const h = started();
    const txn = h.call('c1', {
      type: 'txn',
      compare: [{ key: 'a', target: 'version', result: '>', value: 0 }],
      success: [{ type: 'put', key: 'a', value: 't' }],
      failure: [{ type: 'get', key: 'a' }],
    });
    apply(h, 2, 2, { client: 'c1', call: txn.id });
    h.fail(txn, 'timeout');
    // a is missing, so only the failure branch (a get) could run: no write at revision 2.
    h.done('c2', { type: 'get', key: 'a' }, found(2));
    expect(checkLinearizability(h.events).ok).toBe(false);
  });

  it('a duplicate apply (a recognized retry) does not count as a second effect', () => {
    const h = started();
    const put = h.call('c1', { type: 'put', key: 'a', value: '1' });
    apply(h, 2, 2, { client: 'c1', call: put.id });
    apply(h, 3, 2, { client: 'c1', call: put.id, duplicate: true });
    h.fail(put, 'timeout');
    h.done('c2', { type: 'get', key: 'a' }, found(2, kv('a', '1', 2, 2, 1)));
    expect(checkLinearizability(h.events)).toMatchObject({ ok: true, stats: { settledByApply: 1 } });
  });

  it('a trace whose applies name no calls (version 1.0) settles nothing', () => {
    const h = started();
    const put = h.call('c1', { type: 'put', key: 'a', value: '1' });
    h.fail(put, 'timeout');
    h.done('c2', { type: 'get', key: 'a' }, found(2, kv('a', '1', 2, 2, 1)));
    const result = checkLinearizability(h.events);
    expect(result.ok).toBe(true);
    expect(result.stats).toMatchObject({ judged: 1, settledByApply: 0, unjudged: { 'unknown-outcome': 1 } });
  });
});
