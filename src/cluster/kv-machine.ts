// The key-value state machine a server applies committed entries to: etcd's MVCC store
// (src/kv) plus the table that makes client retries safe (the "session" table of §8 of
// the Raft paper: the last answer per client stream, so a retried command is applied once).

import { KvStateMachine, type KvRequest, type KvSnapshot, type WatchResponse } from '../kv';
import type { Entry } from '../raft';
import type { Command } from './commands';
import type { Applied, Machine, MachineFactory } from './machine';

interface LastAnswer {
  seq: number;
  response: ClientAnswer;
}

/** What a client gets for a committed command: etcd's result or etcd's error. */
export type ClientAnswer = { ok: true; result: unknown } | { ok: false; error: string };

export interface KvImage {
  kv: KvSnapshot;
  sessions: [string, LastAnswer][];
}

export class KvMachine implements Machine {
  readonly kv: KvStateMachine;
  private sessions: Map<string, LastAnswer>;

  constructor(kv: KvStateMachine, sessions = new Map<string, LastAnswer>()) {
    this.kv = kv;
    this.sessions = sessions;
  }

  revision(): number {
    return this.kv.revision;
  }

  store(): KvStateMachine {
    return this.kv;
  }

  apply(entry: Entry, now: number): Applied {
    const cmd = entry.data as Command | undefined;
    if (entry.type !== 'normal' || !cmd) return { revision: this.kv.revision };
    const watchResponses: WatchResponse[] = [];
    if (cmd.kind === 'lease-expire') {
      for (const id of cmd.ids) this.applyKv({ type: 'lease-revoke', id }, now, watchResponses);
      return { revision: this.kv.revision, watchResponses };
    }
    const last = this.sessions.get(cmd.client);
    if (last && cmd.seq <= last.seq) {
      // A retry of a command already applied: answer as the first time, change nothing.
      const revision = this.kv.revision;
      return last.seq === cmd.seq ? { revision, duplicate: true, answer: { client: cmd.client, seq: cmd.seq, response: last.response } } : { revision, duplicate: true };
    }
    const response = this.applyKv(cmd.req as KvRequest, now, watchResponses);
    this.sessions.set(cmd.client, { seq: cmd.seq, response });
    return { revision: this.kv.revision, answer: { client: cmd.client, seq: cmd.seq, response }, watchResponses };
  }

  private applyKv(req: KvRequest, now: number, watchResponses: WatchResponse[]): ClientAnswer {
    const applied = this.kv.apply(req, now);
    watchResponses.push(...applied.watchResponses);
    return applied.outcome.ok ? { ok: true, result: applied.outcome.value } : { ok: false, error: applied.outcome.error };
  }

  image(): KvImage {
    return { kv: this.kv.toSnapshot(), sessions: [...this.sessions].map(([k, v]) => [k, structuredCloneAnswer(v)]) };
  }

  /** Installs the leader's snapshot, keeping this node's watches (etcd watchableStore.Restore). */
  restore(image: unknown): readonly WatchResponse[] {
    const img = image as KvImage;
    const installed = this.kv.installSnapshot(img.kv);
    if (!installed.ok) throw new Error(installed.error);
    this.sessions = new Map(img.sessions);
    return installed.value;
  }

  clone(): KvMachine {
    return new KvMachine(this.kv.clone(), new Map(this.sessions));
  }
}

function structuredCloneAnswer(a: LastAnswer): LastAnswer {
  return { seq: a.seq, response: JSON.parse(JSON.stringify(a.response)) as ClientAnswer };
}

/** A factory for servers: a fresh store, or one restored from a snapshot image. */
export function kvMachineFactory(minLeaseTtl: number): MachineFactory {
  return (image) => {
    const options = { minLeaseTtl };
    const img = image as KvImage | undefined;
    if (!img) return new KvMachine(new KvStateMachine(options));
    const restored = KvStateMachine.fromSnapshot(img.kv, options);
    if (!restored.ok) throw new Error(restored.error);
    return new KvMachine(restored.value, new Map(img.sessions));
  };
}
