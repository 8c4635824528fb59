import { describe, expect, it } from 'vitest';
import type { KvView } from '../../src/protocol';
import { historyNumbers, numbersAt } from '../../src/ui/views/kv/history-versions';

type Change = KvView['history'][number]['changes'][number];
const put = (key: string, value = 'v'): Change => ({ type: 'PUT', key, value });
const del = (key: string): Change => ({ type: 'DELETE', key, value: '' });
const kv = (key: string, createRevision: number, modRevision: number, version: number) => ({ key, value: 'v', createRevision, modRevision, version, lease: 0 });

/** put a, put a, delete a, put a, txn (put a, put b): revisions 2 to 6, newest first. */
const lifecycle: KvView['history'] = [
  { revision: 6, changes: [put('a'), put('b')] },
  { revision: 5, changes: [put('a')] },
  { revision: 4, changes: [del('a')] },
  { revision: 3, changes: [put('a')] },
  { revision: 2, changes: [put('a')] },
];

describe('historyNumbers', () => {
  it('works every PUT out from the empty store when the history starts at revision 2', () => {
    const n = historyNumbers({ history: lifecycle, keys: [kv('a', 5, 6, 2), kv('b', 6, 6, 1)], compactRevision: 0, truncated: false });
    expect(numbersAt(n, 2, 0)).toEqual({ createRevision: 2, version: 1 });
    expect(numbersAt(n, 3, 0)).toEqual({ createRevision: 2, version: 2 });
    expect(numbersAt(n, 4, 0)).toBeUndefined();
    expect(numbersAt(n, 5, 0)).toEqual({ createRevision: 5, version: 1 });
    expect(numbersAt(n, 6, 0)).toEqual({ createRevision: 5, version: 2 });
    expect(numbersAt(n, 6, 1)).toEqual({ createRevision: 6, version: 1 });
  });

  it('works the latest writes out backward from the keys now when older history is cut off', () => {
    const cut = lifecycle.slice(0, 3);
    const n = historyNumbers({ history: cut, keys: [kv('a', 5, 6, 2), kv('b', 6, 6, 1)], compactRevision: 0, truncated: false });
    expect(numbersAt(n, 6, 0)).toEqual({ createRevision: 5, version: 2 });
    expect(numbersAt(n, 5, 0)).toEqual({ createRevision: 5, version: 1 });
    expect(numbersAt(n, 6, 1)).toEqual({ createRevision: 6, version: 1 });
  });

  it('leaves out what neither pass can know: writes before a delete beyond the history shown', () => {
    const n = historyNumbers({ history: [{ revision: 9, changes: [put('a')] }, { revision: 8, changes: [del('a')] }, { revision: 7, changes: [put('a')] }], keys: [kv('a', 9, 9, 1)], compactRevision: 0, truncated: false });
    expect(numbersAt(n, 9, 0)).toEqual({ createRevision: 9, version: 1 });
    expect(numbersAt(n, 7, 0)).toBeUndefined();
  });

  it('knows nothing of a key missing from a truncated key list', () => {
    const n = historyNumbers({ history: [{ revision: 9, changes: [put('zz')] }], keys: [], compactRevision: 0, truncated: true });
    expect(numbersAt(n, 9, 0)).toBeUndefined();
  });

  it('does not count from the empty store after a compaction', () => {
    const n = historyNumbers({ history: lifecycle, keys: [], compactRevision: 4, truncated: false });
    expect(numbersAt(n, 2, 0)).toBeUndefined();
  });

  it('handles two writes of one key in one txn', () => {
    const n = historyNumbers({ history: [{ revision: 2, changes: [put('a'), put('a')] }], keys: [kv('a', 2, 2, 2)], compactRevision: 0, truncated: false });
    expect(numbersAt(n, 2, 0)).toEqual({ createRevision: 2, version: 1 });
    expect(numbersAt(n, 2, 1)).toEqual({ createRevision: 2, version: 2 });
  });
});
