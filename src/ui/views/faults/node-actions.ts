// What the node menu offers for one node, and why an item is off. Pure.

import type { Action } from '../../../protocol';

export type NodeActionKey = 'crash' | 'restart' | 'isolate' | 'timeout' | 'transfer';
/** Keys into the faults namespace's nodeMenu.why. */
export type WhyOff = 'ended' | 'crashed' | 'isolated' | 'leaderNoTimer' | 'alreadyLeader' | 'noLeader';

export interface NodeActionItem {
  key: NodeActionKey;
  action: Action;
  off?: WhyOff;
}

export interface NodeFacts {
  id: string;
  up: boolean;
  role: string;
  /** Cut off by an isolate step. */
  isolated: boolean;
  /** The current leader, if any. */
  leader: string | undefined;
  /** The run is at its end (`until`): a step recorded now would never run. */
  ended?: boolean;
}

export function nodeActions(n: NodeFacts): NodeActionItem[] {
  const items: NodeActionItem[] = [];
  items.push(n.up ? { key: 'crash', action: { do: 'crash', node: n.id } } : { key: 'restart', action: { do: 'restart', node: n.id } });
  items.push(withOff({ key: 'isolate', action: { do: 'isolate', node: n.id } }, n.isolated ? 'isolated' : undefined));
  // A leader has no election timer to fire (Raft §5.2); it keeps its term with heartbeats.
  items.push(withOff({ key: 'timeout', action: { do: 'timeout', node: n.id } }, !n.up ? 'crashed' : n.role === 'leader' ? 'leaderNoTimer' : undefined));
  // Leadership transfer (Raft thesis §3.10): the leader brings the target up to date, then sends TimeoutNow.
  const transferOff = !n.up ? 'crashed' : n.leader === n.id ? 'alreadyLeader' : n.leader === undefined ? 'noLeader' : undefined;
  items.push(withOff({ key: 'transfer', action: { do: 'transfer', to: n.id } }, transferOff));
  return n.ended ? items.map((i) => ({ ...i, off: 'ended' })) : items;
}

function withOff(item: NodeActionItem, off: WhyOff | undefined): NodeActionItem {
  return off ? { ...item, off } : item;
}
