// Numbers the model may not know exactly: revisions, and versions.
//
// etcd's store revision is one global counter: every write transaction that changes
// something takes the next revision. Writes the checker does not model (lease expiry, the
// election recipe, other keys) bump it too, so a model that sees only part of the store
// knows revisions only up to bounds:
//  - a write the client saw succeed has the revision in its answer's header;
//  - a write whose outcome is unknown took "some later revision", bounded below by what
//    came before it and above by what is seen after it.
// A key's version is known up to bounds when puts nobody saw may have taken effect
// (lin-unseen-puts.ts). An answer that shows the number binds it.

/** An integer between lo and hi, both included. */
export interface IntRange {
  lo: number;
  /** Infinity when nothing bounds it from above yet. */
  hi: number;
}

export function exactly(value: number): IntRange {
  return { lo: value, hi: value };
}

export function shiftRange(range: IntRange, by: number): IntRange {
  return { lo: range.lo + by, hi: range.hi + by };
}

export function rangeContains(range: IntRange, value: number): boolean {
  return range.lo <= value && value <= range.hi;
}

export function intersectRanges(a: IntRange, b: IntRange): IntRange | undefined {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? { lo, hi } : undefined;
}

/** The range with everything above `max` removed (the range is known to reach `max` or below). */
export function capRange(range: IntRange, max: number): IntRange {
  return range.hi <= max ? range : { lo: range.lo, hi: max };
}

export type CompareOperator = '=' | '!=' | '<' | '>';

/**
 * Splits a range by whether `x OP value` holds for x in it: the parts of the range where
 * it holds and where it does not (each absent when empty). Used for txn compares on a
 * revision or version the model knows only up to a range.
 */
export function splitRange(
  range: IntRange,
  operator: CompareOperator,
  value: number,
): { holds?: IntRange; fails?: IntRange } {
  switch (operator) {
    case '=':
      return { holds: intersectRanges(range, exactly(value)), fails: without(range, value) };
    case '!=':
      return { holds: without(range, value), fails: intersectRanges(range, exactly(value)) };
    case '<':
      return { holds: nonEmpty(range.lo, Math.min(range.hi, value - 1)), fails: nonEmpty(Math.max(range.lo, value), range.hi) };
    case '>':
      return { holds: nonEmpty(Math.max(range.lo, value + 1), range.hi), fails: nonEmpty(range.lo, Math.min(range.hi, value)) };
  }
}

function nonEmpty(lo: number, hi: number): IntRange | undefined {
  return lo <= hi ? { lo, hi } : undefined;
}

/** The range without one revision, as far as a range can express it (only at its ends). */
function without(range: IntRange, value: number): IntRange | undefined {
  if (range.lo === value) return nonEmpty(value + 1, range.hi);
  if (range.hi === value) return nonEmpty(range.lo, value - 1);
  return range;
}
