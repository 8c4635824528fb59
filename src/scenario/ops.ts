// Client operations (SCENARIO.md, "Client operations"), with the etcd request fields
// scenario-types.ts adds for the etcdctl console.
//
// Validation checks the format: shapes, types, lengths, known names. What etcd itself
// answers at run time stays a run-time answer, so that the trace shows the learner etcd's
// own error: an empty key ("etcdserver: key is not provided"), a ttl <= 0, an unknown
// lease, a future or compacted revision, more than 128 ops in a txn.

import type {
  CampaignOp,
  ClientOp,
  Compare,
  CompareResult,
  CompareTarget,
  DeleteOp,
  GetOp,
  LeaseGrantOp,
  LeaseRef,
  LeaseTimeToLiveOp,
  LockOp,
  PutOp,
  SortTarget,
  TxnInnerOp,
  TxnOp,
  WatchOp,
} from '../sim/scenario-types';
import { MAX_LEASE_ID, MAX_STRING, MAX_TXN_DEPTH, MAX_TXN_OPS } from './limits';
import { Fields, boolean, fail, integer, list, oneOf, safeInteger, string, type Reader } from './read';

const shortString = string(MAX_STRING);
export const leaseId = integer(1, MAX_LEASE_ID, 'a lease id: a positive integer below 2^53');

const INT64_DECIMAL = /^-?(0|[1-9][0-9]{0,18})$/;

/**
 * A lease id an op names (extension, scenario-types LeaseRef): a number as leaseId, or any
 * other signed 64-bit id as its exact decimal string (protobuf's JSON form of int64), which
 * etcdctl accepts and the cluster answers "requested lease not found". Each id has one
 * spelling: ids in the number range are numbers.
 */
export const leaseRef: Reader<LeaseRef> = (value, path) => {
  if (typeof value !== 'string') return leaseId(value, path);
  const n = INT64_DECIMAL.test(value) ? BigInt(value) : undefined;
  if (n === undefined || n < -(2n ** 63n) || n >= 2n ** 63n) fail(path, 'expected a lease id: a positive integer below 2^53, or another int64 in decimal as a string');
  if (n >= 1n && n <= BigInt(MAX_LEASE_ID)) fail(path, `expected the lease id ${value} as a number`);
  return value;
};

const OP_TYPES = [
  'put',
  'get',
  'delete',
  'txn',
  'lease-grant',
  'lease-revoke',
  'lease-keepalive',
  'watch',
  'campaign',
  'resign',
  'compact',
  // Extensions: the rest of etcd's election API, its mutex, and lease queries.
  'proclaim',
  'leader',
  'observe',
  'lock',
  'unlock',
  'lease-timetolive',
  'lease-leases',
] as const;
type OpType = (typeof OP_TYPES)[number];
const TXN_INNER_TYPES = ['put', 'get', 'delete', 'txn'] as const;

/** Sets an optional field only when given, so that absent fields stay absent in the JSON. */
function setOptional<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** A request's key range: an explicit end or a prefix, not both (etcd takes one or the other). */
function readKeyRange(op: { rangeEnd?: string; prefix?: boolean }, f: Fields): void {
  setOptional(op, 'rangeEnd', f.optional('rangeEnd', shortString));
  setOptional(op, 'prefix', f.optional('prefix', boolean));
  if (op.rangeEnd !== undefined && op.prefix === true) fail(f.path, 'rangeEnd and prefix cannot both be given');
}

const OP_FIELDS: Record<OpType, readonly string[]> = {
  put: ['key', 'value', 'lease', 'prevKv', 'ignoreValue', 'ignoreLease'],
  get: ['key', 'rangeEnd', 'prefix', 'revision', 'serializable', 'limit', 'sortTarget', 'sortOrder', 'keysOnly', 'countOnly', 'minModRevision', 'maxModRevision', 'minCreateRevision', 'maxCreateRevision'],
  delete: ['key', 'rangeEnd', 'prefix', 'prevKv'],
  txn: ['compare', 'success', 'failure'],
  'lease-grant': ['ttl', 'id'],
  'lease-revoke': ['id'],
  'lease-keepalive': ['id'],
  watch: ['key', 'prefix', 'startRevision', 'rangeEnd', 'prevKv'],
  campaign: ['election', 'value', 'ttl'],
  resign: ['election'],
  compact: ['revision'],
  proclaim: ['election', 'value'],
  leader: ['election'],
  observe: ['election'],
  lock: ['name', 'ttl'],
  unlock: ['name'],
  'lease-timetolive': ['id', 'keys'],
  'lease-leases': [],
};

function readPut(f: Fields): PutOp {
  const op: PutOp = { type: 'put', key: f.required('key', shortString), value: f.required('value', shortString) };
  setOptional(op, 'lease', f.optional('lease', leaseRef));
  setOptional(op, 'prevKv', f.optional('prevKv', boolean));
  setOptional(op, 'ignoreValue', f.optional('ignoreValue', boolean));
  setOptional(op, 'ignoreLease', f.optional('ignoreLease', boolean));
  return op;
}

const SORT_TARGETS: readonly SortTarget[] = ['key', 'create', 'mod', 'version', 'value'];

