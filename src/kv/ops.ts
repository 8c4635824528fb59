// Put and delete-range inside a write transaction, as etcd's applier does them
// (applierV3backend.Put / DeleteRange in 3.4, server/etcdserver/txn/put.go and delete.go).

import { ErrKeyNotFound, fail, ok, type Outcome } from './errors';
import { requestRange } from './keys';
import type { DeleteRangeRequest, PutRequest, PutResponse, DeleteRangeResponse } from './types';
import type { WriteTxn } from './write-txn';
import { leaseNumber } from './lease-ref';

/**
 * A put. ignoreValue / ignoreLease keep the existing value / lease and need the key to exist
 * (etcdserver: key not found otherwise); prevKv returns the pair as it was, if there was one.
 * The header carries the put's revision.
 */
export function executePut(txn: WriteTxn, req: PutRequest): Outcome<PutResponse> {
  const needsPrevious = req.ignoreValue || req.ignoreLease || req.prevKv;
  const previous = needsPrevious ? txn.range({ key: req.key }) : null;
  const prev = previous?.ok ? previous.value.kvs[0] : undefined;
  if ((req.ignoreValue || req.ignoreLease) && prev === undefined) return fail(ErrKeyNotFound);
  const value = req.ignoreValue && prev ? prev.value : req.value;
  // Reached only for a lease that exists, so its id is one of the store's numbers.
  const lease = req.ignoreLease && prev ? prev.lease : leaseNumber(req.lease ?? 0);
  const response: PutResponse = { header: { revision: txn.put(req.key, value, lease) } };
  if (req.prevKv && prev !== undefined) response.prevKv = prev;
  return ok(response);
}

/**
 * A delete of one key or a range: every key goes at the same revision. The header carries the
 * transaction's revision so far (unchanged when nothing was deleted and nothing else changed).
 */
export function executeDeleteRange(txn: WriteTxn, req: DeleteRangeRequest): DeleteRangeResponse {
  const range = requestRange(req.key, req.rangeEnd, req.prefix);
  const before = req.prevKv ? txn.range(range) : null;
  const { deleted, rev } = txn.deleteRange(range);
  const response: DeleteRangeResponse = { header: { revision: rev }, deleted };
  if (before !== null) response.prevKvs = before.ok ? before.value.kvs : [];
  return response;
}
