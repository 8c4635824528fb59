// etcd-shaped answers (TRACE.md `result`) as short readable facts: the fields of etcd's JSON
// (header.revision, kvs with create_revision / mod_revision / version / lease, count,
// succeeded, deleted, prev_kv ...) in the order etcdctl prints them, and a one-line summary
// of each operation for the op list. Pure; the view translates the field names.

import type { ClientOp, TxnInnerOp } from '../../../sim/scenario-types';
import type { Kv, OpResult } from '../../../sim/trace-types';

/** etcd's JSON field names; the view shows them (or their translation) as labels. */
export type FieldName =
  | 'header.revision'
  | 'count'
  | 'more'
  | 'deleted'
  | 'succeeded'
  | 'ID'
  | 'TTL'
  | 'grantedTTL'
  | 'watch_id'
  | 'compact_revision'
  | 'canceled'
  | 'key'
  | 'revision';

export type Fact =
  | { kind: 'field'; name: FieldName; value: string }
  | { kind: 'kv'; name: 'kvs' | 'prev_kv' | 'prev_kvs'; kv: Kv }
  | { kind: 'list'; name: 'keys' | 'leases'; values: string[] }
  | { kind: 'txn-response'; index: number; facts: Fact[] };

/** Lease ids as etcdctl prints and reads them: hexadecimal, exact for any int64 (a decimal string id); 0 means no lease. */
export function leaseHex(id: number | string): string {
  const n = BigInt(id);
  return n < 0n ? `-${(-n).toString(16)}` : n.toString(16);
}

/** Keeps very long values from taking over the panel; the JSON view has them whole. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const SCALAR_FIELDS: [keyof OpResult, FieldName, (v: never) => string][] = [
  ['count', 'count', (v: number) => String(v)],
  ['more', 'more', (v: boolean) => String(v)],
  ['deleted', 'deleted', (v: number) => String(v)],
  ['succeeded', 'succeeded', (v: boolean) => String(v)],
  ['id', 'ID', (v: number) => leaseHex(v)],
  ['ttl', 'TTL', (v: number) => String(v)],
  ['watchId', 'watch_id', (v: number) => String(v)],
  ['compactRevision', 'compact_revision', (v: number) => String(v)],
  ['canceled', 'canceled', (v: boolean) => String(v)],
  ['key', 'key', (v: string) => v],
  ['revision', 'revision', (v: number) => String(v)],
];

/** The facts of one answer, header first, then scalars, then key-values and lists. */
export function resultFacts(result: OpResult, depth = 0): Fact[] {
  const facts: Fact[] = [{ kind: 'field', name: 'header.revision', value: String(result.header.revision) }];
  const extra = result as OpResult & { grantedTtl?: number; keys?: string[]; leases?: { id: number }[] };
  for (const [field, name, show] of SCALAR_FIELDS) {
    const value = result[field];
    if (value !== undefined) facts.push({ kind: 'field', name, value: show(value as never) });
    if (field === 'ttl' && extra.grantedTtl !== undefined) facts.push({ kind: 'field', name: 'grantedTTL', value: String(extra.grantedTtl) });
  }
  for (const kv of result.kvs ?? []) facts.push({ kind: 'kv', name: 'kvs', kv });
  if (result.prevKv) facts.push({ kind: 'kv', name: 'prev_kv', kv: result.prevKv });
  for (const kv of result.prevKvs ?? []) facts.push({ kind: 'kv', name: 'prev_kvs', kv });
  if (Array.isArray(extra.keys)) facts.push({ kind: 'list', name: 'keys', values: extra.keys });
  if (Array.isArray(extra.leases)) facts.push({ kind: 'list', name: 'leases', values: extra.leases.map((l) => leaseHex(l.id)) });
  // Nested txns are bounded by the scenario format (MAX_TXN_DEPTH); stop well before that.
  if (depth < 3) (result.responses ?? []).forEach((r, index) => facts.push({ kind: 'txn-response', index, facts: resultFacts(r, depth + 1) }));
  return facts;
}

/** etcdctl-like one-liners: "put a 1", "get a --prefix --rev=3", "campaign e v1". */
export function opSummary(op: ClientOp | TxnInnerOp): string {
  switch (op.type) {
    case 'put':
      return `put ${quoteKey(op.key)} ${clip(op.value, 24)}${op.lease ? ` --lease=${leaseHex(op.lease)}` : ''}${op.prevKv ? ' --prev-kv' : ''}`;
    case 'get':
      return `get ${quoteKey(op.key)}${op.prefix ? ' --prefix' : ''}${op.revision ? ` --rev=${op.revision}` : ''}${op.serializable ? ' --consistency=s' : ''}`;
    case 'delete':
      return `del ${quoteKey(op.key)}${op.prefix ? ' --prefix' : ''}`;
    case 'txn':
      return clip(txnSummary(op), 96);
    case 'watch':
      return `watch ${quoteKey(op.key)}${op.prefix ? ' --prefix' : ''}${op.startRevision ? ` --rev=${op.startRevision}` : ''}`;
    case 'compact':
      return `compaction ${op.revision}`;
    case 'lease-grant':
      return `lease grant ${op.ttl}${op.id ? ` (ID ${leaseHex(op.id)})` : ''}`;
    case 'lease-revoke':
      return `lease revoke ${leaseHex(op.id)}`;
    case 'lease-keepalive':
      return `lease keep-alive --once ${leaseHex(op.id)}`;
    case 'lease-timetolive':
      return `lease timetolive ${leaseHex(op.id)}${op.keys ? ' --keys' : ''}`;
    case 'lease-leases':
      return 'lease list';
    case 'campaign':
      return `campaign ${quoteKey(op.election)} ${clip(op.value, 24)}`;
    case 'proclaim':
      return `proclaim ${quoteKey(op.election)} ${clip(op.value, 24)}`;
    case 'resign':
    case 'leader':
    case 'observe':
      return `${op.type} ${quoteKey(op.election)}`;
    case 'lock':
    case 'unlock':
      return `${op.type} ${quoteKey(op.name)}`;
  }
}

const COMPARE_NAMES = { create: 'create', mod: 'mod', version: 'ver', value: 'val' } as const;

/** etcdctl txn's own notation: `txn if ver(a) = 1 then put a 2 else get a`. */
function txnSummary(op: Extract<ClientOp, { type: 'txn' }>): string {
  const compares = op.compare.map((c) => `${COMPARE_NAMES[c.target]}(${quoteKey(c.key)}) ${c.result} ${typeof c.value === 'string' ? JSON.stringify(clip(c.value, 16)) : c.value}`);
  const ops = (list: TxnInnerOp[]) => (list.length === 0 ? '—' : list.map(opSummary).join('; '));
  const head = compares.length === 0 ? 'txn' : `txn if ${compares.join(' && ')}`;
  return `${head} then ${ops(op.success)} else ${ops(op.failure)}`;
}

/** An empty key is a real request (etcd refuses it): show it as "" rather than nothing. */
export function quoteKey(key: string): string {
  return key === '' ? '""' : clip(key, 32);
}

/** Milliseconds an answer took, for the op list. */
export function latency(invokedAt: number, returnedAt: number | undefined): number | undefined {
  return returnedAt === undefined ? undefined : Math.max(0, returnedAt - invokedAt);
}
