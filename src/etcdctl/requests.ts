// put / get / del command lines as etcd requests, with etcdctl's argument checks and error
// texts (put_command.go, get_command.go, del_command.go). Shared by the console's own
// commands and by a txn's request lines.

import type { DeleteOp, GetOp, PutOp, SortTarget } from '../sim/scenario-types';
import { leaseRefOf, parseGoInt64, type FlagValue, type Invocation } from './parse';

/** Keys, values and names the simulator holds (SCENARIO.md: strings of at most 256 characters). */
export const MAX_TEXT = 256;
const FROM_KEY_END = '\0';

export function flagBool(inv: Invocation, name: string): boolean {
  return inv.flags.get(name) === true;
}

export function flagString(inv: Invocation, name: string, def: string): string {
  const v: FlagValue | undefined = inv.flags.get(name);
  return typeof v === 'string' ? v : def;
}

export function flagInt(inv: Invocation, name: string): number {
  const v = inv.flags.get(name);
  return typeof v === 'number' ? v : 0;
}

/** The request a put, get or del line stands for, or etcdctl's error text. */
export function requestOp(inv: Invocation): PutOp | GetOp | DeleteOp | string {
  const name = inv.spec.path[0];
  const op = name === 'put' ? putOp(inv) : name === 'get' ? getOp(inv) : deleteOp(inv);
  if (typeof op === 'string') return op;
  const long = [op.key, 'value' in op ? op.value : '', 'rangeEnd' in op ? (op.rangeEnd ?? '') : ''].find((s) => s.length > MAX_TEXT);
  return long === undefined ? op : `the simulator holds keys and values of at most ${MAX_TEXT} characters`;
}

function putOp(inv: Invocation): PutOp | string {
  const args = inv.args;
  const needs = 'put command needs 1 argument and input from stdin or 2 arguments';
  if (args.length === 0) return needs;
  const ignoreValue = flagBool(inv, 'ignore-value');
  if (ignoreValue && args.length > 1) return "put command needs only 1 argument when 'ignore-value' is set";
  if (!ignoreValue && args.length < 2) return needs;
  const lease = parseGoInt64(flagString(inv, 'lease', '0'), 16);
  if (typeof lease === 'string') return `bad lease ID (${lease}), expecting ID in Hex`;
  const op: PutOp = { type: 'put', key: args[0] as string, value: ignoreValue ? '' : (args[1] as string) };
  // clientv3.WithLease(0) is no lease; any other int64 goes to the server, which knows it or not.
  if (lease !== 0n) op.lease = leaseRefOf(lease);
  if (flagBool(inv, 'prev-kv')) op.prevKv = true;
  if (ignoreValue) op.ignoreValue = true;
  if (flagBool(inv, 'ignore-lease')) op.ignoreLease = true;
  return op;
}

const SORT_TARGETS: Record<string, SortTarget> = { CREATE: 'create', KEY: 'key', MODIFY: 'mod', VALUE: 'value', VERSION: 'version' };

function getOp(inv: Invocation): GetOp | string {
  const args = inv.args;
  if (args.length === 0) return 'get command needs one argument as key and an optional argument as range_end';
  const prefix = flagBool(inv, 'prefix');
  const fromKey = flagBool(inv, 'from-key');
  if (prefix && fromKey) return '`--prefix` and `--from-key` cannot be set at the same time, choose one';
  if (flagBool(inv, 'keys-only') && flagBool(inv, 'count-only')) return '`--keys-only` and `--count-only` cannot be set at the same time, choose one';
  const consistency = flagString(inv, 'consistency', 'l');
  if (consistency !== 'l' && consistency !== 's') return `unknown consistency flag "${consistency}"`;
  if (args.length > 1 && (prefix || fromKey)) return 'too many arguments, only accept one argument when `--prefix` or `--from-key` is set';
  const order = flagString(inv, 'order', '').toUpperCase();
  if (!['', 'ASCEND', 'DESCEND'].includes(order)) return `bad sort order ${flagString(inv, 'order', '')}`;
  const targetName = flagString(inv, 'sort-by', '').toUpperCase();
  const target = targetName === '' ? 'key' : SORT_TARGETS[targetName];
  if (!target) return `bad sort target ${flagString(inv, 'sort-by', '')}`;
  const op: GetOp = { type: 'get', key: args[0] as string };
  if (args.length > 1) op.rangeEnd = args[1] as string;
  applyRange(op, prefix, fromKey);
  const limit = flagInt(inv, 'limit');
  if (limit !== 0) op.limit = limit;
  const rev = flagInt(inv, 'rev');
  if (rev > 0) op.revision = rev;
  // clientv3.WithSort: sorting by key in ascending order is the server's default (none).
  const sortOrder = order === 'ASCEND' ? 'ascend' : order === 'DESCEND' ? 'descend' : 'none';
  if (target !== 'key' || sortOrder === 'descend') {
    op.sortTarget = target;
    op.sortOrder = sortOrder;
  }
  if (consistency === 's') op.serializable = true;
  if (flagBool(inv, 'keys-only')) op.keysOnly = true;
  if (flagBool(inv, 'count-only')) op.countOnly = true;
  return op;
}

function deleteOp(inv: Invocation): DeleteOp | string {
  const args = inv.args;
  if (args.length === 0) return 'del command needs one argument as key and an optional argument as range_end';
  const prefix = flagBool(inv, 'prefix');
  const fromKey = flagBool(inv, 'from-key');
  if (prefix && fromKey) return '`--prefix` and `--from-key` cannot be set at the same time, choose one';
  if (args.length > 1 && (prefix || fromKey)) return 'too many arguments, only accept one argument when `--prefix` or `--from-key` is set';
  const op: DeleteOp = { type: 'delete', key: args[0] as string };
  if (args.length > 1) op.rangeEnd = args[1] as string;
  applyRange(op, prefix, fromKey);
  if (flagBool(inv, 'prev-kv')) op.prevKv = true;
  return op;
}

/** --prefix and --from-key; an empty key with either means every key (etcdctl: key "\x00", from-key). */
function applyRange(op: GetOp | DeleteOp, prefix: boolean, fromKey: boolean): void {
  if ((prefix || fromKey) && op.key === '') {
    op.key = FROM_KEY_END;
    op.rangeEnd = FROM_KEY_END;
  } else if (prefix) op.prefix = true;
  else if (fromKey) op.rangeEnd = FROM_KEY_END;
}
