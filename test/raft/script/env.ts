// The world a script runs in: Raft nodes with their storage and a clock each, and one
// network queue. Nothing happens by itself: a node only acts when the script ticks it,
// hands it a message or processes its Ready, so every step is visible in the output
// (the idea of etcd-io/raft's rafttest interaction environment).

import {
  RaftNode,
  confAt,
  describeEntries,
  describeEntry,
  describeHardState,
  describeMessage,
  describeSnapshot,
  type ConfChange,
  type Entry,
  type Message,
  type NodeId,
  type Storage,
} from '../../../src/raft';

export interface NodeOptions {
  preVote: boolean;
  checkQuorum: boolean;
  maxInflight: number;
  maxEntriesPerMsg: number;
}

/** Virtual milliseconds. The election timeout is not randomized: scripts tick explicitly. */
export const ELECTION_TIMEOUT = 100;
export const HEARTBEAT_INTERVAL = 10;

export interface Peer {
  readonly id: NodeId;
  /** Undefined while the node is crashed. */
  node: RaftNode | undefined;
  readonly storage: Storage;
  readonly options: NodeOptions;
  clock: number;
  /** The state machine: every entry applied with data, in order (a snapshot restores it). */
  applied: Applied[];
}

export interface Applied {
  readonly index: number;
  readonly data: string;
}

export class ScriptEnv {
  readonly peers = new Map<NodeId, Peer>();
  /** Messages sent and not yet delivered or dropped, in send order. */
  network: Message[] = [];
  /** Links `from>to` that lose every message. */
  readonly cut = new Set<string>();

  addPeer(id: NodeId, storage: Storage, options: NodeOptions): Peer {
    const peer: Peer = { id, node: undefined, storage, options, clock: 0, applied: [] };
    this.peers.set(id, peer);
    this.start(peer);
    return peer;
  }

  peer(id: NodeId): Peer {
    const p = this.peers.get(id);
    if (!p) throw new Error(`no node ${id}`);
    return p;
  }

  /** The running node, or an error that the script prints. */
  node(id: NodeId): RaftNode {
    const n = this.peer(id).node;
    if (!n) throw new Error(`${id} is down`);
    return n;
  }

  start(peer: Peer, restoreCommit = false): void {
    const o = peer.options;
    const cfg = {
      id: peer.id,
      electionTimeout: [ELECTION_TIMEOUT, ELECTION_TIMEOUT] as const,
      heartbeatInterval: HEARTBEAT_INTERVAL,
      preVote: o.preVote,
      checkQuorum: o.checkQuorum,
      maxInflight: o.maxInflight,
      maxEntriesPerMsg: o.maxEntriesPerMsg,
      randomInt: (min: number) => min,
    };
    peer.node = new RaftNode(cfg, peer.storage, peer.clock, restoreCommit);
    // A restarted state machine is rebuilt from the snapshot; the log replays the rest (§7).
    const image = peer.storage.snapshot.data;
    peer.applied = Array.isArray(image) ? (image as Applied[]).slice() : [];
  }

  /** One Ready, handled as the contract says: persist, send, apply, advance (ready.ts). */
  processReady(id: NodeId): string[] {
    const peer = this.peer(id);
    const n = this.node(id);
    if (!n.hasReady()) return [];
    const rd = n.ready();
    const out = [`> ${id} ready`];
    if (rd.hardState) {
      peer.storage.hardState = rd.hardState;
      out.push(`  hard-state ${describeHardState(rd.hardState)}`);
    }
    if (rd.snapshot) {
      peer.storage.installSnapshot(rd.snapshot);
      out.push(`  persist snapshot ${describeSnapshot(rd.snapshot)}`);
    }
    if (rd.entries.length > 0) {
      peer.storage.append(rd.entries);
      out.push(`  persist ${describeEntries(rd.entries)}`);
    }
    for (const m of rd.messages) {
      this.network.push(m);
      out.push(`  send ${describeMessage(m)}`);
    }
    if (rd.snapshot) {
      peer.applied = ((rd.snapshot.data as Applied[] | undefined) ?? []).slice();
      out.push(`  restore ${rd.snapshot.meta.index}/${rd.snapshot.meta.term}`);
    }
    for (const e of rd.committedEntries) out.push(`  apply ${this.apply(peer, n, e)}`);
    for (const rs of rd.readStates) out.push(`  read-state idx ${rs.index} ctx ${rs.context}`);
    n.advance(rd);
    return out;
  }

  private apply(peer: Peer, n: RaftNode, e: Entry): string {
    if (e.type === 'conf') n.applyConfChange(e.data as ConfChange, e.index);
    else if (e.data !== undefined) peer.applied.push({ index: e.index, data: String(e.data) });
    return describeEntry(e);
  }

  /** Why a message in the network cannot arrive, if it cannot. */
  lostBecause(m: Message): string | undefined {
    if (this.cut.has(`${m.from}>${m.to}`)) return 'cut';
    const to = this.peers.get(m.to);
    if (!to) return 'no such node';
    if (!to.node) return 'down';
    return undefined;
  }

  /** Delivers one message now (it must have left the network already). */
  deliver(m: Message): string {
    const why = this.lostBecause(m);
    if (why) return `drop ${describeMessage(m)} (${why})`;
    const peer = this.peer(m.to);
    this.node(m.to).step(m, peer.clock);
    return describeMessage(m);
  }

  /** Takes out of the network, in order, the messages `select` picks (at most `limit`). */
  take(select: (m: Message) => boolean, limit = Infinity): Message[] {
    const taken: Message[] = [];
    this.network = this.network.filter((m) => {
      if (taken.length >= limit || !select(m)) return true;
      taken.push(m);
      return false;
    });
    return taken;
  }

  /** A compact snapshot of each node's role and term, to print what a command changed. */
  summary(): Map<NodeId, string> {
    const out = new Map<NodeId, string>();
    for (const [id, p] of this.peers) {
      const n = p.node;
      out.set(id, n ? `${n.role} t${n.term} vote ${n.vote || '-'} lead ${n.lead || '-'}` : 'down');
    }
    return out;
  }

  /** The configuration as of `index` of a node's persisted log, for a snapshot taken there. */
  confAt(id: NodeId, index: number) {
    return confAt(this.peer(id).storage, index).conf;
  }
}
