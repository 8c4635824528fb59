// Keys and key ranges, ordered as etcd orders them.
//
// etcd keys are byte strings compared with bytes.Compare on their UTF-8 encoding. Our keys
// are JS strings; comparing them by code point gives the same order as comparing their
// UTF-8 bytes, whereas JS `<` compares UTF-16 code units and would misplace characters
// above U+FFFF relative to U+E000..U+FFFF. `compareKeys` therefore compares code points.

/**
 * A key range as etcd's mvcc index sees it (server/storage/mvcc/index.go):
 * - `end === undefined`: the single key `key` (etcd: range_end nil);
 * - `end === ''`: every key >= `key` (etcd: range_end "\0", turned into []byte{} by mkGteRange);
 * - otherwise: the half-open interval [key, end). An end <= key selects nothing.
 */
export interface KeyRange {
  readonly key: string;
  readonly end?: string;
}

/** etcd's range_end "\0": "all keys greater than or equal to key" (clientv3.WithFromKey). */
export const FROM_KEY_END = '\0';

/** Maps a UTF-16 code unit so that unit order matches code point order (surrogates sort last). */
function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}

/** Orders keys as etcd does (bytes.Compare on UTF-8): negative, zero or positive. */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/**
 * The smallest key greater than every key starting with `prefix` (clientv3.GetPrefixRangeEnd):
 * the last code point incremented, trailing maximal code points dropped; "\0" (from-key)
 * when there is none, e.g. for the empty prefix, which therefore means "every key".
 */
export function prefixEnd(prefix: string): string {
  const points = Array.from(prefix);
  while (points.length > 0) {
    const last = points.pop() as string;
    const cp = last.codePointAt(0) as number;
    if (cp < 0x10ffff) {
      const next = cp + 1 === 0xd800 ? 0xe000 : cp + 1;
      return points.join('') + String.fromCodePoint(next);
    }
  }
  return FROM_KEY_END;
}

/**
 * Whether a request names the whole keyspace the way clientv3 spells it with an empty key:
 * WithPrefix on "" sends key "\0" with range_end "\0", and WithFromKey on "" sends key "\0"
 * (clientv3 op.go; etcdctl 3.4 get/del do the same: `etcdctl get "" --prefix` lists every
 * key). etcd's server itself refuses an empty key (checkRangeRequest: "key is not
 * provided"), so only these client spellings of "everything" get past it.
 */
export function isWholeKeyspace(key: string, rangeEnd?: string, prefix?: boolean): boolean {
  return key === '' && (prefix === true || rangeEnd === FROM_KEY_END);
}

/**
 * The key and range end a request carries once clientv3 has built it: the whole keyspace
 * as key "\0", range_end "\0" (isWholeKeyspace), else `prefix` turned into its range end.
 */
export function clientRange(key: string, rangeEnd?: string, prefix?: boolean): { key: string; rangeEnd?: string } {
  if (isWholeKeyspace(key, rangeEnd, prefix)) return { key: FROM_KEY_END, rangeEnd: FROM_KEY_END };
  const end = prefix ? prefixEnd(key) : rangeEnd;
  return end === undefined ? { key } : { key, rangeEnd: end };
}

/**
 * The range a request names, as etcd's API layer builds it: `prefix` wins over a given
 * `rangeEnd` (etcdctl refuses both); rangeEnd "" is no range end (protobuf sends empty bytes
 * as nil); rangeEnd "\0" means from-key; an empty key with prefix or from-key is every key
 * (clientRange).
 */
export function requestRange(rawKey: string, rawEnd?: string, prefix?: boolean): KeyRange {
  const { key, rangeEnd: end } = clientRange(rawKey, rawEnd, prefix);
  if (end === undefined || end === '') return { key };
  if (end === FROM_KEY_END) return { key, end: '' };
  return { key, end };
}

/** Whether `k` lies in `range` (etcd's watcher/interval "contains"). */
export function rangeContains(range: KeyRange, k: string): boolean {
  if (range.end === undefined) return k === range.key;
  if (compareKeys(k, range.key) < 0) return false;
  return range.end === '' || compareKeys(k, range.end) < 0;
}

/** First index in the sorted `keys` whose key is >= `key` (binary search). */
export function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKeys(keys[mid] as string, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
