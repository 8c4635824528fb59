import { describe, expect, it } from 'vitest';
import { checkLinearizability } from '../../src/check';
import { found, header, History, kv } from './history-builder';

const put = (key: string, value: string) => ({ type: 'put' as const, key, value });
const get = (key: string) => ({ type: 'get' as const, key });

function verdict(h: History) {
  const result = checkLinearizability(h.events);
  return result.ok ? { ok: true } : { ok: false, events: result.events, inconclusive: result.inconclusive ?? false };
}

describe('linearizability: sequential histories', () => {
  it('accepts puts and gets that follow the store', () => {
    const h = new History();
    h.done('c1', put('a', '1'), header(2));
    h.done('c1', put('a', '2'), { header: { revision: 3 } });
    h.done('c2', get('a'), found(3, kv('a', '2', 2, 3, 2)));
    h.done('c2', { type: 'delete', key: 'a' }, { header: { revision: 4 }, deleted: 1 });
    h.done('c1', get('a'), found(4));
    expect(verdict(h)).toEqual({ ok: true });
  });

  it('catches a stale read after a completed write, pointing at the write and the read', () => {
    const h = new History();
    h.done('c1', put('a', '1'), header(2));
    const second = h.done('c1', put('a', '2'), header(3));
    const read = h.done('c2', get('a'), found(3, kv('a', '1', 2, 2, 1)));
    expect(verdict(h)).toEqual({ ok: false, events: [...second, ...read], inconclusive: false });
  });

  it('catches a read of a value never written', () => {
    const h = new History();
    h.done('c1', put('a', '1'), header(2));
    const read = h.done('c2', get('a'), found(2, kv('a', '9', 2, 2, 1)));
    expect(verdict(h)).toEqual({ ok: false, events: read, inconclusive: false });
  });

  it('treats an error other than timeout or unavailable as "did not take effect"', () => {
    const h = new History();
    h.fail(h.call('c1', put('a', '1')), 'etcdserver: not leader');
    const read = h.done('c2', get('a'), found(2, kv('a', '1', 2, 2, 1)));
    expect(verdict(h)).toEqual({ ok: false, events: read, inconclusive: false });
  });
});

describe('linearizability: concurrency', () => {
  it('orders concurrent puts either way, as their revisions say', () => {
    for (const [first, second] of [['1', '2'], ['2', '1']] as const) {
      const h = new History();
      const a = h.call('c1', put('a', '1'));
      const b = h.call('c2', put('a', '2'));
      h.ok(a, header(first === '1' ? 2 : 3));
      h.ok(b, header(first === '1' ? 3 : 2));
      h.done('c3', get('a'), found(3, kv('a', second, 2, 3, 2)));
      expect(verdict(h)).toEqual({ ok: true });
    }
  });

  it('lets a read concurrent with a put see the old or the new value', () => {
    for (const seen of [found(1), found(2, kv('a', '1', 2, 2, 1))]) {
      const h = new History();
      const write = h.call('c1', put('a', '1'));
      const read = h.call('c2', get('a'));
      h.ok(read, seen);
      h.ok(write, header(2));
      expect(verdict(h)).toEqual({ ok: true });
    }
  });

  it('catches two compare-and-set txns that both won', () => {
    const cas = (value: string) => ({
      type: 'txn' as const,
      compare: [{ key: 'lock', target: 'create' as const, result: '=' as const, value: 0 }],
      success: [put('lock', value)],
      failure: [get('lock')],
    });
    const h = new History();
    const a = h.call('c1', cas('c1'));
    const b = h.call('c2', cas('c2'));
    const first = h.ok(a, { header: { revision: 2 }, succeeded: true, responses: [header(2)] });
    const second = h.ok(b, { header: { revision: 3 }, succeeded: true, responses: [header(3)] });
    expect(verdict(h)).toEqual({ ok: false, events: [first[0], second[0], first[1], second[1]], inconclusive: false });

    const fixed = new History();
    const c = fixed.call('c1', cas('c1'));
    const d = fixed.call('c2', cas('c2'));
    fixed.ok(c, { header: { revision: 2 }, succeeded: true, responses: [header(2)] });
    fixed.ok(d, { header: { revision: 2 }, succeeded: false, responses: [found(2, kv('lock', 'c1', 2, 2, 1))] });
    expect(verdict(fixed)).toEqual({ ok: true });
  });
});

describe('linearizability: unknown outcomes', () => {
  it('accepts a timed-out put that took effect', () => {
    const h = new History();
    h.fail(h.call('c1', put('a', '1')), 'timeout');
    h.done('c2', get('a'), found(2, kv('a', '1', 2, 2, 1)));
    expect(verdict(h)).toEqual({ ok: true });
  });

  it('accepts a timed-out put that did not take effect', () => {
    const h = new History();
    h.fail(h.call('c1', put('a', '1')), 'unavailable');
    h.done('c2', get('a'), found(1));
    h.done('c2', put('a', '2'), header(2));
    h.done('c2', get('a'), found(2, kv('a', '2', 2, 2, 1)));
    expect(verdict(h)).toEqual({ ok: true });
  });

  it('accepts a put that never returned taking effect late, after a read that missed it', () => {
    const h = new History();
    h.call('c1', put('a', '1'));
    h.done('c2', get('a'), found(1));
    h.done('c2', get('a'), found(2, kv('a', '1', 2, 2, 1)));
    expect(verdict(h)).toEqual({ ok: true });
  });

  it('accepts an unknown put that only shows in the version of a later key', () => {
    const h = new History();
    h.done('c1', put('a', '1'), header(2));
    h.fail(h.call('c1', put('a', 'lost')), 'timeout');
    h.done('c2', put('a', '3'), header(4));
    h.done('c2', get('a'), found(4, kv('a', '3', 2, 4, 3)));
    expect(verdict(h)).toEqual({ ok: true });
  });

  it('still catches a read that no unknown put can explain', () => {
    const h = new History();
    h.fail(h.call('c1', put('a', '1')), 'timeout');
    const second = h.done('c1', put('a', '2'), header(3));
    const read = h.done('c2', get('a'), found(3, kv('a', '1', 2, 2, 1)));
    expect(verdict(h)).toEqual({ ok: false, events: [...second, ...read], inconclusive: false });
  });
});

