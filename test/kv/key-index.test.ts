// The worked example of etcd's key_index.go doc comment, step by step.

import { describe, expect, it } from 'vitest';
import { KeyIndex } from '../../src/kv/key-index';
import { KeyIndexTree } from '../../src/kv/index-tree';

/** put(1.0); put(2.0); tombstone(3.0); put(4.0); tombstone(5.0) on "foo". */
function foo(): KeyIndex {
  const ki = new KeyIndex('foo');
  ki.put({ main: 1, sub: 0 });
  ki.put({ main: 2, sub: 0 });
  expect(ki.tombstone({ main: 3, sub: 0 })).toBe(true);
  ki.put({ main: 4, sub: 0 });
  expect(ki.tombstone({ main: 5, sub: 0 })).toBe(true);
  return ki;
}

/** Generations as etcd prints them, oldest first, "(t)" unmarked: main revisions only. */
function shape(ki: KeyIndex): number[][] {
  return ki.generations.map((g) => g.revs.map((r) => r.main));
}

describe('keyIndex (etcd key_index.go example)', () => {
  it('builds generations: {1,2,3(t)} {4,5(t)} {empty}', () => {
    expect(shape(foo())).toEqual([[1, 2, 3], [4, 5], []]);
  });

  it('reads the version alive at each revision', () => {
    const ki = foo();
    const at = (rev: number) => {
      const got = ki.get(rev);
      return got === null ? null : [got.modified.main, got.created.main, got.version];
    };
    expect([0, 1, 2, 3, 4, 5, 6].map(at)).toEqual([null, [1, 1, 1], [2, 1, 2], null, [4, 4, 1], null, null]);
  });

  it('refuses a tombstone on a deleted key, and a put that is not newer', () => {
    const ki = foo();
    expect(ki.tombstone({ main: 6, sub: 0 })).toBe(false);
    expect(() => ki.put({ main: 5, sub: 0 })).toThrow();
  });

  it.each([
    [2, [[2, 3], [4, 5], []], ['2.0']],
    [4, [[4, 5], []], ['4.0']],
    [5, [[5], []], ['5.0']],
    [6, [[]], []],
  ])('compact(%i) leaves %j and keeps %j', (rev, generations, kept) => {
    const ki = foo();
    const keep = new Set<string>();
    ki.compact(rev, keep);
    expect(shape(ki)).toEqual(generations);
    expect([...keep]).toEqual(kept);
    expect(ki.isEmpty()).toBe(rev === 6);
  });

  it('keeps sub-revisions apart: a put and a delete in one revision', () => {
    const ki = new KeyIndex('k');
    ki.put({ main: 5, sub: 0 });
    ki.tombstone({ main: 5, sub: 1 });
    expect(ki.get(5)).toBeNull();
    expect(ki.get(4)).toBeNull();
  });
});

describe('index tree', () => {
  it('ranges in key order, with single keys, half-open ranges and from-key', () => {
    const tree = new KeyIndexTree();
    ['b', 'a', 'c', 'ab'].forEach((k, i) => tree.put(k, { main: i + 2, sub: 0 }));
    const keys = (key: string, end?: string) => tree.range(end === undefined ? { key } : { key, end }, 10).map((f) => f.key);
    expect(keys('a')).toEqual(['a']);
    expect(keys('a', 'b')).toEqual(['a', 'ab']);
    expect(keys('ab', '')).toEqual(['ab', 'b', 'c']);
    expect(keys('c', 'a')).toEqual([]);
    expect(keys('zz')).toEqual([]);
  });

  it('orders keys by code point like etcd orders UTF-8 bytes', () => {
    const tree = new KeyIndexTree();
    ['\u{1F600}', '\uFFFF', 'z'].forEach((k, i) => tree.put(k, { main: i + 2, sub: 0 }));
    expect(tree.all().map((ki) => ki.key)).toEqual(['z', '\uFFFF', '\u{1F600}']);
  });

  it('copies a shared key index before writing to it (clones stay independent)', () => {
    const tree = new KeyIndexTree();
    tree.put('a', { main: 2, sub: 0 });
    const copy = tree.clone();
    copy.put('a', { main: 3, sub: 0 });
    tree.tombstone('a', { main: 3, sub: 0 });
    expect(copy.get('a', 3)?.version).toBe(2);
    expect(tree.get('a', 3)).toBeNull();
    expect(tree.get('a', 2)?.version).toBe(1);
  });
});
