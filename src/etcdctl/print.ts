// One answer printed in the chosen output format (-w simple / json / fields / table), as
// etcdctl's printers do; a format a command cannot print is etcdctl's error
// "<format> not supported as output format" (printerUnsupported), raised after the request
// ran, as in etcdctl.

import type { LeaseRef } from '../sim/scenario-types';
import type { Kv, OpResult, WatchEvent } from '../sim/trace-types';
import { hex16, humanBytes } from './encode';
import type { Header } from './header';
import { always, arr, bytes, flag, kvJson, num, obj, str } from './json';
import { fieldsDel, fieldsGet, fieldsHeader, fieldsPut, fieldsTxn, fieldsWatch } from './print-fields';
import { simpleDel, simpleGet, simpleGrant, simpleLeases, simplePut, simpleTimeToLive, simpleTxn, simpleWatch } from './print-simple';
import { table } from './print-table';
import { memberJson } from './print-members';

export type OutputFormat = 'simple' | 'json' | 'fields' | 'table';
export const OUTPUT_FORMATS: readonly string[] = ['simple', 'json', 'fields', 'table'];

export interface MemberInfo {
  id: bigint;
  name: string;
  peerUrls: string[];
  clientUrls: string[];
  isLearner: boolean;
}

export interface EndpointStatus {
  ep: string;
  header: Header;
  version: string;
  dbSize: number;
  dbSizeInUse: number;
  leader: bigint;
  isLearner: boolean;
  raftIndex: number;
  raftTerm: number;
  raftAppliedIndex: number;
  errors: string[];
}

export interface EndpointHealth {
  ep: string;
  health: boolean;
  took: string;
  error?: string;
}

export type Shown =
  | { kind: 'put'; r: OpResult }
  | { kind: 'get'; r: OpResult; valueOnly?: boolean }
  | { kind: 'del'; r: OpResult }
  | { kind: 'txn'; r: OpResult }
  | { kind: 'watch'; events: WatchEvent[] }
  | { kind: 'grant'; id: LeaseRef; ttl: number }
  | { kind: 'revoke'; id: LeaseRef }
  | { kind: 'keepalive'; id: LeaseRef; ttl: number }
  | { kind: 'timetolive'; id: LeaseRef; ttl: number; grantedTtl: number; keys?: string[]; withKeys: boolean }
  | { kind: 'leases'; ids: number[] }
  | { kind: 'members'; members: MemberInfo[] }
  | { kind: 'status'; list: EndpointStatus[] }
  | { kind: 'health'; list: EndpointHealth[] }
  | { kind: 'move-leader'; from: bigint; to: bigint };

/** Output lines, and lines etcdctl writes to standard error (an unhealthy endpoint). */
export interface Printed {
  out: string[];
  err?: string[];
}

export class UnsupportedFormat extends Error {}

export function print(shown: Shown, format: OutputFormat, h: Header): Printed {
  switch (format) {
    case 'simple':
      return printSimple(shown);
    case 'json':
      return { out: [printJson(shown, h)] };
    case 'fields':
      return { out: printFields(shown, h) };
    case 'table':
      return { out: printTable(shown) };
  }
}

function printSimple(s: Shown): Printed {
  switch (s.kind) {
    case 'put':
      return { out: simplePut(s.r) };
    case 'get':
      return { out: simpleGet(s.r, { valueOnly: s.valueOnly ?? false }) };
    case 'del':
      return { out: simpleDel(s.r) };
    case 'txn':
      return { out: simpleTxn(s.r) };
    case 'watch':
      return { out: simpleWatch(s.events) };
    case 'grant':
      return { out: simpleGrant(s.id, s.ttl) };
    case 'revoke':
      return { out: [`lease ${hex16(s.id)} revoked`] };
    case 'keepalive':
      return { out: [`lease ${hex16(s.id)} keepalived with TTL(${s.ttl})`] };
    case 'timetolive':
      return { out: simpleTimeToLive(s, s.withKeys) };
    case 'leases':
      return { out: simpleLeases(s.ids) };
    case 'members':
      return { out: memberRows(s.members).map((r) => r.join(', ')) };
    case 'status':
      return { out: statusRows(s.list).map((r) => r.join(', ')) };
    case 'health': {
      const out = s.list.filter((e) => e.health).map((e) => `${e.ep} is healthy: successfully committed proposal: took = ${e.took}`);
      const err = s.list.filter((e) => !e.health).map((e) => `${e.ep} is unhealthy: failed to commit proposal: ${e.error ?? ''}`);
      return { out, ...(err.length > 0 ? { err } : {}) };
    }
    case 'move-leader':
      return { out: [`Leadership transferred from ${s.from.toString(16)} to ${s.to.toString(16)}`] };
  }
}

