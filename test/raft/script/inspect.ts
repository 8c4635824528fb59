// Script commands that look at nodes (status, raft-log, applied) and `inject`, which puts a
// hand-written message in the network: a message a real network could still be carrying,
// long delayed or duplicated (§5.3 allows both).

import { describeConf, describeEntry, describeHardState, describeSnapshot, type Entry, type Message, type MessageType } from '../../../src/raft';
import { listOf } from './datadriven';
import { flag, nodeId, type Command } from './commands';

const status: Command = (env, cmd) => {
  const out: string[] = [];
  for (const id of cmd.positional.length > 0 ? cmd.positional.map(nodeId) : [...env.peers.keys()]) {
    const n = env.peer(id).node;
    if (!n) {
      out.push(`${id} down`);
      continue;
    }
    const s = n.status(true);
    out.push(`${id} ${s.role} t${s.term} vote ${s.vote || '-'} lead ${s.lead || '-'} commit ${s.commit} applied ${s.applied} last ${s.lastIndex}`);
    out.push(`  conf ${describeConf(s.conf)}`);
    for (const p of s.progress ?? []) {
      const active = p.recentActive ? ' active' : '';
      out.push(`  ${p.id} ${p.state} match ${p.match} next ${p.next} inflight ${p.inflight}${active}`);
    }
  }
  return out;
};

/** What survives a crash: the persisted hard state, snapshot and entries. */
const raftLog: Command = (env, cmd) => {
  const st = env.peer(nodeId(cmd.positional[0] ?? '')).storage;
  const out = [`hard-state ${describeHardState(st.hardState)}`];
  if (st.snapshot.meta.index > 0) out.push(`snapshot ${describeSnapshot(st.snapshot)}`);
  for (const e of st.slice(st.firstIndex(), st.lastIndex() + 1)) out.push(describeEntry(e));
  return out;
};

/** The state machine of a node: the data it applied, in order. */
const applied: Command = (env, cmd) => {
  const peer = env.peer(nodeId(cmd.positional[0] ?? ''));
  return [peer.applied.length === 0 ? '(nothing)' : peer.applied.map((a) => `${a.index}:${a.data}`).join(' ')];
};

const TYPES: Record<string, MessageType> = {
  app: 'append',
  'app-resp': 'append-resp',
  hb: 'heartbeat',
  'hb-resp': 'heartbeat-resp',
  vote: 'vote',
  'vote-resp': 'vote-resp',
  'pre-vote': 'pre-vote',
  'pre-vote-resp': 'pre-vote-resp',
};

/** `index/term` as two numbers. */
function pair(v: string | undefined): [number, number] {
  const [a = '0', b = '0'] = (v ?? '0/0').split('/');
  return [Number(a), Number(b)];
}

/** `inject 1->3 app term=3 prev=1/1 commit=3 entries=(2/2,3/2)`; entries carry data `e<index>`. */
const inject: Command = (env, cmd) => {
  const [route = '', kind = ''] = cmd.positional;
  const [from = '', to = ''] = route.split('->').map(nodeId);
  const type = TYPES[kind];
  if (!type) throw new Error(`inject: unknown message type ${kind}`);
  const entries: Entry[] = listOf(cmd.options.get('entries')).map((it) => {
    const [index, term] = pair(it);
    return { index, term, type: 'normal', data: `e${index}` };
  });
  const [index, logTerm] = pair(cmd.options.get('prev') ?? cmd.options.get('last'));
  const m: Message = {
    type,
    from,
    to,
    term: Number(cmd.options.get('term') ?? 0),
    index,
    logTerm,
    ...(type === 'append' ? { entries } : {}),
    commit: Number(cmd.options.get('commit') ?? 0),
    ...(flag(cmd, 'reject') ? { reject: true } : {}),
  };
  env.network.push(m);
  return [];
};

export const INSPECT_COMMANDS: Record<string, Command> = {
  status,
  'raft-log': raftLog,
  applied,
  inject,
};
