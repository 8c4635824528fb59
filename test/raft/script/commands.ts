// The script commands that drive nodes: create them, tick them, hand them requests and
// messages, process their Readies, cut links, crash and restart. Each returns the lines it
// prints; what a command changed in roles and terms is printed by the runner (run.ts).

import { Storage, describeMessage, type ConfChange, type Entry, type Message, type NodeId } from '../../../src/raft';
import { listOf, type CommandLine } from './datadriven';
import { ELECTION_TIMEOUT, HEARTBEAT_INTERVAL, type ScriptEnv } from './env';

export type Command = (env: ScriptEnv, cmd: CommandLine, rest: string) => string[];

/** `1` names node n1; any other word names itself. */
export function nodeId(word: string): NodeId {
  return /^\d+$/.test(word) ? `n${word}` : word;
}

function nodesOf(env: ScriptEnv, cmd: CommandLine): NodeId[] {
  return cmd.positional.length > 0 ? cmd.positional.map(nodeId) : [...env.peers.keys()];
}

function one(cmd: CommandLine, k = 0): NodeId {
  const w = cmd.positional[k];
  if (w === undefined) throw new Error(`${cmd.name}: which node?`);
  return nodeId(w);
}

export function flag(cmd: CommandLine, name: string): boolean {
  return cmd.positional.includes(name) || cmd.options.get(name) === 'true';
}

function num(cmd: CommandLine, name: string, fallback: number): number {
  const v = cmd.options.get(name);
  return v === undefined ? fallback : Number(v);
}

/** Log entries for a node's initial storage: one per term listed, data `e<index>`. */
function entriesOf(terms: string[]): Entry[] {
  return terms.map((t, k) => ({ index: k + 1, term: Number(t), type: 'normal' as const, data: `e${k + 1}` }));
}

const addNodes: Command = (env, cmd) => {
  const count = Number(cmd.positional[0] ?? '1');
  const first = env.peers.size + 1;
  const ids = Array.from({ length: count }, (_, k) => `n${first + k}`);
  const voters = cmd.options.has('voters') ? listOf(cmd.options.get('voters')).map(nodeId) : ids;
  const learners = listOf(cmd.options.get('learners')).map(nodeId);
  const out: string[] = [];
  for (const id of ids) {
    const storage = new Storage({ voters: voters.slice().sort(), learners: learners.slice().sort() });
    storage.append(entriesOf(listOf(cmd.options.get('log'))));
    const vote = cmd.options.get('vote');
    storage.hardState = { term: num(cmd, 'term', 0), vote: vote ? nodeId(vote) : '', commit: num(cmd, 'commit', 0) };
    const options = {
      preVote: flag(cmd, 'prevote'),
      checkQuorum: flag(cmd, 'checkquorum'),
      maxInflight: num(cmd, 'max-inflight', 4),
      maxEntriesPerMsg: num(cmd, 'max-entries', 10),
    };
    env.addPeer(id, storage, options);
    out.push(`${id} voters=(${voters.join(' ')}) learners=(${learners.join(' ')}) last ${storage.lastIndex()}/${storage.term(storage.lastIndex()) ?? 0}`);
  }
  return out;
};

/** Starts an election now, as if the timer fired (with PreVote, a pre-vote round first). */
const campaign: Command = (env, cmd) => {
  const id = one(cmd);
  env.node(id).campaignNow(env.peer(id).clock);
  return [];
};

function refusal(err: string | undefined): string[] {
  return err ? [`refused: ${err}`] : [];
}

const propose: Command = (env, cmd, rest) => {
  const id = one(cmd);
  const data = rest.replace(/^\S+\s*/, '');
  return refusal(env.node(id).propose(data, env.peer(id).clock));
};

const proposeConfChange: Command = (env, cmd) => {
  const id = one(cmd);
  const change = cmd.positional[1] as ConfChange['change'];
  if (!['add', 'add-learner', 'remove', 'promote'].includes(change)) throw new Error(`unknown change ${change}`);
  const cc: ConfChange = { change, node: one(cmd, 2) };
  return refusal(env.node(id).proposeConfChange(cc, env.peer(id).clock));
};

const transferLeadership: Command = (env, cmd) => {
  const id = one(cmd);
  env.node(id).transferLeadership(one(cmd, 1), env.peer(id).clock);
  return [];
};

const readIndex: Command = (env, cmd) => {
  const id = one(cmd);
  return refusal(env.node(id).readIndex(cmd.positional[1] ?? 'r', env.peer(id).clock));
};