function headerJson(h: Header, withRevision = true): string {
  return obj([
    ['cluster_id', num(h.clusterId)],
    ['member_id', num(h.memberId)],
    ['revision', withRevision ? num(h.revision) : undefined],
    ['raft_term', num(h.raftTerm)],
  ]);
}

/** The header's fields inlined (clientv3 lease responses embed *pb.ResponseHeader). */
function flatHeader(h: Header): [string, string | undefined][] {
  return [
    ['cluster_id', num(h.clusterId)],
    ['member_id', num(h.memberId)],
    ['revision', num(h.revision)],
    ['raft_term', num(h.raftTerm)],
  ];
}

function printJson(s: Shown, h: Header): string {
  switch (s.kind) {
    case 'put':
    case 'get':
    case 'del':
    case 'txn':
      return resultJson(s.r, headerJson(h));
    case 'watch':
      return obj([
        ['Header', headerJson(h)],
        ['Events', arr(s.events.map(eventJson))],
        ['CompactRevision', '0'],
        ['Canceled', 'false'],
        ['Created', 'false'],
      ]);
    case 'grant':
      return obj([...flatHeader(h), ['ID', always(BigInt(s.id))], ['TTL', always(s.ttl)], ['Error', '""']]);
    case 'revoke':
      return obj([['header', headerJson(h)]]);
    case 'keepalive':
      return obj([...flatHeader(h), ['ID', always(BigInt(s.id))], ['TTL', always(s.ttl)]]);
    case 'timetolive':
      return obj([...flatHeader(h), ['id', always(BigInt(s.id))], ['ttl', always(s.ttl)], ['granted-ttl', always(s.grantedTtl)], ['keys', s.keys && s.keys.length > 0 ? arr(s.keys.map((k) => bytes(k) as string)) : 'null']]);
    case 'leases':
      return obj([...flatHeader(h), ['leases', arr(s.ids.map((id) => obj([['id', always(id)]])))]]);
    case 'members':
      return obj([
        ['header', headerJson(h, false)],
        ['members', arr(s.members.map(memberJson))],
      ]);
    case 'status':
      return arr(s.list.map(statusJson));
    case 'health':
      return arr(s.list.map((e) => obj([['endpoint', str(e.ep)], ['health', always(e.health)], ['took', str(e.took)], ['error', str(e.error)]])));
    case 'move-leader':
      return obj([['header', headerJson(h)]]);
  }
}

/** A kv response as etcdserverpb marshals it; a txn's nested responses in their oneof wrappers. */
function resultJson(r: OpResult, header: string): string {
  return obj([
    ['header', header],
    ['prev_kv', r.prevKv ? kvJson(r.prevKv) : undefined],
    ['kvs', r.kvs && r.kvs.length > 0 ? arr(r.kvs.map(kvJson)) : undefined],
    ['deleted', num(r.deleted)],
    ['prev_kvs', r.prevKvs && r.prevKvs.length > 0 ? arr(r.prevKvs.map(kvJson)) : undefined],
    ['more', flag(r.more)],
    ['count', num(r.count)],
    ['succeeded', flag(r.succeeded)],
    ['responses', r.responses && r.responses.length > 0 ? arr(r.responses.map(responseOpJson)) : undefined],
  ]);
}

function responseOpJson(r: OpResult): string {
  const inner = resultJson(r, obj([['revision', num(r.header.revision)]]));
  const name = r.deleted !== undefined ? 'ResponseDeleteRange' : r.kvs !== undefined ? 'ResponseRange' : r.succeeded !== undefined ? 'ResponseTxn' : 'ResponsePut';
  return obj([['Response', obj([[name, inner]])]]);
}

function eventJson(e: WatchEvent): string {
  return obj([
    ['type', e.type === 'DELETE' ? '1' : undefined],
    ['kv', kvJson(e.kv)],
    ['prev_kv', e.prevKv ? kvJson(e.prevKv) : undefined],
  ]);
}

