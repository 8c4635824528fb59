// Keys and key ranges as etcd orders them: byte order of the UTF-8 encoding, which is the
// order of Unicode code points. A range is [key, rangeEnd); rangeEnd "\0" means every key
// from key on; `prefix` means every key starting with key (etcd's WithPrefix).

/** Compares two keys in etcd's byte order: negative, zero or positive. */
export function compareKeys(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(j) ?? 0;
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  if (i < a.length) return 1;
  return j < b.length ? -1 : 0;
}

/** A set of keys named by an operation: one key, a [start, end) range, or a prefix. */
export type KeySpan =
  | { kind: 'key'; key: string }
  | { kind: 'range'; start: string; end: string }
  | { kind: 'prefix'; prefix: string };

/** The keys a get, delete or compare names (etcd: key, rangeEnd; SCENARIO.md: prefix). */
export function spanOf(target: { key: string; rangeEnd?: string; prefix?: boolean }): KeySpan {
  if (target.prefix) return { kind: 'prefix', prefix: target.key };
  if (target.rangeEnd !== undefined && target.rangeEnd !== '') {
    return { kind: 'range', start: target.key, end: target.rangeEnd };
  }
  return { kind: 'key', key: target.key };
}

export function spanContains(span: KeySpan, key: string): boolean {
  switch (span.kind) {
    case 'key':
      return span.key === key;
    case 'prefix':
      return key.startsWith(span.prefix);
    case 'range':
      return compareKeys(key, span.start) >= 0 && (span.end === '\0' || compareKeys(key, span.end) < 0);
  }
}