/** Moves a node's clock by `ms` and ticks it once: the timers that are due fire. */
function tickBy(ms: number): Command {
  return (env, cmd) => {
    const times = num(cmd, 'times', 1);
    for (const id of nodesOf(env, cmd)) {
      const peer = env.peer(id);
      for (let k = 0; k < times; k++) {
        peer.clock += ms;
        env.node(id).tick(peer.clock);
      }
    }
    return [];
  };
}

const processReady: Command = (env, cmd) => {
  const out: string[] = [];
  for (const id of nodesOf(env, cmd)) if (env.peer(id).node) out.push(...env.processReady(id));
  return out;
};

/** The messages a command selects: to the nodes listed, of a type, from a node. */
function selector(cmd: CommandLine): (m: Message) => boolean {
  const to = cmd.positional.map(nodeId);
  const type = cmd.options.get('type');
  const from = cmd.options.get('from');
  return (m) => (to.length === 0 || to.includes(m.to)) && (!type || m.type === type) && (!from || m.from === nodeId(from));
}

const deliverMsgs: Command = (env, cmd) => {
  const msgs = env.take(selector(cmd), num(cmd, 'count', Infinity));
  return msgs.map((m) => env.deliver(m));
};

const dropMsgs: Command = (env, cmd) => {
  const msgs = env.take(selector(cmd), num(cmd, 'count', Infinity));
  return msgs.map((m) => `drop ${describeMessage(m)}`);
};

/** Processes Readies and delivers messages until nothing moves (drops are printed). */
const stabilize: Command = (env, cmd) => {
  const ids = nodesOf(env, cmd);
  const out: string[] = [];
  for (let round = 0; round < 1000; round++) {
    let moved = false;
    for (const id of ids) {
      const lines = env.peer(id).node ? env.processReady(id) : [];
      moved ||= lines.length > 0;
      out.push(...lines);
    }
    for (const m of env.take((m) => ids.includes(m.to))) {
      moved = true;
      const line = env.deliver(m);
      if (line.startsWith('drop ')) out.push(line);
    }
    if (!moved) return out;
  }
  throw new Error('stabilize: still busy after 1000 rounds');
};

const cut: Command = (env, cmd) => {
  const [a, b] = [one(cmd), one(cmd, 1)];
  env.cut.add(`${a}>${b}`).add(`${b}>${a}`);
  return [];
};

const isolate: Command = (env, cmd) => {
  const a = one(cmd);
  for (const b of env.peers.keys()) if (b !== a) env.cut.add(`${a}>${b}`).add(`${b}>${a}`);
  return [];
};

const heal: Command = (env) => {
  env.cut.clear();
  return [];
};

/** Everything not persisted is lost, and so are the messages on their way to the node; those it sent stay in the network. */
const crash: Command = (env, cmd) => {
  const id = one(cmd);
  env.peer(id).node = undefined;
  return env.take((m) => m.to === id).map((m) => `drop ${describeMessage(m)}`);
};

const restart: Command = (env, cmd) => {
  const peer = env.peer(one(cmd));
  env.start(peer, flag(cmd, 'restore-commit'));
  return [];
};

/** The host compacts its persisted log up to an applied index, keeping the state machine's image (§7). */
const compact: Command = (env, cmd) => {
  const id = one(cmd);
  const index = Number(cmd.positional[1]);
  const peer = env.peer(id);
  if (index > env.node(id).applied) throw new Error(`compact: ${index} is not applied yet`);
  const image = peer.applied.filter((a) => a.index <= index);
  peer.storage.compact(index, env.confAt(id, index), image);
  return [`${id} log starts after ${peer.storage.snapshot.meta.index}/${peer.storage.snapshot.meta.term}`];
};

export const DRIVE_COMMANDS: Record<string, Command> = {
  'add-nodes': addNodes,
  campaign,
  propose,
  'propose-conf-change': proposeConfChange,
  'transfer-leadership': transferLeadership,
  'read-index': readIndex,
  'tick-election': tickBy(ELECTION_TIMEOUT),
  'tick-heartbeat': tickBy(HEARTBEAT_INTERVAL),
  'process-ready': processReady,
  'deliver-msgs': deliverMsgs,
  'drop-msgs': dropMsgs,
  stabilize,
  cut,
  isolate,
  heal,
  crash,
  restart,
  compact,
};