describe('linearizability: revision order', () => {
  it('catches a later write with a lower revision, on another key', () => {
    const h = new History();
    const first = h.done('c1', put('a', '1'), header(5));
    const second = h.done('c2', put('b', '1'), header(4));
    expect(verdict(h)).toEqual({ ok: false, events: [...first, ...second], inconclusive: false });
  });

  it('catches two writes with the same revision', () => {
    const h = new History();
    const a = h.call('c1', put('a', '1'));
    const b = h.call('c2', put('b', '1'));
    const first = h.ok(a, header(2));
    const second = h.ok(b, header(2));
    expect(verdict(h)).toEqual({ ok: false, events: [first[0], second[0], first[1], second[1]], inconclusive: false });
  });

  it('catches a read whose revision is older than a completed write', () => {
    const h = new History();
    const write = h.done('c1', put('a', '1'), header(2));
    const read = h.done('c2', get('b'), found(1));
    expect(verdict(h)).toEqual({ ok: false, events: [...write, ...read], inconclusive: false });
  });

  it('catches a revision that writes outside the history cannot explain', () => {
    const h = new History();
    const write = h.done('c1', put('a', '1'), header(7));
    expect(verdict(h)).toEqual({ ok: false, events: write, inconclusive: false });
  });

  it('accepts revision gaps when other writers exist', () => {
    const h = new History();
    h.done('c1', { type: 'put', key: 'session', value: 'x', lease: 7 }, header(2));
    h.done('c1', put('a', '1'), header(7));
    h.done('c2', get('a'), found(9, kv('a', '1', 7, 7, 1)));
    expect(verdict(h)).toEqual({ ok: true });
  });
});

describe('linearizability: reads outside the search', () => {
  it('accepts a stale serializable read and catches one of a value never written', () => {
    const h = new History();
    h.done('c1', put('a', '1'), header(2));
    h.done('c1', put('a', '2'), header(3));
    h.done('c2', { type: 'get', key: 'a', serializable: true }, found(2, kv('a', '1', 2, 2, 1)));
    expect(verdict(h)).toEqual({ ok: true });
    const read = h.done('c2', { type: 'get', key: 'a', serializable: true }, found(3, kv('a', '7', 2, 3, 2)));
    expect(verdict(h)).toEqual({ ok: false, events: read, inconclusive: false });
  });

  it('checks a read at a past revision against that revision', () => {
    const h = new History();
    h.done('c1', put('a', '1'), header(2));
    h.done('c1', put('a', '2'), header(3));
    h.done('c2', { type: 'get', key: 'a', revision: 2 }, found(3, kv('a', '1', 2, 2, 1)));
    expect(verdict(h)).toEqual({ ok: true });
    const read = h.done('c2', { type: 'get', key: 'a', revision: 2 }, found(3, kv('a', '2', 2, 3, 2)));
    expect(verdict(h)).toEqual({ ok: false, events: read, inconclusive: false });
  });
});

describe('linearizability: what other writers touch is not judged', () => {
  it('skips keys attached to a lease (lease expiry deletes them)', () => {
    const h = new History();
    h.done('c1', { type: 'lease-grant', ttl: 1, id: 7 }, { header: { revision: 1 }, id: 7, ttl: 1 });
    h.done('c1', { type: 'put', key: 'k', value: 'v', lease: 7 }, header(2));
    h.done('c2', get('k'), found(3));
    expect(verdict(h)).toEqual({ ok: true });
  });

  it('skips keys under an election prefix and keys that range deletes cover', () => {
    const h = new History();
    h.done('c1', { type: 'campaign', election: '/election', value: 'c1' }, { header: { revision: 3 }, key: '/election/1' });
    h.done('c2', get('/election/1'), found(4));
    h.done('c2', put('x1', 'a'), header(5));
    h.done('c2', { type: 'delete', key: 'x', prefix: true }, { header: { revision: 6 }, deleted: 1 });
    h.done('c2', get('x1'), found(6));
    expect(verdict(h)).toEqual({ ok: true });
  });

  it('still judges the other keys', () => {
    const h = new History();
    h.done('c1', { type: 'put', key: 'k', value: 'v', lease: 7 }, header(2));
    const read = h.done('c2', get('a'), found(2, kv('a', 'ghost', 2, 2, 1)));
    expect(verdict(h)).toEqual({ ok: false, events: read, inconclusive: false });
  });
});

describe('linearizability: budget', () => {
  it('answers "inconclusive" when the step budget runs out', () => {
    const h = new History();
    const calls = ['1', '2', '3'].map((value, i) => h.call(`c${i}`, put('a', value)));
    calls.forEach((call, i) => h.ok(call, header(2 + i)));
    h.done('c9', get('a'), found(4, kv('a', '3', 2, 4, 3)));
    const result = checkLinearizability(h.events, { maxSteps: 2 });
    expect(result).toMatchObject({ ok: false, inconclusive: true, events: [] });
    expect(checkLinearizability(h.events).ok).toBe(true);
  });
});
