// What etcdctl prints for member add / remove / promote (member_command.go and the simple
// and json printers): a sentence with the ids in %16x (space-padded), for member add the
// ETCD_* settings to start the new member with, or the response as json. The fields and
// table printers have no member changes: etcdctl says "<format> not supported as output
// format" after the change is made.

import type { Header } from './header';
import { always, arr, num, obj, str, flag } from './json';
import type { MemberInfo, OutputFormat } from './print';

export type MemberChangeShown =
  | { kind: 'member-add'; name: string; member: MemberInfo; members: MemberInfo[] }
  | { kind: 'member-remove'; id: bigint; members: MemberInfo[] }
  | { kind: 'member-promote'; id: bigint; members: MemberInfo[] };

/** Go's %16x: lower-case hex, padded with spaces to 16 characters. */
function hex16Padded(id: bigint): string {
  return id.toString(16).padStart(16, ' ');
}

/** The lines, or the format etcdctl cannot print this in. */
export function printMemberChange(s: MemberChangeShown, format: OutputFormat, h: Header): string[] | { unsupported: OutputFormat } {
  if (format === 'json') return [memberChangeJson(s, h)];
  if (format !== 'simple') return { unsupported: format };
  const cluster = hex16Padded(h.clusterId);
  switch (s.kind) {
    case 'member-add':
      return [`Member ${hex16Padded(s.member.id)} added to cluster ${cluster}`, '', ...startSettings(s)];
    case 'member-remove':
      return [`Member ${hex16Padded(s.id)} removed from cluster ${cluster}`];
    case 'member-promote':
      return [`Member ${hex16Padded(s.id)} promoted in cluster ${cluster}`];
  }
}

/** What the new member must be started with to join (etcdctl prints them for the operator). */
function startSettings(s: Extract<MemberChangeShown, { kind: 'member-add' }>): string[] {
  const cluster = s.members.flatMap((m) => m.peerUrls.map((u) => `${m.id === s.member.id ? s.name : m.name}=${u}`));
  return [`ETCD_NAME=${JSON.stringify(s.name)}`, `ETCD_INITIAL_CLUSTER=${JSON.stringify(cluster.join(','))}`, `ETCD_INITIAL_ADVERTISE_PEER_URLS=${JSON.stringify(s.member.peerUrls.join(','))}`, 'ETCD_INITIAL_CLUSTER_STATE="existing"'];
}

function memberChangeJson(s: MemberChangeShown, h: Header): string {
  const header = obj([
    ['cluster_id', num(h.clusterId)],
    ['member_id', num(h.memberId)],
    ['raft_term', num(h.raftTerm)],
  ]);
  return obj([
    ['header', header],
    ['member', s.kind === 'member-add' ? memberJson(s.member) : undefined],
    ['members', arr(s.members.map(memberJson))],
  ]);
}

/** etcdserverpb.Member: empty name and URL lists left out (an unstarted member has neither name nor client URLs). */
export function memberJson(m: MemberInfo): string {
  return obj([
    ['ID', always(m.id)],
    ['name', str(m.name)],
    ['peerURLs', m.peerUrls.length > 0 ? arr(m.peerUrls.map((u) => str(u) as string)) : undefined],
    ['clientURLs', m.clientUrls.length > 0 ? arr(m.clientUrls.map((u) => str(u) as string)) : undefined],
    ['isLearner', flag(m.isLearner)],
  ]);
}
