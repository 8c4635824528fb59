// Settling unknown-outcome writes from what the cluster applied, as etcd's robustness
// tests patch their history from the requests persisted in the WAL (tests/robustness,
// "patchHistory"): a client that timed out does not know whether its write took effect,
// but the cluster does.
//
// Since TRACE.md version 1.1 an `apply` event of an entry that carries a client's request
// names the call it serves (`client`, `call`). For a put, delete or txn whose outcome is
// unknown (a timeout, or no answer at all):
//  - applied (once, not as a recognized duplicate), and the store's revision moved at that
//    entry: it took effect exactly once, at that revision, no later than its first apply
//    event (a read can only see it on a node that applied it). It becomes an answered
//    write whose answer is unknown but whose revision is known (`settled: 'applied'`).
//  - applied, and the revision did not move (etcd refused it at apply time: a lease not
//    found, ignoreValue on a missing key; or a txn whose branch wrote nothing): it changed
//    nothing, like a call that failed (`settled: 'no-effect'`).
//  - applied by no node by the end of the trace: no answer in the trace can show its effect
//    (every answer that depends on it comes from a node that applied it first), so it may
//    as well take effect after everything the trace shows, which is the same as never:
//    `settled: 'no-effect'`. Whether it still waits in some log does not matter for this
//    history; a longer trace that applies it settles it then.
// What stays unknown: a call applied at two different indexes (no exactly-once), an entry
// whose previous revision no apply event tells, and every trace that names no calls on its
// applies (version 1.0, or hand-made): from those nothing is settled.
//
// Reads are not settled: a read without an answer constrains nothing.

import type { ClientCall } from './lin-history';
import type { TraceEvent } from './trace-events';

/** An entry that serves a call: where it sits in the log, the store's revision after it, its first apply event. */
interface AppliedEntry {
  index: number;
  revision: number;
  firstEvent: number;
}

/** Per call (client, id): the distinct log indexes it was applied at (duplicates left out). */
type AppliedCalls = Map<string, AppliedEntry[]>;

const callName = (client: string, id: number) => `${client}\u0000${id}`;

const WRITES = new Set(['put', 'delete', 'txn']);

/** The calls with unknown-outcome writes settled where the applies tell; the others unchanged. */
export function settleFromApplies(trace: readonly TraceEvent[], calls: readonly ClientCall[]): ClientCall[] {
  const { applied, revisionAt, namesCalls } = readApplies(trace);
  if (!namesCalls) return [...calls];
  return calls.map((call) => {
    if (call.outcome !== 'unknown' || !WRITES.has(call.op.type)) return call;
    const entries = applied.get(callName(call.client, call.id)) ?? [];
    if (entries.length === 0) return { ...call, outcome: 'failed', settled: 'no-effect' };
    if (entries.length > 1) return call;
    const [entry] = entries as [AppliedEntry];
    const before = entry.index === 1 ? INITIAL_REVISION : revisionAt.get(entry.index - 1);
    if (before === undefined) return call;
    if (entry.revision === before) return { ...call, outcome: 'failed', settled: 'no-effect' };
    const result = { header: { revision: entry.revision }, ...(isSingleKeyDelete(call) ? { deleted: 1 } : {}) };
    return { ...call, outcome: 'ok', result, returnEvent: entry.firstEvent, settled: 'applied' };
  });
}

/** An etcd store starts at revision 1 (the first log entry is the leader's no-op). */
const INITIAL_REVISION = 1;

function isSingleKeyDelete(call: ClientCall): boolean {
  return call.op.type === 'delete' && !call.op.prefix && (call.op.rangeEnd ?? '') === '';
}

function readApplies(trace: readonly TraceEvent[]) {
  const applied: AppliedCalls = new Map();
  /** The store's revision after each index, from its first apply (State Machine Safety makes them agree). */
  const revisionAt = new Map<number, number>();
  let namesCalls = false;
  trace.forEach((event, position) => {
    if (event.ev !== 'apply') return;
    if (!revisionAt.has(event.index)) revisionAt.set(event.index, event.revision);
    if (event.client === undefined || event.call === undefined || event.duplicate) return;
    namesCalls = true;
    const name = callName(event.client, event.call);
    const entries = applied.get(name) ?? [];
    if (!entries.some((e) => e.index === event.index)) entries.push({ index: event.index, revision: event.revision, firstEvent: position });
    applied.set(name, entries);
  });
  return { applied, revisionAt, namesCalls };
}
