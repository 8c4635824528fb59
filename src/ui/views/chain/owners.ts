// Who owned each election key. A crashed client leaves the election's campaigners, but its
// key stays until its lease expires; the chain still names the client it belonged to, learnt
// from the elections seen, elected events, and the recipe's log entries. Pure.

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
  for (const e of events) {
    if (e.ev === 'elected') note(e.key, e.client);
    else if (e.ev === 'append' && e.entry.includes(':campaign ')) {
      const owner = campaignEntryOwner(e.entry);
      if (owner) note(owner.key, owner.client);
    }
  }
  for (const e of elections) for (const c of e.campaigners) if (c.key !== undefined) note(c.key, c.client);
  return out ?? owners;
}

/**
 * The recipe's key-creating txn as a log entry, "3:campaign /election/f4241 c1/e//election#2"
 * (the entry label names the key, then the client's stream `${client}/e/${election}`). Only a
 * hint for naming a crashed client's key: anything else gives undefined.
 */
export function campaignEntryOwner(entry: string): { key: string; client: string } | undefined {
  const m = /^\d+:campaign (.+) ([a-z][a-z0-9-]{0,15})\/e\/(.*)#\d+$/.exec(entry);
  if (!m) return undefined;
  const [, key, client, election] = m as unknown as [string, string, string, string];
  return key.startsWith(`${election}/`) ? { key, client } : undefined;
}