function statusJson(e: EndpointStatus): string {
  const status = obj([
    ['header', headerJson(e.header)],
    ['version', str(e.version)],
    ['dbSize', num(e.dbSize)],
    ['leader', num(e.leader)],
    ['raftIndex', num(e.raftIndex)],
    ['raftTerm', num(e.raftTerm)],
    ['raftAppliedIndex', num(e.raftAppliedIndex)],
    ['errors', e.errors.length > 0 ? arr(e.errors.map((x) => str(x) as string)) : undefined],
    ['dbSizeInUse', num(e.dbSizeInUse)],
    ['isLearner', flag(e.isLearner)],
  ]);
  return obj([
    ['Endpoint', str(e.ep)],
    ['Status', status],
  ]);
}

function printFields(s: Shown, h: Header): string[] {
  switch (s.kind) {
    case 'put':
      return fieldsPut(s.r, h);
    case 'get':
      return fieldsGet(s.r, h);
    case 'del':
      return fieldsDel(s.r, h);
    case 'txn':
      return fieldsTxn(s.r, h);
    case 'watch':
      return fieldsWatch(s.events, h);
    case 'grant':
    case 'keepalive':
      return [...fieldsHeader(h), `"ID" : ${s.id}`, `"TTL" : ${s.ttl}`];
    case 'revoke':
      return fieldsHeader(h);
    case 'timetolive':
      return [...fieldsHeader(h), `"ID" : ${s.id}`, `"TTL" : ${s.ttl}`, `"GrantedTTL" : ${s.grantedTtl}`, ...(s.keys ?? []).map((k) => `"Key" : ${JSON.stringify(k)}`)];
    case 'leases':
      return [...fieldsHeader(h), ...s.ids.map((id) => `"ID" : ${id}`)];
    case 'members':
      return [...fieldsHeader({ ...h, revision: 0 }), ...s.members.flatMap(memberFields)];
    case 'status':
      return s.list.flatMap(statusFields);
    case 'health':
      return s.list.flatMap((e) => [`"Endpoint" : ${JSON.stringify(e.ep)}`, `"Health" : ${e.health}`, `"Took" : ${e.took}`, `"Error" : ${e.error ?? ''}`, '']);
    case 'move-leader':
      throw new UnsupportedFormat('fields');
  }
}

function memberFields(m: MemberInfo): string[] {
  return [`"ID" : ${m.id}`, `"Name" : ${JSON.stringify(m.name)}`, ...m.peerUrls.map((u) => `"PeerURL" : ${JSON.stringify(u)}`), ...m.clientUrls.map((u) => `"ClientURL" : ${JSON.stringify(u)}`), `"IsLearner" : ${m.isLearner}`, ''];
}

function statusFields(e: EndpointStatus): string[] {
  return [
    ...fieldsHeader(e.header),
    `"Version" : ${JSON.stringify(e.version)}`,
    `"DBSize" : ${e.dbSize}`,
    `"Leader" : ${e.leader}`,
    `"IsLearner" : ${e.isLearner}`,
    `"RaftIndex" : ${e.raftIndex}`,
    `"RaftTerm" : ${e.raftTerm}`,
    `"RaftAppliedIndex" : ${e.raftAppliedIndex}`,
    `"Errors" : [${e.errors.join(' ')}]`,
    `"Endpoint" : ${JSON.stringify(e.ep)}`,
    '',
  ];
}

function printTable(s: Shown): string[] {
  switch (s.kind) {
    case 'members':
      return table(['ID', 'Status', 'Name', 'Peer Addrs', 'Client Addrs', 'Is Learner'], memberRows(s.members));
    case 'status':
      return table(['endpoint', 'ID', 'version', 'db size', 'is leader', 'is learner', 'raft term', 'raft index', 'raft applied index', 'errors'], statusRows(s.list));
    case 'health':
      return table(['endpoint', 'health', 'took', 'error'], s.list.map((e) => [e.ep, String(e.health), e.took, e.error ?? '']));
    default:
      throw new UnsupportedFormat('table');
  }
}

function memberRows(members: readonly MemberInfo[]): string[][] {
  return members.map((m) => [m.id.toString(16), m.name ? 'started' : 'unstarted', m.name, m.peerUrls.join(','), m.clientUrls.join(','), String(m.isLearner)]);
}

function statusRows(list: readonly EndpointStatus[]): string[][] {
  return list.map((e) => [
    e.ep,
    e.header.memberId.toString(16),
    e.version,
    humanBytes(e.dbSize),
    String(e.leader === e.header.memberId),
    String(e.isLearner),
    String(e.raftTerm),
    String(e.raftIndex),
    String(e.raftAppliedIndex),
    e.errors.join(', '),
  ]);
}

export type { Kv };
