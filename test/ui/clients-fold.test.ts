import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/sim/trace-types';
import { advanceFold, emptyFold } from '../../src/ui/views/clients/history-fold';
import { clientHistories } from '../../src/ui/views/clients/op-history';

const invoke = (t: number, client: string, id: number): TraceEvent => ({ t, ev: 'invoke', client, id, op: { type: 'get', key: 'a' } });
const ret = (t: number, client: string, id: number): TraceEvent => ({ t, ev: 'return', client, id, ok: true, result: { header: { revision: t } } });

describe('advanceFold (client histories folded as frames arrive)', () => {
  const first = [invoke(1, 'c1', 1), invoke(2, 'c2', 1), ret(3, 'c1', 1)];
  const second = first.concat([invoke(4, 'c1', 2), ret(5, 'c1', 2)]);

  it('gives what folding every event from the start gives', () => {
    const fold = advanceFold(advanceFold(emptyFold(12), first), second);
    expect(fold.histories).toEqual(clientHistories(second));
  });

  it('keeps the objects of clients and requests the new events leave alone', () => {
    const a = advanceFold(emptyFold(12), first);
    const b = advanceFold(a, second);
    const c1 = (f: typeof a) => f.histories.find((h) => h.client === 'c1')!;
    const c2 = (f: typeof a) => f.histories.find((h) => h.client === 'c2')!;
    expect(c2(b)).toBe(c2(a));
    expect(c1(b)).not.toBe(c1(a));
    expect(c1(b).ops[1]).toBe(c1(a).ops[0]);
    // The earlier fold is left as it was.
    expect(c1(a).ops.map((r) => r.id)).toEqual([1]);
  });

  it('follows the events when the oldest are dropped, and starts over when they are replaced', () => {
    const a = advanceFold(emptyFold(12), second);
    const trimmed = second.slice(2).concat([invoke(6, 'c2', 2)]);
    const b = advanceFold(a, trimmed);
    // Still knows c1's first request, whose invoke is no longer in the events.
    expect(b.histories.find((h) => h.client === 'c1')!.total).toBe(2);
    expect(b.histories.find((h) => h.client === 'c2')!.ops.map((r) => r.id)).toEqual([2, 1]);
    const replaced = [invoke(10, 'c3', 1)];
    expect(advanceFold(b, replaced).histories).toEqual(clientHistories(replaced));
  });

  it('keeps the newest requests only, counting all of them, as they arrive', () => {
    let fold = emptyFold(3);
    let events: TraceEvent[] = [];
    for (let id = 1; id <= 10; id++) {
      events = events.concat([invoke(id, 'c1', id)]);
      fold = advanceFold(fold, events);
    }
    const [h] = fold.histories;
    expect(h!.ops.map((r) => r.id)).toEqual([10, 9, 8]);
    expect(h!.total).toBe(10);
  });
});
