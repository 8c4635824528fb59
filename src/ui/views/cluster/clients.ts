// The clients that talk to the cluster: named by the scenario's client steps, or seen as
// the far end of a message. They stand outside the ring (geometry.clientSpot).

import type { MessageView } from '../../../protocol';
import type { TraceEvent } from '../../../sim/trace-types';
import type { Scenario } from '../../../sim/scenario-types';

/** At most this many clients get a place on screen; messages of others are not drawn. */
export const MAX_CLIENTS_SHOWN = 8;

/** The clients a scenario's steps name; memoize it on the scenario (up to 10,000 steps). */
export function scenarioClients(scenario: Scenario | undefined): string[] {
  const ids = new Set<string>();
  for (const s of scenario?.steps ?? []) if (s.do === 'client' || s.do === 'client-crash') ids.add(s.client);
  return [...ids];
}

/** Those clients and any far end of a message that is not a node, sorted, at most MAX_CLIENTS_SHOWN. */
export function clientIds(fromScenario: readonly string[], messages: readonly MessageView[], nodes: ReadonlySet<string>): string[] {
  const ids = new Set(fromScenario);
  for (const m of messages) {
    if (!nodes.has(m.from)) ids.add(m.from);
    if (!nodes.has(m.to)) ids.add(m.to);
  }
  for (const n of nodes) ids.delete(n);
  return [...ids].sort().slice(0, MAX_CLIENTS_SHOWN);
}

/**
 * The clients down at the moment shown: a client-crash event not followed by a request of
 * that client (a later step starts it afresh, as a new process would; SCENARIO.md client-crash).
 */
export function crashedClients(events: readonly TraceEvent[]): Set<string> {
  const down = new Set<string>();
  for (const e of events) {
    if (e.ev === 'client-crash') down.add(e.client);
    else if (e.ev === 'invoke') down.delete(e.client);
  }
  return down;
}
