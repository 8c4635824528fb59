// Who owned each election key. A crashed client leaves the election's campaigners, but its
// key stays until its lease expires; the chain still names the client it belonged to, as the
// worker sends it (ElectionView.owners: what the recipes know of their own keys), and as the
// elected events and the campaigners seen tell. Pure.

import type { ElectionView } from '../../../protocol';
import type { TraceEvent } from '../../../sim/trace-types';

/** `owners` with what the elections and elected events add, or `owners` itself when nothing. */
export function withOwners(owners: ReadonlyMap<string, string>, elections: ElectionView[], events: readonly TraceEvent[]): ReadonlyMap<string, string> {
  let out: Map<string, string> | undefined;
  const note = (key: string, client: string) => {
    if ((out ?? owners).get(key) === client) return;
    out ??= new Map(owners);
    out.set(key, client);
  };
  for (const e of events) if (e.ev === 'elected') note(e.key, e.client);
  for (const e of elections) {
    for (const o of e.owners ?? []) note(o.key, o.client);
    for (const c of e.campaigners) if (c.key !== undefined) note(c.key, c.client);
  }
  return out ?? owners;
}
