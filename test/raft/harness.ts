// A tiny synchronous network of Raft nodes for rule-level tests, in the spirit of
// etcd-io/raft's rafttest: messages are queued and delivered one by one, in order,
// unless a test drops or cuts them. Time only moves when a test says so.

import { RaftNode, Storage, type Entry, type Message, type RaftBugs, type RaftConfig } from '../../src/raft';
import { Rng } from '../../src/sim/prng';

export interface HarnessOptions {
  preVote?: boolean;
  checkQuorum?: boolean;
  electionTimeout?: [number, number];
  bugs?: RaftBugs;
  maxEntriesPerMsg?: number;
}

export class Harness {
  nodes = new Map<string, RaftNode>();
  storages = new Map<string, Storage>();
  queue: Message[] = [];
  now = 0;
  cut = new Set<string>();
  down = new Set<string>();
  applied = new Map<string, Entry[]>();
  readStates = new Map<string, { index: number; context: string }[]>();
  /** Messages for which this returns true are lost. */
  dropIf: (m: Message) => boolean = () => false;
  private rngs = new Map<string, Rng>();

  constructor(
    readonly ids: string[],
    readonly opts: HarnessOptions = {},
  ) {
    for (const id of ids) {
      this.storages.set(id, new Storage({ voters: ids, learners: [] }));
      this.rngs.set(id, new Rng(1, id));
      this.start(id);
    }
  }

  config(id: string): RaftConfig {
    const rng = this.rngs.get(id) as Rng;
    return {
      id,
      electionTimeout: this.opts.electionTimeout ?? [100, 200],
      heartbeatInterval: 20,
      preVote: this.opts.preVote ?? false,
      checkQuorum: this.opts.checkQuorum ?? false,
      maxInflight: 4,
      maxEntriesPerMsg: this.opts.maxEntriesPerMsg ?? 3,
      randomInt: (a, b) => rng.int(a, b),
      ...(this.opts.bugs ? { bugs: this.opts.bugs } : {}),
    };
  }

  start(id: string, restoreCommit = false): void {
    this.down.delete(id);
    this.applied.set(id, []);
    this.nodes.set(id, new RaftNode(this.config(id), this.storages.get(id) as Storage, this.now, restoreCommit));
  }

  crash(id: string): void {
    this.down.add(id);
    this.queue = this.queue.filter((m) => m.to !== id && m.from !== id);
  }

  node(id: string): RaftNode {
    return this.nodes.get(id) as RaftNode;
  }

  /** Persist, send, apply: the Ready contract. */
  process(id: string): void {
    const n = this.node(id);
    const st = this.storages.get(id) as Storage;
    while (n.hasReady()) {
      const rd = n.ready();
      if (rd.hardState) st.hardState = rd.hardState;
      if (rd.snapshot) st.installSnapshot(rd.snapshot);
      st.append(rd.entries);
      for (const m of rd.messages) this.queue.push(m);
      this.applied.get(id)?.push(...rd.committedEntries);
      for (const e of rd.committedEntries) if (e.type === 'conf') n.applyConfChange(e.data as never, e.index);
      this.readStates.set(id, [...(this.readStates.get(id) ?? []), ...rd.readStates]);
      n.advance(rd);
    }
  }

  /** Delivers queued messages until none are left (or `limit` deliveries). */
  deliverAll(limit = 10_000): void {
    for (let i = 0; i < limit && this.queue.length > 0; i++) {
      const m = this.queue.shift() as Message;
      if (this.down.has(m.to) || this.cut.has(`${m.from}>${m.to}`) || this.dropIf(m)) continue;
      this.node(m.to).step(m, this.now);
      this.process(m.to);
    }
  }

  /** Fires `id`'s election timer now and lets the cluster settle. */
  campaign(id: string): void {
    this.node(id).campaignNow(this.now);
    this.process(id);
    this.deliverAll();
  }

  /** Advances time by `ms`, firing every deadline passed (in time order), delivering everything. */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      let next = end + 1;
      let who: string | undefined;
      for (const [id, n] of this.nodes) {
        if (this.down.has(id)) continue;
        const d = n.nextDeadline();
        if (d < next) [next, who] = [d, id];
      }
      if (who === undefined || next > end) break;
      this.now = Math.max(this.now, next);
      this.node(who).tick(this.now);
      this.process(who);
      this.deliverAll();
    }
    this.now = end;
  }

  isolate(id: string): void {
    for (const other of this.ids) {
      if (other === id) continue;
      this.cut.add(`${id}>${other}`);
      this.cut.add(`${other}>${id}`);
    }
  }

  heal(): void {
    this.cut.clear();
  }

  propose(id: string, data: unknown): string | undefined {
    const err = this.node(id).propose(data, this.now);
    this.process(id);
    this.deliverAll();
    return err;
  }

  leaders(): string[] {
    return this.ids.filter((id) => !this.down.has(id) && this.node(id).role === 'leader');
  }

  logTerms(id: string): number[] {
    const n = this.node(id);
    const out: number[] = [];
    for (let i = 1; i <= n.lastIndex; i++) out.push(n.entry(i)?.term ?? -1);
    return out;
  }

  /** Puts a log directly into a node's storage (before it starts), as in the paper's figures. */
  static withLogs(logs: Record<string, number[]>, terms: Record<string, number>, opts: HarnessOptions = {}): Harness {
    const ids = Object.keys(logs);
    const h = new Harness(ids, opts);
    for (const id of ids) {
      const st = h.storages.get(id) as Storage;
      st.append((logs[id] as number[]).map((term, k) => ({ term, index: k + 1, type: 'normal' as const, data: `e${term}.${k + 1}` })));
      st.hardState = { term: terms[id] ?? 0, vote: '', commit: 0 };
      h.start(id);
    }
    return h;
  }
}