function readGet(f: Fields): GetOp {
  const op: GetOp = { type: 'get', key: f.required('key', shortString) };
  readKeyRange(op, f);
  setOptional(op, 'revision', f.optional('revision', safeInteger));
  setOptional(op, 'serializable', f.optional('serializable', boolean));
  setOptional(op, 'limit', f.optional('limit', safeInteger));
  setOptional(op, 'sortTarget', f.optional('sortTarget', oneOf(SORT_TARGETS)));
  setOptional(op, 'sortOrder', f.optional('sortOrder', oneOf(['none', 'ascend', 'descend'] as const)));
  setOptional(op, 'keysOnly', f.optional('keysOnly', boolean));
  setOptional(op, 'countOnly', f.optional('countOnly', boolean));
  for (const key of ['minModRevision', 'maxModRevision', 'minCreateRevision', 'maxCreateRevision'] as const) {
    setOptional(op, key, f.optional(key, safeInteger));
  }
  return op;
}

function readDelete(f: Fields): DeleteOp {
  const op: DeleteOp = { type: 'delete', key: f.required('key', shortString) };
  readKeyRange(op, f);
  setOptional(op, 'prevKv', f.optional('prevKv', boolean));
  return op;
}

function readWatch(f: Fields): WatchOp {
  const op: WatchOp = { type: 'watch', key: f.required('key', shortString) };
  readKeyRange(op, f);
  setOptional(op, 'startRevision', f.optional('startRevision', safeInteger));
  setOptional(op, 'prevKv', f.optional('prevKv', boolean));
  return op;
}

const COMPARE_TARGETS: readonly CompareTarget[] = ['create', 'mod', 'version', 'value'];
const COMPARE_RESULTS: readonly CompareResult[] = ['=', '!=', '<', '>'];

/** A txn compare: `value` is a string when comparing values, a revision or version number otherwise. */
const readCompare: Reader<Compare> = (value, path) => {
  const f = Fields.open(value, path).rejectUnknown(['key', 'target', 'result', 'value', 'rangeEnd']);
  const key = f.required('key', shortString);
  const target = f.required('target', oneOf(COMPARE_TARGETS));
  const result = f.required('result', oneOf(COMPARE_RESULTS));
  const compared = f.required('value', (value, path) => {
    if (target === 'value' && typeof value !== 'string') fail(path, 'expected a string: target "value" compares values');
    if (target !== 'value' && typeof value !== 'number') fail(path, `expected a number: target "${target}" compares ${target === 'version' ? 'versions' : 'revisions'}`);
    return target === 'value' ? shortString(value, path) : safeInteger(value, path);
  });
  const compare: Compare = { key, target, result, value: compared };
  setOptional(compare, 'rangeEnd', f.optional('rangeEnd', shortString));
  return compare;
};

function readTxn(f: Fields, depth: number): TxnOp {
  const readOps = list(MAX_TXN_OPS, (value, path) => readOp(value, path, depth + 1, TXN_INNER_TYPES) as TxnInnerOp);
  return {
    type: 'txn',
    compare: f.required('compare', list(MAX_TXN_OPS, readCompare)),
    success: f.required('success', readOps),
    failure: f.required('failure', readOps),
  };
}

function readOpFields(type: OpType, f: Fields, depth: number): ClientOp {
  switch (type) {
    case 'put':
      return readPut(f);
    case 'get':
      return readGet(f);
    case 'delete':
      return readDelete(f);
    case 'txn':
      return readTxn(f, depth);
    case 'watch':
      return readWatch(f);
    case 'lease-grant': {
      const op: LeaseGrantOp = { type, ttl: f.required('ttl', safeInteger) };
      setOptional(op, 'id', f.optional('id', leaseId));
      return op;
    }
    case 'lease-revoke':
    case 'lease-keepalive':
      return { type, id: f.required('id', leaseRef) };
    case 'campaign': {
      const op: CampaignOp = { type, election: f.required('election', shortString), value: f.required('value', shortString) };
      setOptional(op, 'ttl', f.optional('ttl', safeInteger));
      return op;
    }
    case 'resign':
      return { type, election: f.required('election', shortString) };
    case 'compact':
      return { type, revision: f.required('revision', safeInteger) };
    default:
      return readExtensionOp(type, f);
  }
}

function readExtensionOp(type: Exclude<OpType, 'put' | 'get' | 'delete' | 'txn' | 'watch' | 'lease-grant' | 'lease-revoke' | 'lease-keepalive' | 'campaign' | 'resign' | 'compact'>, f: Fields): ClientOp {
  switch (type) {
    case 'proclaim':
      return { type, election: f.required('election', shortString), value: f.required('value', shortString) };
    case 'leader':
    case 'observe':
      return { type, election: f.required('election', shortString) };
    case 'lock': {
      const op: LockOp = { type, name: f.required('name', shortString) };
      setOptional(op, 'ttl', f.optional('ttl', safeInteger));
      return op;
    }
    case 'unlock':
      return { type, name: f.required('name', shortString) };
    case 'lease-timetolive': {
      const op: LeaseTimeToLiveOp = { type, id: f.required('id', leaseRef) };
      setOptional(op, 'keys', f.optional('keys', boolean));
      return op;
    }
    case 'lease-leases':
      return { type };
  }
}

function readOp(value: unknown, path: string, depth: number, allowed: readonly OpType[]): ClientOp {
  if (depth > MAX_TXN_DEPTH) fail(path, `txns nested more than ${MAX_TXN_DEPTH} deep`);
  const f = Fields.open(value, path);
  const type = f.required('type', oneOf(OP_TYPES, 'operation'));
  if (!allowed.includes(type)) fail(f.pathOf('type'), `a txn may hold only ${TXN_INNER_TYPES.join(', ')}`);
  f.rejectUnknown(['type', ...OP_FIELDS[type]]);
  return readOpFields(type, f, depth);
}

/** A client step's `op`. */
export const readClientOp: Reader<ClientOp> = (value, path) => readOp(value, path, 0, OP_TYPES);
