import { describe, expect, it } from 'vitest';
import { checkLinearizability } from '../../src/check';
import { found, header, History, kv } from './history-builder';

const put = (key: string, value: string) => ({ type: 'put' as const, key, value });
const get = (key: string) => ({ type: 'get' as const, key });
const modAbove = (key: string, value: number) => ({
  type: 'txn' as const,
  compare: [{ key, target: 'mod' as const, result: '>' as const, value }],
  success: [],
  failure: [],
});

function verdict(h: History) {
  const result = checkLinearizability(h.events);
  return result.ok ? { ok: true } : { ok: false, events: result.events, inconclusive: result.inconclusive ?? false };
}

/** Some write outside the checked keys, so that revisions may have gaps. */
function withOtherWriter(h: History): void {
  h.done('c0', { type: 'put', key: 'session', value: 's', lease: 9 }, header(2));
}

describe('revisions known only up to a range', () => {
  it('lets a compare place an unknown put, and catches a later compare that contradicts it', () => {
    const h = new History();
    withOtherWriter(h);
    h.fail(h.call('c1', put('a', '1')), 'timeout');
    h.done('c2', modAbove('a', 5), { header: { revision: 7 }, succeeded: true, responses: [] });
    expect(verdict(h)).toEqual({ ok: true });
    const contradiction = h.done('c2', modAbove('a', 7), { header: { revision: 8 }, succeeded: true, responses: [] });
    expect(verdict(h)).toMatchObject({ ok: false, inconclusive: false });
    expect(checkLinearizability(h.events)).toMatchObject({ events: expect.arrayContaining(contradiction) });
  });

  it('binds an unknown revision when a read shows it', () => {
    const h = new History();
    withOtherWriter(h);
    h.fail(h.call('c1', put('a', '1')), 'timeout');
    h.done('c2', { type: 'get', key: 'a', keysOnly: true }, found(5, kv('a', '', 4, 4, 1)));
    h.done('c2', get('a'), found(6, kv('a', '1', 4, 4, 1)));
    expect(verdict(h)).toEqual({ ok: true });
    const h2 = new History();
    withOtherWriter(h2);
    h2.fail(h2.call('c1', put('a', '1')), 'timeout');
    h2.done('c2', { type: 'get', key: 'a', keysOnly: true }, found(5, kv('a', '', 4, 4, 1)));
    const read = h2.done('c2', get('a'), found(6, kv('a', '1', 5, 5, 1)));
    expect(verdict(h2)).toMatchObject({ ok: false, events: expect.arrayContaining(read) });
  });
});

describe('unknown outcomes settled by what answers show', () => {
  it('accepts a timed-out compare-and-set whose put a read shows', () => {
    const h = new History();
    const cas = {
      type: 'txn' as const,
      compare: [{ key: 'a', target: 'create' as const, result: '=' as const, value: 0 }],
      success: [put('a', 'mine')],
      failure: [],
    };
    h.fail(h.call('c1', cas), 'timeout');
    h.done('c2', get('a'), found(2, kv('a', 'mine', 2, 2, 1)));
    expect(verdict(h)).toEqual({ ok: true });
  });

  it('accepts an unknown delete that took effect, and one that did not', () => {
    for (const after of [found(3), found(3, kv('a', '1', 2, 2, 1))]) {
      const h = new History();
      h.done('c1', put('a', '1'), header(2));
      h.fail(h.call('c1', { type: 'delete', key: 'a' }), 'timeout');
      h.done('c2', get('a'), after.kvs?.length ? found(2, ...after.kvs) : found(3));
      expect(verdict(h)).toEqual({ ok: true });
    }
  });

  it('keeps an unknown delete out of a stretch where reads show the key unchanged', () => {
    const h = new History();
    h.done('c1', put('a', '1'), header(2));
    h.fail(h.call('c1', { type: 'delete', key: 'a' }), 'timeout');
    h.done('c2', get('a'), found(2, kv('a', '1', 2, 2, 1)));
    h.done('c2', get('a'), found(3));
    const stale = h.done('c2', get('a'), found(3, kv('a', '1', 2, 2, 1)));
    expect(verdict(h)).toMatchObject({ ok: false, events: expect.arrayContaining(stale) });
  });
});

describe('reads', () => {
  it('reads the current store at revision 0, and keys-only reads show no value', () => {
    const h = new History();
    h.done('c1', put('a', '1'), header(2));
    h.done('c2', { type: 'get', key: 'a', revision: 0 }, found(2, kv('a', '1', 2, 2, 1)));
    h.done('c2', { type: 'get', key: 'a', keysOnly: true }, found(2, kv('a', '', 2, 2, 1)));
    h.done('c2', { type: 'get', key: 'a', countOnly: true }, { header: { revision: 2 }, kvs: [], count: 1 });
    expect(verdict(h)).toEqual({ ok: true });
  });
});

describe('the witness', () => {
  it('leaves out the operations that do not matter', () => {
    const h = new History();
    let revision = 1;
    for (let i = 0; i < 8; i++) h.done(`c${i % 3}`, put(i % 2 ? 'b' : 'a', `x${i}`), header(++revision));
    const last = h.done('c1', put('a', 'new'), header(++revision));
    h.done('c2', get('b'), found(revision, kv('b', 'x7', 3, 9, 4)));
    const stale = h.done('c2', get('a'), found(revision, kv('a', 'x6', 2, 8, 4)));
    expect(verdict(h)).toEqual({ ok: false, events: [...last, ...stale], inconclusive: false });
  });
});
