// What the cluster puts in log entries, and the short stable strings that name entries in
// traces (TRACE.md: equal exactly when the entries are the same entry).

import type { ConfChange, Entry } from '../raft';

/** A client's request, proposed through Raft and applied by every server's state machine. */
export interface ClientCommand {
  readonly kind: 'client';
  /** The client stream (one outstanding request at a time) and its request number. */
  readonly client: string;
  readonly seq: number;
  /** The key-value request (src/kv's request shape). */
  readonly req: unknown;
  /** A short human description, e.g. "put a=1". */
  readonly label: string;
  /** The client process and the invoke id the request serves (TRACE.md 1.1 apply.client/call). */
  readonly origin?: CallOrigin;
}

export interface CallOrigin {
  readonly client: string;
  readonly call: number;
}

/** Lease revocations the leader decided on expiry (etcd: only the primary lessor revokes). */
export interface LeaseExpiryCommand {
  readonly kind: 'lease-expire';
  readonly ids: readonly number[];
}

export type Command = ClientCommand | LeaseExpiryCommand;

export function describeEntry(e: Entry): string {
  if (e.type === 'conf') {
    const cc = e.data as ConfChange;
    return `${e.term}:conf ${cc.change} ${cc.node}`;
  }
  const cmd = e.data as Command | undefined;
  if (!cmd) return `${e.term}:noop`;
  if (cmd.kind === 'lease-expire') return `${e.term}:lease-expire ${cmd.ids.join(',')}`;
  return `${e.term}:${cmd.label} ${cmd.client}#${cmd.seq}`;
}
