// A range request as etcd's server answers it (server/etcdserver/txn/range.go, and
// applierV3backend.Range in 3.4): limit, revision filters, sorting, keys-only, count-only
// on top of the store's plain range read.
//
// The quirks are etcd's, on purpose:
// - `count` is the number of keys in the range at the read revision, before the limit and
//   before the min/max revision filters;
// - with a sort order other than none (or key/ascend) or any revision filter, every key is
//   fetched, then filtered, sorted and cut to the limit; otherwise limit + 1 keys are fetched
//   in key order. So a sort target other than key with order "none" sorts ascending, but only
//   within the first limit + 1 keys (checked against etcd 3.4: `get k --prefix --sort-by=VALUE
//   --limit 2` returns the two smallest values among the first three keys);
// - `more` says whether the cut to the limit dropped anything.

import { compareKeys, requestRange } from './keys';
import type { RawRange, RangeOptions } from './mvcc-store';
import type { Outcome } from './errors';
import type { KeyRange } from './keys';
import type { Kv, RangeRequest, RangeResponse, SortTarget } from './types';

/** Anything that can read: the store at its current revision, or a write transaction. */
export interface RangeReader {
  range(range: KeyRange, opts: RangeOptions): Outcome<RawRange>;
}

/** Answers a range request against `reader` (etcd executeRange). */
export function executeRange(reader: RangeReader, req: RangeRequest): Outcome<RangeResponse> {
  const read = reader.range(requestRange(req.key, req.rangeEnd, req.prefix), {
    rev: req.revision ?? 0,
    limit: fetchLimit(req),
    countOnly: req.countOnly === true,
  });
  if (!read.ok) return read;
  const kvs = sortKvs(filterKvs(read.value.kvs, req), req);
  const limit = req.limit ?? 0;
  const response: RangeResponse = { header: { revision: read.value.rev }, kvs, count: read.value.count };
  if (limit > 0 && kvs.length > limit) {
    response.kvs = kvs.slice(0, limit);
    response.more = true;
  }
  if (req.keysOnly) for (const kv of response.kvs) kv.value = '';
  return { ok: true, value: response };
}

function hasRevisionFilters(req: RangeRequest): boolean {
  return !!(req.minModRevision || req.maxModRevision || req.minCreateRevision || req.maxCreateRevision);
}

/** etcd's "default ordering": the key order the index returns anyway. */
function isDefaultOrdering(target: SortTarget, order: string): boolean {
  return order === 'none' || (target === 'key' && order === 'ascend');
}

/** etcd rangeLimit: fetch everything when sorting or filtering, else one extra for `more`. */
function fetchLimit(req: RangeRequest): number {
  const limit = req.limit ?? 0;
  if (!isDefaultOrdering(req.sortTarget ?? 'key', req.sortOrder ?? 'none') || hasRevisionFilters(req)) return 0;
  return limit > 0 ? limit + 1 : limit;
}

/** etcd filterRangeResults: a zero bound is no bound. */
function filterKvs(kvs: Kv[], req: RangeRequest): Kv[] {
  const { maxModRevision: maxMod, minModRevision: minMod } = req;
  const { maxCreateRevision: maxCreate, minCreateRevision: minCreate } = req;
  return kvs.filter(
    (kv) =>
      !(maxMod && kv.modRevision > maxMod) &&
      !(minMod && kv.modRevision < minMod) &&
      !(maxCreate && kv.createRevision > maxCreate) &&
      !(minCreate && kv.createRevision < minCreate),
  );
}

const SORT_KEYS: Record<SortTarget, (a: Kv, b: Kv) => number> = {
  key: (a, b) => compareKeys(a.key, b.key),
  version: (a, b) => a.version - b.version,
  create: (a, b) => a.createRevision - b.createRevision,
  mod: (a, b) => a.modRevision - b.modRevision,
  value: (a, b) => compareKeys(a.value, b.value),
};

/**
 * etcd sortRangeResults: a target other than key with order none sorts ascending. etcd uses
 * Go's unstable sort.Sort; for up to 12 pairs that is an insertion sort, i.e. stable, and we
 * sort stably always (ties stay in key order, both ascending and descending).
 */
function sortKvs(kvs: Kv[], req: RangeRequest): Kv[] {
  const target = req.sortTarget ?? 'key';
  let order = req.sortOrder ?? 'none';
  if (target !== 'key' && order === 'none') order = 'ascend';
  if (isDefaultOrdering(target, order)) return kvs;
  const cmp = SORT_KEYS[target];
  return kvs.slice().sort(order === 'descend' ? (a, b) => cmp(b, a) : cmp);
}
