// The watch-guarantee checker, on small hand-written traces: each broken rule is named.

import { describe, expect, it } from 'vitest';
import { checkWatches } from '../../src/check/watches';
import type { Kv, TraceEvent } from '../../src/sim/trace-types';

const kv = (key: string, rev: number, version: number, create = rev - version + 1): Kv => ({ key, value: `v${rev}`, createRevision: create, modRevision: rev, version, lease: 0 });
const put = (key: string, rev: number, version: number, create?: number) => ({ type: 'PUT' as const, kv: kv(key, rev, version, create) });
const del = (key: string, rev: number) => ({ type: 'DELETE' as const, kv: { key, value: '', createRevision: 0, modRevision: rev, version: 0, lease: 0 } });

/** A watch on "a" (or a prefix) from revision 2, created as watch 0 of client w. */
function opened(prefix = false): TraceEvent[] {
  return [
    { t: 1, ev: 'invoke', client: 'w', id: 1, op: { type: 'watch', key: 'a', ...(prefix ? { prefix: true } : {}) } },
    { t: 2, ev: 'return', client: 'w', id: 1, ok: true, result: { header: { revision: 1 }, watchId: 0 } },
  ];
}
const deliver = (t: number, ...events: (ReturnType<typeof put> | ReturnType<typeof del>)[]): TraceEvent => ({ t, ev: 'watch', client: 'w', watchId: 0, events });
const putReturn = (t: number, id: number, rev: number): TraceEvent[] => [
  { t, ev: 'invoke', client: 'p', id, op: { type: 'put', key: 'a', value: `v${rev}` } },
  { t, ev: 'return', client: 'p', id, ok: true, result: { header: { revision: rev } } },
];

describe('checkWatches', () => {
  it('accepts a stream with a resume at the last revision + 1 and a deletion', () => {
    const trace = [...opened(), deliver(3, put('a', 2, 1)), { t: 4, ev: 'watch-resume', client: 'w', watchId: 0, node: 'n3', revision: 3 } as TraceEvent, deliver(5, put('a', 3, 2)), deliver(6, del('a', 4)), deliver(7, put('a', 5, 1))];
    expect(checkWatches(trace)).toEqual({ ok: true, watches: 1, events: 4 });
  });

  it('a revision skipped (a put answered at revision 3, never delivered) is a gap', () => {
    const trace = [...opened(), deliver(3, put('a', 2, 1)), ...putReturn(4, 1, 3), deliver(5, put('a', 4, 3, 2))];
    expect(checkWatches(trace)).toMatchObject({ ok: false, property: 'watch: no gap' });
  });

  it('a key at version 2 of a generation never seen created is a gap', () => {
    expect(checkWatches([...opened(), deliver(3, put('a', 4, 2, 3))])).toMatchObject({ ok: false, property: 'watch: no gap' });
  });

  it('a revision delivered twice, out of order, or split over two responses', () => {
    expect(checkWatches([...opened(), deliver(3, put('a', 2, 1)), deliver(4, put('a', 2, 1))])).toMatchObject({ ok: false, property: 'watch: atomic per revision' });
    expect(checkWatches([...opened(), deliver(3, put('a', 3, 1)), deliver(4, put('a', 2, 1))])).toMatchObject({ ok: false, property: 'watch: ordered' });
    expect(checkWatches([...opened(true), deliver(3, put('a', 2, 1), put('a', 2, 1))])).toMatchObject({ ok: false, property: 'watch: unique' });
    expect(checkWatches([...opened(true), deliver(3, put('ab', 2, 1)), deliver(4, put('ac', 2, 1))])).toMatchObject({ ok: false, property: 'watch: atomic per revision' });
  });

  it('a resume from another revision than the last + 1', () => {
    const trace = [...opened(), deliver(3, put('a', 2, 1)), { t: 4, ev: 'watch-resume', client: 'w', watchId: 0, node: 'n3', revision: 5 } as TraceEvent];
    expect(checkWatches(trace)).toMatchObject({ ok: false, property: 'watch: resumable' });
  });

  it('canceled as compacted when the revision it needs is not compacted, or by a compaction nobody asked for', () => {
    const compact: TraceEvent = { t: 2, ev: 'invoke', client: 'k', id: 1, op: { type: 'compact', revision: 3 } };
    const cancel = (c: number): TraceEvent => ({ t: 5, ev: 'watch-cancel', client: 'w', watchId: 0, revision: 3, compactRevision: c });
    expect(checkWatches([...opened(), compact, deliver(3, put('a', 2, 1)), cancel(3)])).toMatchObject({ ok: false, property: 'watch: compacted' });
    expect(checkWatches([...opened(), compact, deliver(3, put('a', 2, 1)), cancel(5)])).toMatchObject({ ok: false, property: 'watch: compacted' });
    expect(checkWatches([...opened(), { ...compact, op: { type: 'compact', revision: 5 } } as TraceEvent, deliver(3, put('a', 2, 1)), cancel(5)])).toMatchObject({ ok: true });
  });

  it('two sources disagreeing about one revision: the wrong kv', () => {
    const get: TraceEvent[] = [
      { t: 4, ev: 'invoke', client: 'r', id: 1, op: { type: 'get', key: 'a' } },
      { t: 4, ev: 'return', client: 'r', id: 1, ok: true, result: { header: { revision: 2 }, kvs: [{ ...kv('a', 2, 1), value: 'other' }], count: 1 } },
    ];
    expect(checkWatches([...opened(), deliver(3, put('a', 2, 1)), ...get])).toMatchObject({ ok: false, property: 'watch: right kv' });
  });
});
