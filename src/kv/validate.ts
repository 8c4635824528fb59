// Checks a request before it is proposed, as etcd's gRPC layer does
// (server/etcdserver/api/v3rpc/key.go: checkRangeRequest, checkPutRequest, checkTxnRequest,
// checkIntervals), plus shape checks etcd gets for free from protobuf types. A request that
// passes cannot make apply throw. apply() runs the same checks again, so a bad entry in the
// log fails alike on every member instead of crashing one.

import { ErrEmptyKey, ErrKeyNotFound, ErrLeaseProvided, ErrLeaseTTLTooLarge, ErrRequestTooLarge, ErrTooManyOps, ErrValueProvided } from './errors';
import { isWholeKeyspace } from './keys';
import { isInt64Decimal } from './lease-ref';
import { checkIntervals } from './txn-intervals';
import { MAX_LEASE_ID, MAX_LEASE_TTL } from './lessor';
import type { Compare, KvRequest, TxnOpRequest, TxnRequest } from './types';

export interface RequestLimits {
  /** etcd --max-txn-ops (default 128): ops per branch, and compares. */
  maxTxnOps: number;
  /** etcd --max-request-bytes (default 1.5 MiB), counted here as characters of keys and values. */
  maxRequestBytes: number;
}

export const DEFAULT_LIMITS: RequestLimits = { maxTxnOps: 128, maxRequestBytes: 1.5 * 1024 * 1024 };

const SORT_TARGETS = ['key', 'create', 'mod', 'version', 'value'];
const SORT_ORDERS = ['none', 'ascend', 'descend'];
const COMPARE_TARGETS = ['create', 'mod', 'version', 'value', 'lease'];
const COMPARE_RESULTS = ['=', '!=', '<', '>'];

/** null when `req` may be proposed, else the error etcd would answer (or a "kv:" shape error). */
export function validateRequest(req: KvRequest, limits: RequestLimits = DEFAULT_LIMITS): string | null {
  if (typeof req !== 'object' || req === null) return 'kv: request must be an object';
  const shape = checkShape(req);
  if (shape !== null) return shape;
  if (requestSize(req) > limits.maxRequestBytes) return ErrRequestTooLarge;
  switch (req.type) {
    case 'get':
    case 'put':
    case 'delete':
      return checkRequestOp(req, limits.maxTxnOps);
    case 'txn':
      return checkTxnRequest(req, limits.maxTxnOps) ?? checkIntervals(req.success) ?? checkIntervals(req.failure);
    case 'lease-grant':
      return req.ttl > MAX_LEASE_TTL ? ErrLeaseTTLTooLarge : null;
    default:
      return null;
  }
}

/** etcd checkRequestOp: the per-op checks, with what is left of the op budget for nested txns. */
function checkRequestOp(op: TxnOpRequest, maxTxnOps: number): string | null {
  switch (op.type) {
    case 'get':
    case 'delete':
      // An empty key is refused, except clientv3's spelling of the whole keyspace.
      return op.key === '' && !isWholeKeyspace(op.key, op.rangeEnd, op.prefix) ? ErrEmptyKey : null;
    case 'put':
      if (op.key === '') return ErrEmptyKey;
      if (op.ignoreValue && op.value !== '') return ErrValueProvided;
      if (op.ignoreLease && op.lease) return ErrLeaseProvided;
      return null;
    case 'txn':
      return checkTxnRequest(op, maxTxnOps);
  }
}

/** etcd checkTxnRequest: too many ops, empty compare keys, then each op. */
function checkTxnRequest(txn: TxnRequest, maxTxnOps: number): string | null {
  const opc = Math.max(txn.compare.length, txn.success.length, txn.failure.length);
  if (opc > maxTxnOps) return ErrTooManyOps;
  // clientv3's Cmp.WithPrefix keeps an empty key (range_end "\0"), so etcd refuses it: checked
  // against etcd 3.4, a compare on key "" with range_end "\0" answers "key is not provided".
  if (txn.compare.some((c) => c.key === '')) return ErrEmptyKey;
  for (const op of [...txn.success, ...txn.failure]) {
    const error = checkRequestOp(op, maxTxnOps - opc);
    if (error !== null) return error;
  }
  return null;
}

// ---- shape: what protobuf typing would guarantee ----

function isInt(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x);
}
function optInt(x: unknown): boolean {
  return x === undefined || isInt(x);
}
function optString(x: unknown): boolean {
  return x === undefined || typeof x === 'string';
}
function optBool(x: unknown): boolean {
  return x === undefined || typeof x === 'boolean';
}
function isLeaseId(x: unknown): boolean {
  return isInt(x) && x >= 0 && x <= MAX_LEASE_ID;
}
/** A lease id a request may name: one this store can grant, or any int64 in decimal (lease-ref.ts). */
function isLeaseRef(x: unknown): boolean {
  return isLeaseId(x) || (typeof x === 'string' && isInt64Decimal(x));
}

