// Checks of etcd's election recipe over a trace (client/v3/concurrency/election.go):
// at most one holder per election at any moment, and holders in create-revision order
// (each campaigner waits for every key created before its own, so leadership passes in
// the order the keys were created, and a later holder always has a later revision).

import type { TraceEvent } from './trace-events';

export type ElectionCheck = { ok: true; holders: number } | { ok: false; message: string; events: number[] };

export function checkElections(trace: readonly TraceEvent[]): ElectionCheck {
  const holder = new Map<string, { client: string; revision: number; event: number }>();
  const lastRevision = new Map<string, { revision: number; event: number }>();
  let holders = 0;
  for (let i = 0; i < trace.length; i++) {
    const e = trace[i] as TraceEvent;
    if (e.ev === 'resigned') {
      if (holder.get(e.election)?.client === e.client) holder.delete(e.election);
      continue;
    }
    if (e.ev !== 'elected') continue;
    holders++;
    const current = holder.get(e.election);
    if (current) {
      return { ok: false, message: `${e.client} was elected in "${e.election}" at ${e.t} ms while ${current.client} still held it`, events: [current.event, i] };
    }
    const last = lastRevision.get(e.election);
    if (last && e.revision <= last.revision) {
      return { ok: false, message: `${e.client} was elected in "${e.election}" with revision ${e.revision}, not after the previous holder's ${last.revision}`, events: [last.event, i] };
    }
    holder.set(e.election, { client: e.client, revision: e.revision, event: i });
    lastRevision.set(e.election, { revision: e.revision, event: i });
  }
  return { ok: true, holders };
}
