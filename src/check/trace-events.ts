// Names for the parts of the trace format that the checkers read. Derived from the one
// type src/check may import (../sim/trace-types), so that the checkers stay independent
// of the simulation's code.

import type { TraceEvent } from '../sim/trace-types';

export type { Kv, OpResult, Role, TraceEvent } from '../sim/trace-types';

/** The event of one kind, e.g. `EventOf<'append'>`. */
export type EventOf<K extends TraceEvent['ev']> = Extract<TraceEvent, { ev: K }>;

/** A client operation as it appears in an invoke event (SCENARIO.md, "Client operations"). */
export type ClientOp = EventOf<'invoke'>['op'];
export type OpOf<K extends ClientOp['type']> = Extract<ClientOp, { type: K }>;

export type PutOp = OpOf<'put'>;
export type GetOp = OpOf<'get'>;
export type DeleteOp = OpOf<'delete'>;
export type TxnOp = OpOf<'txn'>;
export type WatchOp = OpOf<'watch'>;
export type TxnInnerOp = TxnOp['success'][number];
export type Compare = TxnOp['compare'][number];

/** The key-value operations the linearizability checker models. */
export type KvOp = PutOp | GetOp | DeleteOp | TxnOp;

export function isKvOp(op: ClientOp): op is KvOp {
  return op.type === 'put' || op.type === 'get' || op.type === 'delete' || op.type === 'txn';
}
