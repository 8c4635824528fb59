// etcd's rule against writing a key twice in one txn (v3rpc/key.go checkIntervals): within
// one branch list, no two puts of the same key, and no put of a key a delete-range covers;
// nested txns count towards their parent, except that the then- and else-branch of one
// nested txn may put the same key (only one of them runs).
//
// etcd tests "covers" with an interval tree of affine string intervals in which only the
// empty string means +infinity. A from-key delete sends range_end "\0", which is then a
// backwards interval [key, "\0") covering nothing: `put d; del a --from-key` in one txn is
// accepted and the delete removes d too (checked against etcd 3.4). We keep that quirk.

import { ErrDuplicateKey } from './errors';
import { clientRange, compareKeys } from './keys';
import type { TxnOpRequest, TxnRequest } from './types';

interface Interval {
  begin: string;
  /** Exclusive; '' is +infinity. */
  end: string;
}

/** StringAffineComparable.Compare: '' sorts after everything. */
function affineCompare(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return compareKeys(a, b);
}

/** adt.Interval.Compare(point, iv) === 0: the point's interval [k, k+"\0") overlaps iv. */
function covers(iv: Interval, key: string): boolean {
  const point: Interval = { begin: key, end: key + '\0' };
  const leftOf = affineCompare(point.begin, iv.begin) < 0 && affineCompare(point.end, iv.begin) <= 0;
  const rightOf = affineCompare(point.begin, iv.end) >= 0;
  return !leftOf && !rightOf;
}

/** The interval a delete op covers, as etcd builds it from key and range_end. */
function deleteInterval(op: TxnOpRequest & { type: 'delete' }): Interval {
  const { key, rangeEnd = '' } = clientRange(op.key, op.rangeEnd, op.prefix);
  return rangeEnd === '' ? { begin: key, end: key + '\0' } : { begin: key, end: rangeEnd };
}

interface Writes {
  puts: Set<string>;
  dels: Interval[];
}

/** null when no key is written twice in `ops`, else etcd's duplicate-key error. */
export function checkIntervals(ops: readonly TxnOpRequest[]): string | null {
  return collectWrites(ops) === null ? ErrDuplicateKey : null;
}

function collectWrites(ops: readonly TxnOpRequest[]): Writes | null {
  const dels: Interval[] = ops.filter((op) => op.type === 'delete').map((op) => deleteInterval(op as TxnOpRequest & { type: 'delete' }));
  const puts = new Set<string>();
  const clashes = (key: string): boolean => dels.some((iv) => covers(iv, key));
  for (const op of ops) {
    if (op.type !== 'txn') continue;
    const nested = nestedWrites(op);
    if (nested === null) return null;
    const [then, otherwise] = nested;
    for (const key of then.puts) {
      if (puts.has(key) || clashes(key)) return null;
      puts.add(key);
    }
    for (const key of otherwise.puts) {
      if ((puts.has(key) && !then.puts.has(key)) || clashes(key)) return null;
      puts.add(key);
    }
    dels.push(...then.dels, ...otherwise.dels);
  }
  for (const op of ops) {
    if (op.type !== 'put') continue;
    if (puts.has(op.key) || clashes(op.key)) return null;
    puts.add(op.key);
  }
  return { puts, dels };
}

function nestedWrites(txn: TxnRequest): [Writes, Writes] | null {
  const then = collectWrites(txn.success);
  const otherwise = then === null ? null : collectWrites(txn.failure);
  return then === null || otherwise === null ? null : [then, otherwise];
}
