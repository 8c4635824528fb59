// Go's encoding/json as etcdctl prints protobuf responses: fields in declaration order,
// zero values left out (omitempty), bytes in base64, uint64 ids as exact decimals.

import type { Kv } from '../sim/trace-types';
import { base64, goJsonString } from './encode';

export type JsonValue = { raw: string };

/** An object from [name, value] pairs; undefined / omitted values are skipped. */
export function obj(fields: readonly (readonly [string, string | undefined])[]): string {
  return `{${fields
    .filter((f): f is readonly [string, string] => f[1] !== undefined)
    .map(([k, v]) => `"${k}":${v}`)
    .join(',')}}`;
}

export function arr(items: readonly string[]): string {
  return `[${items.join(',')}]`;
}

/** A number with omitempty: left out when zero. */
export function num(n: number | bigint | undefined): string | undefined {
  return n === undefined || n === 0 || n === 0n ? undefined : String(n);
}

export function always(n: number | bigint | boolean): string {
  return String(n);
}

export function str(s: string | undefined): string | undefined {
  return s === undefined || s === '' ? undefined : goJsonString(s);
}

export function bytes(s: string | undefined): string | undefined {
  return s === undefined || s === '' ? undefined : `"${base64(s)}"`;
}

export function flag(b: boolean | undefined): string | undefined {
  return b ? 'true' : undefined;
}

/** mvccpb.KeyValue. */
export function kvJson(kv: Kv): string {
  return obj([
    ['key', bytes(kv.key)],
    ['create_revision', num(kv.createRevision)],
    ['mod_revision', num(kv.modRevision)],
    ['version', num(kv.version)],
    ['value', bytes(kv.value)],
    ['lease', num(kv.lease)],
  ]);
}
