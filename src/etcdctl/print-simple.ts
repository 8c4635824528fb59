// etcdctl's "simple" output (printer_simple.go): what people see by default.

import type { LeaseRef } from '../sim/scenario-types';
import type { Kv, OpResult, WatchEvent } from '../sim/trace-types';
import { hex16 } from './encode';

export interface KvOptions {
  valueOnly?: boolean;
}

function simpleKv(kv: Kv, o: KvOptions = {}): string[] {
  return o.valueOnly ? [kv.value] : [kv.key, kv.value];
}

export function simpleGet(r: OpResult, o: KvOptions = {}): string[] {
  return (r.kvs ?? []).flatMap((kv) => simpleKv(kv, o));
}

export function simplePut(r: OpResult, o: KvOptions = {}): string[] {
  return ['OK', ...(r.prevKv ? simpleKv(r.prevKv, o) : [])];
}

export function simpleDel(r: OpResult, o: KvOptions = {}): string[] {
  return [String(r.deleted ?? 0), ...(r.prevKvs ?? []).flatMap((kv) => simpleKv(kv, o))];
}

/** A txn's nested answers, each after an empty line; which kind each is shows in its fields. */
export function simpleTxn(r: OpResult): string[] {
  const out = [r.succeeded ? 'SUCCESS' : 'FAILURE'];
  for (const sub of r.responses ?? []) {
    out.push('');
    if (sub.deleted !== undefined) out.push(...simpleDel(sub));
    else if (sub.kvs !== undefined) out.push(...simpleGet(sub));
    else if (sub.succeeded !== undefined) out.push(...simpleTxn(sub));
    else out.push(...simplePut(sub));
  }
  return out;
}

export function simpleWatch(events: readonly WatchEvent[]): string[] {
  return events.flatMap((e) => [e.type, ...(e.prevKv ? simpleKv(e.prevKv) : []), ...simpleKv(e.kv)]);
}

export function simpleGrant(id: LeaseRef, ttl: number): string[] {
  return [`lease ${hex16(id)} granted with TTL(${ttl}s)`];
}

export function simpleTimeToLive(r: { id: LeaseRef; ttl: number; grantedTtl: number; keys?: string[] }, withKeys: boolean): string[] {
  if (r.grantedTtl === 0 && r.ttl === -1) return [`lease ${hex16(r.id)} already expired`];
  const keys = withKeys ? `, attached keys([${(r.keys ?? []).join(' ')}])` : '';
  return [`lease ${hex16(r.id)} granted with TTL(${r.grantedTtl}s), remaining(${r.ttl}s)${keys}`];
}

export function simpleLeases(ids: readonly number[]): string[] {
  return [`found ${ids.length} leases`, ...ids.map(hex16)];
}
