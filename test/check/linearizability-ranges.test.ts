// Range and prefix reads (the empty key with prefix: the whole keyspace) are judged on the
// checked keys they cover, instead of being skipped.
import { describe, expect, it } from 'vitest';
import { checkLinearizability } from '../../src/check';
import type { OpResult } from '../../src/sim/trace-types';
import { found, header, History, kv } from './history-builder';

const everything = { type: 'get', key: '', prefix: true } as const;

/** a=1 at revision 2, then a=2 at revision 3, both answered. */
function twoPuts(): History {
  const h = new History();
  h.done('c1', { type: 'put', key: 'a', value: '1' }, header(2));
  h.done('c1', { type: 'put', key: 'a', value: '2' }, header(3));
  return h;
}

describe('range reads projected onto the checked keys', () => {
  it('a whole-keyspace get that shows the current state is judged and fine', () => {
    const h = twoPuts();
    h.done('c2', everything, found(3, kv('a', '2', 2, 3, 2)));
    const result = checkLinearizability(h.events);
    expect(result.ok).toBe(true);
    expect(result.stats).toMatchObject({ kvCalls: 3, judged: 3 });
  });

  it('a whole-keyspace get called after a put returned, showing the older value, is a violation', () => {
    const h = twoPuts();
    h.done('c2', everything, found(3, kv('a', '1', 2, 2, 1)));
    expect(checkLinearizability(h.events).ok).toBe(false);
  });

  it('a prefix get that leaves out a key of its prefix that exists is a violation', () => {
    const h = twoPuts();
    h.done('c1', { type: 'put', key: 'app/x', value: 'v' }, header(4));
    h.done('c2', { type: 'get', key: 'app/', prefix: true }, found(4));
    expect(checkLinearizability(h.events).ok).toBe(false);
  });

  it('a [key, rangeEnd) get is judged only on the keys inside its range', () => {
    const h = twoPuts();
    h.done('c1', { type: 'put', key: 'c', value: 'v' }, header(4));
    h.done('c2', { type: 'get', key: 'b', rangeEnd: 'd' }, found(4, kv('c', 'v', 4, 4, 1)));
    expect(checkLinearizability(h.events)).toMatchObject({ ok: true, stats: { judged: 4 } });
  });

  it('a range answer holding a key outside its range is a violation', () => {
    const h = twoPuts();
    h.done('c2', { type: 'get', key: 'b', rangeEnd: 'd' }, found(3, kv('a', '2', 2, 3, 2)));
    const result = checkLinearizability(h.events);
    expect(result.ok ? '' : result.message).toMatch(/outside its range/);
  });

  it('a serializable range read gets the reads-from check: a value nobody wrote is a violation', () => {
    const h = twoPuts();
    h.done('c2', { ...everything, serializable: true }, found(3, kv('a', '9', 2, 3, 2)));
    expect(checkLinearizability(h.events).ok).toBe(false);
  });

  it('a range cut short by its limit is not judged (the missing keys may lie beyond it)', () => {
    const h = twoPuts();
    h.done('c1', { type: 'put', key: 'b', value: 'v' }, header(4));
    const cut: OpResult = { header: { revision: 4 }, kvs: [kv('a', '2', 2, 3, 2)], count: 2, more: true };
    h.done('c2', { ...everything, limit: 1 }, cut);
    const result = checkLinearizability(h.events);
    expect(result.ok).toBe(true);
    expect(result.stats).toMatchObject({ judged: 3, unjudged: { 'not-modelled': 1 } });
  });

  it('a range over keys with leases only is unjudged (tainted), and not a violation', () => {
    const h = new History();
    h.done('c1', { type: 'put', key: 's/1', value: 'up', lease: 7 }, header(2));
    h.done('c2', { type: 'get', key: 's/', prefix: true }, found(2));
    expect(checkLinearizability(h.events)).toMatchObject({ ok: true, stats: { judged: 0, unjudged: { 'tainted-key': 2 } } });
  });
});
