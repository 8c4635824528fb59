// Small helpers to write client histories (invoke / return events) by hand in tests.

import type { Kv, OpResult, TraceEvent } from '../../src/sim/trace-types';

type Op = Extract<TraceEvent, { ev: 'invoke' }>['op'];

export interface Pending {
  client: string;
  id: number;
  invoke: number;
}

export class History {
  readonly events: TraceEvent[] = [];
  private time = 0;
  private nextId = new Map<string, number>();

  /** A client calls op; returns the pending call (its invoke event index in `invoke`). */
  call(client: string, op: Op): Pending {
    const id = (this.nextId.get(client) ?? 0) + 1;
    this.nextId.set(client, id);
    this.events.push({ t: this.time++, ev: 'invoke', client, id, op });
    return { client, id, invoke: this.events.length - 1 };
  }

  /** The call returns ok with result; returns [invoke index, return index]. */
  ok(call: Pending, result: OpResult): [number, number] {
    this.events.push({ t: this.time++, ev: 'return', client: call.client, id: call.id, ok: true, result });
    return [call.invoke, this.events.length - 1];
  }

  fail(call: Pending, error: string): [number, number] {
    this.events.push({ t: this.time++, ev: 'return', client: call.client, id: call.id, ok: false, error });
    return [call.invoke, this.events.length - 1];
  }

  /** A call that returns at once: sequential histories. */
  done(client: string, op: Op, result: OpResult): [number, number] {
    return this.ok(this.call(client, op), result);
  }

  add(event: Omit<TraceEvent, 't'>): void {
    this.events.push({ t: this.time++, ...event } as TraceEvent);
  }
}

export const header = (revision: number): OpResult => ({ header: { revision } });

export function kv(key: string, value: string, createRevision: number, modRevision: number, version: number): Kv {
  return { key, value, createRevision, modRevision, version, lease: 0 };
}

/** A get answer showing kvs at header revision. */
export const found = (revision: number, ...kvs: Kv[]): OpResult => ({ header: { revision }, kvs, count: kvs.length });