function checkShape(req: KvRequest): string | null {
  switch (req.type) {
    case 'get':
    case 'put':
    case 'delete':
    case 'txn':
      return checkOpShape(req, 0);
    case 'compact':
      return isInt(req.revision) ? null : 'kv: compact revision must be an integer';
    case 'lease-grant':
      if (!isInt(req.ttl)) return 'kv: lease TTL must be an integer';
      return req.id === undefined || isLeaseId(req.id) ? null : 'kv: lease id must be a positive integer below 2^53';
    case 'lease-revoke':
      return isLeaseRef(req.id) ? null : 'kv: lease id must be an int64 (a number below 2^53, or in decimal as a string)';
    case 'lease-checkpoint':
      if (!Array.isArray(req.checkpoints)) return 'kv: checkpoints must be a list';
      return req.checkpoints.every((c) => typeof c === 'object' && c !== null && isLeaseId(c.id) && isInt(c.remainingTtl))
        ? null
        : 'kv: each checkpoint needs an integer id and remainingTtl';
    default:
      return `kv: unknown request type ${JSON.stringify((req as { type?: unknown }).type)}`;
  }
}

/** Shape of a key-value op; nested txns are limited in depth so a hostile entry cannot exhaust the stack. */
function checkOpShape(op: TxnOpRequest, depth: number): string | null {
  if (typeof op !== 'object' || op === null) return ErrKeyNotFound; // etcd: an empty RequestOp
  if (depth > 64) return ErrTooManyOps;
  switch (op.type) {
    case 'get': {
      const ints = [op.revision, op.limit, op.minModRevision, op.maxModRevision, op.minCreateRevision, op.maxCreateRevision];
      if (typeof op.key !== 'string' || !optString(op.rangeEnd) || !ints.every(optInt)) return 'kv: malformed get';
      if (![op.prefix, op.keysOnly, op.countOnly, op.serializable].every(optBool)) return 'kv: malformed get';
      if (op.sortTarget !== undefined && !SORT_TARGETS.includes(op.sortTarget)) return 'kv: unknown sort target';
      if (op.sortOrder !== undefined && !SORT_ORDERS.includes(op.sortOrder)) return 'kv: unknown sort order';
      return null;
    }
    case 'put':
      if (typeof op.key !== 'string' || typeof op.value !== 'string') return 'kv: malformed put';
      if (!(op.lease === undefined || isLeaseRef(op.lease))) return 'kv: lease id must be an int64 (a number below 2^53, or in decimal as a string)';
      return [op.prevKv, op.ignoreValue, op.ignoreLease].every(optBool) ? null : 'kv: malformed put';
    case 'delete':
      if (typeof op.key !== 'string' || !optString(op.rangeEnd)) return 'kv: malformed delete';
      return [op.prefix, op.prevKv].every(optBool) ? null : 'kv: malformed delete';
    case 'txn':
      return checkTxnShape(op, depth);
    default:
      return ErrKeyNotFound;
  }
}

function checkTxnShape(txn: TxnRequest, depth: number): string | null {
  if (![txn.compare, txn.success, txn.failure].every(Array.isArray)) return 'kv: txn needs compare, success and failure lists';
  for (const c of txn.compare) {
    const error = checkCompareShape(c);
    if (error !== null) return error;
  }
  for (const op of [...txn.success, ...txn.failure]) {
    const error = checkOpShape(op, depth + 1);
    if (error !== null) return error;
  }
  return null;
}

function checkCompareShape(c: Compare): string | null {
  if (typeof c !== 'object' || c === null || typeof c.key !== 'string' || !optString(c.rangeEnd)) return 'kv: malformed compare';
  if (!COMPARE_TARGETS.includes(c.target)) return 'kv: unknown compare target';
  if (!COMPARE_RESULTS.includes(c.result)) return 'kv: unknown compare result';
  const wantsString = c.target === 'value';
  if (wantsString ? typeof c.value !== 'string' : !isInt(c.value)) {
    return wantsString ? 'kv: a value compare needs a string' : `kv: a ${c.target} compare needs an integer`;
  }
  return null;
}

/** Characters of keys, values and range ends: a stand-in for etcd's request size in bytes. */
function requestSize(req: KvRequest | TxnOpRequest): number {
  switch (req.type) {
    case 'get':
    case 'delete':
      return req.key.length + (req.rangeEnd?.length ?? 0);
    case 'put':
      return req.key.length + req.value.length;
    case 'txn': {
      const compares = req.compare.reduce((n, c) => n + c.key.length + (c.rangeEnd?.length ?? 0) + String(c.value).length, 0);
      return [...req.success, ...req.failure].reduce((n, op) => n + requestSize(op), compares);
    }
    default:
      return 0;
  }
}
