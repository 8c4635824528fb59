// One readable line per Raft message and entry, for test scripts (test/raft/testdata) and,
// later, the page: `n1->n2 app t2 prev 3/1 commit 3 [4/2 put x]`. Pure, like the rest of
// src/raft. An entry is `index/term` and its data; a message names only the fields its type
// uses (the same struct serves every type, see Message in types.ts).

import type { ConfChange, ConfState, Entry, HardState, Message, MessageType, Snapshot } from './types';

/** How entry data (opaque to Raft) is written; the default handles strings and conf changes. */
export type DataWriter = (data: unknown) => string;

/** Longest data text shown for one entry: a limit on everything (DESIGN.md). */
const MAX_DATA_CHARS = 40;

const SHORT_TYPE: Record<MessageType, string> = {
  propose: 'prop',
  append: 'app',
  'append-resp': 'app-resp',
  heartbeat: 'hb',
  'heartbeat-resp': 'hb-resp',
  vote: 'vote',
  'vote-resp': 'vote-resp',
  'pre-vote': 'pre-vote',
  'pre-vote-resp': 'pre-vote-resp',
  snapshot: 'snap',
  'timeout-now': 'timeout-now',
  'transfer-leader': 'transfer',
  'read-index': 'read-index',
  'read-index-resp': 'read-index-resp',
};

function describeData(data: unknown): string {
  if (typeof data === 'string') return clip(data);
  if (data === undefined) return '';
  return clip(JSON.stringify(data) ?? String(data));
}

function describeConfChange(cc: ConfChange): string {
  return `${cc.change} ${cc.node}`;
}

/** `4/2 put x`; a leader's empty entry (§8) is `4/2 noop`, a conf entry `5/2 conf add n4`. */
export function describeEntry(e: Entry, data: DataWriter = describeData): string {
  const head = `${e.index}/${e.term}`;
  if (e.type === 'conf') return `${head} conf ${describeConfChange(e.data as ConfChange)}`;
  if (e.data === undefined) return `${head} noop`;
  return `${head} ${data(e.data)}`;
}

export function describeEntries(entries: readonly Entry[], data: DataWriter = describeData): string {
  return `[${entries.map((e) => describeEntry(e, data)).join(', ')}]`;
}

export function describeConf(conf: ConfState): string {
  return `voters=(${conf.voters.join(' ')}) learners=(${conf.learners.join(' ')})`;
}

export function describeHardState(hs: HardState): string {
  return `t${hs.term} vote ${hs.vote || '-'} commit ${hs.commit}`;
}

export function describeSnapshot(s: Snapshot): string {
  return `${s.meta.index}/${s.meta.term} ${describeConf(s.meta.conf)}`;
}

/** `n1->n2 app t2 prev 3/1 commit 3 [4/2 put x]`, `n3->n1 vote-resp t3 rejected`. */
export function describeMessage(m: Message, data: DataWriter = describeData): string {
  const body = [`${m.from}->${m.to}`, SHORT_TYPE[m.type], `t${m.term}`, ...details(m, data)];
  return body.join(' ');
}

function details(m: Message, data: DataWriter): string[] {
  switch (m.type) {
    case 'propose':
      return [describeEntries(m.entries ?? [], data)];
    case 'append':
      return [`prev ${m.index ?? 0}/${m.logTerm ?? 0}`, `commit ${m.commit ?? 0}`, describeEntries(m.entries ?? [], data)];
    case 'append-resp':
      return appendResponse(m);
    case 'heartbeat':
      return [`commit ${m.commit ?? 0}`, ...readRound(m)];
    case 'heartbeat-resp':
      return readRound(m);
    case 'vote':
    case 'pre-vote':
      return [`last ${m.index ?? 0}/${m.logTerm ?? 0}`, ...(m.context ? [m.context] : [])];
    case 'vote-resp':
    case 'pre-vote-resp':
      return [m.reject ? 'rejected' : 'granted'];
    case 'snapshot':
      return m.snapshot ? [describeSnapshot(m.snapshot)] : [];
    case 'timeout-now':
      return [];
    case 'transfer-leader':
      return [`to ${m.context ?? m.from}`];
    case 'read-index':
      return [`ctx ${m.context ?? ''}`];
    case 'read-index-resp':
      return [`idx ${m.index ?? 0}`, `ctx ${m.context ?? ''}`];
  }
}

function appendResponse(m: Message): string[] {
  // A reply without an index is a stale leader being told of a newer term (raft.ts answerLowerTerm).
  if (m.index === undefined) return [];
  if (!m.reject) return [`idx ${m.index}`];
  const hint = `hint ${m.rejectHint ?? 0}/${m.logTerm ?? 0}`;
  return ['rejected', `idx ${m.index}`, hint, ...(m.context ? [m.context] : [])];
}

function readRound(m: Message): string[] {
  return m.context ? [`read ${m.context}`] : [];
}

function clip(s: string): string {
  return s.length > MAX_DATA_CHARS ? `${s.slice(0, MAX_DATA_CHARS - 1)}…` : s;
}
