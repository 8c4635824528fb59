// The replicated state machine a server applies committed entries to. The key-value
// machine (kv-machine.ts) is the real one; tests of the engine alone may use any other.

import type { KvStateMachine, WatchResponse } from '../kv';
import type { Entry } from '../raft';

export interface Applied {
  /** The store's revision after the entry (TRACE.md apply.revision). */
  readonly revision: number;
  /** The answer for the client whose command this entry carried, if any. */
  readonly answer?: { readonly client: string; readonly seq: number; readonly response: unknown };
  /** The entry repeats a command this machine already applied (a retry): it changed nothing. */
  readonly duplicate?: boolean;
  /** What this node's watchers get from the entry (etcd's watchableStore notify), for the frontend to deliver. */
  readonly watchResponses?: readonly WatchResponse[];
}

export interface Machine {
  revision(): number;
  /** Applies one committed entry; `leader` says whether this server leads (lease bookkeeping). */
  apply(entry: Entry, now: number): Applied;
  /** A serializable image of the whole state, for snapshots (§7). */
  image(): unknown;
  /** Replaces the state by a snapshot image from the leader; returns what this node's watchers get from it. */
  restore(image: unknown): readonly WatchResponse[];
  /** An independent copy (time-travel checkpoints). */
  clone(): Machine;
  /** The key-value store this machine keeps, if it keeps one (the counting machine of benchmarks does not). */
  store(): KvStateMachine | undefined;
}

export type MachineFactory = (image: unknown) => Machine;

/** A machine that counts entries and holds nothing else: the engine without a store. */
export const countingMachine: MachineFactory = (image) => {
  let applied = typeof image === 'number' ? image : 0;
  return {
    clone: () => countingMachine(applied),
    revision: () => 1,
    apply: (entry) => {
      applied++;
      const cmd = entry.data as { kind?: string; client?: string; seq?: number } | undefined;
      if (cmd?.kind !== 'client') return { revision: 1 };
      return { revision: 1, answer: { client: cmd.client as string, seq: cmd.seq as number, response: { ok: true, result: { header: { revision: 1 } } } } };
    },
    image: () => applied,
    store: () => undefined,
    restore: (img) => {
      applied = typeof img === 'number' ? img : 0;
      return [];
    },
  };
};
