// The client history of a trace: each operation from its invoke event to its return
// event (TRACE.md), with what its outcome tells the checker.
//  - ok: the operation took effect, between its invoke and its return, with that result;
//  - unknown: no return (the client crashed or the run ended), or an error saying the
//    outcome is unknown ("timeout", "unavailable"): it may have taken effect at any time
//    after its invoke, or never;
//  - failed: any other error: it did not take effect.

import type { ClientOp, OpResult, TraceEvent } from './trace-events';

export type Outcome = 'ok' | 'unknown' | 'failed';

export interface ClientCall {
  client: string;
  id: number;
  op: ClientOp;
  invokeEvent: number;
  /** Undefined when the call never returned. */
  returnEvent?: number;
  outcome: Outcome;
  result?: OpResult;
  error?: string;
  /**
   * How an unknown-outcome write was settled from the apply events (lin-applied.ts):
   * 'applied' (outcome ok, result holds only the revision it took, returnEvent its first
   * apply) or 'no-effect' (outcome failed).
   */
  settled?: 'applied' | 'no-effect';
}

/** Errors after which an operation may or may not have taken effect. */
const UNKNOWN_OUTCOME = /timeout|timed out|unavailable/i;

export function outcomeOf(ok: boolean, error: string | undefined): Outcome {
  if (ok) return 'ok';
  return UNKNOWN_OUTCOME.test(error ?? '') ? 'unknown' : 'failed';
}

/** Pairs invoke and return events by (client, id), in invoke order. */
export function collectCalls(trace: readonly TraceEvent[]): ClientCall[] {
  const calls: ClientCall[] = [];
  const open = new Map<string, ClientCall>();
  trace.forEach((event, index) => {
    if (event.ev === 'invoke') {
      const name = `${event.client}\u0000${event.id}`;
      if (open.has(name)) return;
      const call: ClientCall = { client: event.client, id: event.id, op: event.op, invokeEvent: index, outcome: 'unknown' };
      open.set(name, call);
      calls.push(call);
    } else if (event.ev === 'return') {
      const call = open.get(`${event.client}\u0000${event.id}`);
      if (!call || call.returnEvent !== undefined) return;
      Object.assign(call, { returnEvent: index, outcome: outcomeOf(event.ok, event.error), result: event.result, error: event.error });
    }
  });
  return calls;
}

/** A short description of a call for messages: `c1#3 put a=1 → rev 5`. */
export function describeCall(call: ClientCall): string {
  return `${call.client}#${call.id} ${describeOp(call.op)} → ${describeOutcome(call)}`;
}

function describeOp(op: ClientOp): string {
  switch (op.type) {
    case 'put':
      return `put ${op.key}=${op.value}`;
    case 'get':
      return `get ${op.key}${op.revision ? `@${op.revision}` : ''}${op.serializable ? ' (serializable)' : ''}`;
    case 'delete':
      return `delete ${op.key}`;
    case 'txn':
      return `txn [${op.compare.map((c) => `${c.target}(${c.key}) ${c.result} ${c.value}`).join(', ')}]`;
    default:
      return op.type;
  }
}

function describeOutcome(call: ClientCall): string {
  const answer = call.error ?? 'no answer';
  if (call.settled === 'applied') return `${answer}, applied at rev ${call.result?.header?.revision}`;
  if (call.settled === 'no-effect') return `${answer}, applied nowhere or refused`;
  if (call.outcome !== 'ok') return answer;
  const result = call.result;
  if (!result) return 'ok';
  const parts: string[] = [];
  if (result.kvs) parts.push(result.kvs.length ? result.kvs.map((kv) => `${kv.key}=${kv.value} (mod ${kv.modRevision}, v${kv.version})`).join(' ') : 'nothing');
  if (result.deleted !== undefined) parts.push(`deleted ${result.deleted}`);
  if (result.succeeded !== undefined) parts.push(result.succeeded ? 'succeeded' : 'failed');
  parts.push(`rev ${result.header?.revision}`);
  return parts.join(', ');
}
