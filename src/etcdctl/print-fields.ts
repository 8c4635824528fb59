// etcdctl's "fields" output (printer_fields.go): one `"Name" : value` line per field.

import type { Kv, OpResult, WatchEvent } from '../sim/trace-types';
import { goQuote } from './encode';
import type { Header } from './header';

export function fieldsHeader(h: Header): string[] {
  return [`"ClusterID" : ${h.clusterId}`, `"MemberID" : ${h.memberId}`, `"Revision" : ${h.revision}`, `"RaftTerm" : ${h.raftTerm}`];
}

/** A nested txn response's header: etcd fills in only its revision. */
function innerHeader(revision: number): Header {
  return { clusterId: 0n, memberId: 0n, revision, raftTerm: 0 };
}

function fieldsKv(kv: Kv, prefix = ''): string[] {
  return [
    `"${prefix}Key" : ${goQuote(kv.key)}`,
    `"${prefix}CreateRevision" : ${kv.createRevision}`,
    `"${prefix}ModRevision" : ${kv.modRevision}`,
    `"${prefix}Version" : ${kv.version}`,
    `"${prefix}Value" : ${goQuote(kv.value)}`,
    `"${prefix}Lease" : ${kv.lease}`,
  ];
}

export function fieldsGet(r: OpResult, h: Header): string[] {
  return [...fieldsHeader(h), ...(r.kvs ?? []).flatMap((kv) => fieldsKv(kv)), `"More" : ${r.more === true}`, `"Count" : ${r.count ?? 0}`];
}

export function fieldsPut(r: OpResult, h: Header): string[] {
  return [...fieldsHeader(h), ...(r.prevKv ? fieldsKv(r.prevKv, 'Prev') : [])];
}

export function fieldsDel(r: OpResult, h: Header): string[] {
  return [...fieldsHeader(h), `"Deleted" : ${r.deleted ?? 0}`, ...(r.prevKvs ?? []).flatMap((kv) => fieldsKv(kv, 'Prev'))];
}

export function fieldsTxn(r: OpResult, h: Header): string[] {
  const out = [...fieldsHeader(h), `"Succeeded" : ${r.succeeded === true}`];
  for (const sub of r.responses ?? []) {
    const ih = innerHeader(sub.header.revision);
    if (sub.deleted !== undefined) out.push(...fieldsDel(sub, ih));
    else if (sub.kvs !== undefined) out.push(...fieldsGet(sub, ih));
    else if (sub.succeeded !== undefined) out.push(...fieldsTxn(sub, ih));
    else out.push(...fieldsPut(sub, ih));
  }
  return out;
}

export function fieldsWatch(events: readonly WatchEvent[], h: Header): string[] {
  return [...fieldsHeader(h), ...events.flatMap((e) => [`"Type" : ${e.type}`, ...(e.prevKv ? fieldsKv(e.prevKv, 'Prev') : []), ...fieldsKv(e.kv)])];
}
