// Transactions as etcd applies them (applierV3backend.Txn in 3.4; server/etcdserver/txn/txn.go):
// 1. every compare, of the txn and of the txns nested in the branch it takes, is evaluated
//    first, against the store as it was before the txn (compareToPath);
// 2. the chosen ops are checked: puts with ignore_value/lease need an existing key, leases
//    must exist, reads must not ask for a compacted or future revision; any failure fails
//    the whole txn and changes nothing;
// 3. the ops run in order in one write transaction, so the whole txn takes one revision.

import { ErrCompacted, ErrFutureRev, ErrKeyNotFound, ErrLeaseNotFound, type Outcome } from './errors';
import { compareKeys, requestRange } from './keys';
import { executeDeleteRange, executePut } from './ops';
import { executeRange, type RangeReader } from './range';
import type { Compare, Kv, TxnOpRequest, TxnOpResponse, TxnRequest, TxnResponse } from './types';
import type { WriteTxn } from './write-txn';
import type { LeaseRef } from './lease-ref';

/** The branch a txn takes, and the same for each txn op inside that branch, in order. */
export interface TxnPath {
  succeeded: boolean;
  nested: TxnPath[];
}

/** What the txn checks need beyond reading: whether a lease exists, and the compaction bound. */
export interface TxnContext {
  leaseExists(id: LeaseRef): boolean;
  /** Oldest readable revision (etcd ReadView.FirstRev). */
  firstRev: number;
  /** Revision of the view the checks read (etcd ReadView.Rev). */
  rev: number;
}

export function compareToPath(reader: RangeReader, txn: TxnRequest): TxnPath {
  const succeeded = txn.compare.every((c) => applyCompare(reader, c));
  const ops = succeeded ? txn.success : txn.failure;
  const nested = ops.filter((op) => op.type === 'txn').map((op) => compareToPath(reader, op as TxnRequest));
  return { succeeded, nested };
}

/**
 * etcd applyCompare: every key in the compare's range must pass. No key at all compares as
 * a pair of zeros (create = mod = version = lease = 0), except that a value compare on a
 * missing key always fails: gRPC cannot tell a missing value from an empty one.
 */
function applyCompare(reader: RangeReader, c: Compare): boolean {
  const read = reader.range(requestRange(c.key, c.rangeEnd), {});
  if (!read.ok) return false;
  const kvs = read.value.kvs;
  if (kvs.length === 0) {
    if (c.target === 'value') return false;
    return compareKv(c, { key: c.key, value: '', createRevision: 0, modRevision: 0, version: 0, lease: 0 });
  }
  return kvs.every((kv) => compareKv(c, kv));
}

function compareKv(c: Compare, kv: Kv): boolean {
  const order = compareTarget(c, kv);
  switch (c.result) {
    case '=':
      return order === 0;
    case '!=':
      return order !== 0;
    case '>':
      return order > 0;
    case '<':
      return order < 0;
  }
}

function compareTarget(c: Compare, kv: Kv): number {
  const num = typeof c.value === 'number' ? c.value : 0;
  switch (c.target) {
    case 'value':
      return compareKeys(kv.value, typeof c.value === 'string' ? c.value : '');
    case 'create':
      return Math.sign(kv.createRevision - num);
    case 'mod':
      return Math.sign(kv.modRevision - num);
    case 'version':
      return Math.sign(kv.version - num);
    case 'lease':
      return Math.sign(kv.lease - num);
  }
}

/** The ops of the branch `path` chose, each with the path of its own nested txn if it is one. */
function chosenOps(txn: TxnRequest, path: TxnPath): [TxnOpRequest, TxnPath | null][] {
  let nextNested = 0;
  const ops = path.succeeded ? txn.success : txn.failure;
  return ops.map((op) => [op, op.type === 'txn' ? (path.nested[nextNested++] as TxnPath) : null]);
}

/** etcd checkRequests with checkRequestPut over the whole path, then with checkRequestRange. */
export function checkTxn(reader: RangeReader, txn: TxnRequest, path: TxnPath, ctx: TxnContext): string | null {
  return checkOps(txn, path, (op) => checkPut(reader, op, ctx)) ?? checkOps(txn, path, (op) => checkRange(op, ctx));
}

function checkOps(txn: TxnRequest, path: TxnPath, check: (op: TxnOpRequest) => string | null): string | null {
  for (const [op, nested] of chosenOps(txn, path)) {
    const error = nested !== null ? checkOps(op as TxnRequest, nested, check) : check(op);
    if (error !== null) return error;
  }
  return null;
}

function checkPut(reader: RangeReader, op: TxnOpRequest, ctx: TxnContext): string | null {
  if (op.type !== 'put') return null;
  if (op.ignoreValue || op.ignoreLease) {
    const read = reader.range({ key: op.key }, {});
    if (!read.ok) return read.error;
    if (read.value.kvs.length === 0) return ErrKeyNotFound;
  }
  if (op.lease && !ctx.leaseExists(op.lease)) return ErrLeaseNotFound;
  return null;
}

function checkRange(op: TxnOpRequest, ctx: TxnContext): string | null {
  if (op.type !== 'get' || !op.revision) return null;
  if (op.revision > ctx.rev) return ErrFutureRev;
  if (op.revision < ctx.firstRev) return ErrCompacted;
  return null;
}

/**
 * Runs the chosen ops in `txn` (etcd applyTxn). The checks have passed, so no op can fail;
 * the header revision is the txn's: beginRev + 1 if it changed anything, else beginRev.
 */
export function executeTxn(wtx: WriteTxn, txn: TxnRequest, path: TxnPath): TxnResponse {
  const responses: TxnOpResponse[] = [];
  for (const [op, nested] of chosenOps(txn, path)) responses.push(executeOp(wtx, op, nested));
  return { header: { revision: wtx.readRev }, succeeded: path.succeeded, responses };
}

function executeOp(wtx: WriteTxn, op: TxnOpRequest, nested: TxnPath | null): TxnOpResponse {
  switch (op.type) {
    case 'get':
      return unwrap(executeRange(wtx, op));
    case 'put':
      return unwrap(executePut(wtx, op));
    case 'delete':
      return executeDeleteRange(wtx, op);
    case 'txn': {
      // etcd leaves a nested txn's own header empty; its revision reads as 0.
      const response = executeTxn(wtx, op, nested as TxnPath);
      response.header = { revision: 0 };
      return response;
    }
  }
}

/** etcd panics on "unexpected error during txn"; the checks make these unreachable. */
function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`kv: unexpected error during txn: ${outcome.error}`);
  return outcome.value;
}
