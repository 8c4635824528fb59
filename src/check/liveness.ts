// Liveness after faults heal: once the last fault is gone, a leader is elected within a
// bound and then keeps leading (Raft §5.2, §9.3: with randomized timeouts elections
// settle in a few election timeouts; TigerBeetle's VOPR runs the same "safety phase,
// then liveness phase").
//
// "The leader" at a moment is a node that is up, in the leader role, and whose term is
// the highest among the nodes that are up: a deposed leader that has not heard of the new
// term yet does not count, nor does it stop the real leader from counting.

import type { TraceEvent } from './trace-events';

export interface LivenessOptions {
  /** Virtual time at which the last fault healed. */
  healedAt: number;
  /** How long after healedAt a stable leader must be in place, in virtual ms. */
  within: number;
}

export type LivenessResult =
  | { ok: true; leader: string; term: number; electedAt: number }
  | { ok: false; message: string; events: number[]; inconclusive?: true };

interface Leadership {
  node: string;
  term: number;
  since: number;
  event: number;
}

const MAX_EVENTS_SHOWN = 20;

/** A bound that a healthy cluster meets with room to spare: ten election timeouts. */
export function suggestedLivenessWindow(electionTimeoutMax: number): number {
  return 10 * electionTimeoutMax;
}

export function checkLiveness(trace: readonly TraceEvent[], options: LivenessOptions): LivenessResult {
  const bound = options.healedAt + options.within;
  const { current, changes } = followLeadership(trace, options.healedAt);
  const shown = changes.slice(-MAX_EVENTS_SHOWN);
  const endTime = trace.at(-1)?.t ?? 0;
  if (!current) {
    if (endTime < bound) {
      const message = `inconclusive: no leader yet, and the trace ends at ${endTime} ms, before the bound of ${bound} ms`;
      return { ok: false, message, events: shown, inconclusive: true };
    }
    return { ok: false, message: `no stable leader by the end of the trace (bound: ${bound} ms)`, events: shown };
  }
  if (current.since > bound) {
    const message =
      `${current.node} became the stable leader of term ${current.term} at ${current.since} ms, ` +
      `after the bound of ${bound} ms (healed at ${options.healedAt} ms)`;
    return { ok: false, message, events: shown };
  }
  return { ok: true, leader: current.node, term: current.term, electedAt: current.since };
}

/** Replays roles; returns the leadership at the end and the events that changed it after `from`. */
function followLeadership(
  trace: readonly TraceEvent[],
  from: number,
): { current: Leadership | undefined; changes: number[] } {
  const nodes = new Map<string, NodeState>();
  const changes: number[] = [];
  let current: Leadership | undefined;
  trace.forEach((event, index) => {
    if (!updateNode(nodes, event)) return;
    const leader = leaderOf(nodes);
    if (leader?.node === current?.node && leader?.term === current?.term) return;
    current = leader && { ...leader, since: event.t, event: index };
    if (event.t >= from) changes.push(index);
  });
  return { current, changes };
}

type NodeState = { role: string; term: number; up: boolean; removed?: boolean };

/**
 * Follows one node. A node removed from the cluster (its member event on the leader, or
 * its shutdown) no longer counts: a removed node that never learned of its removal may sit
 * in a higher term of its own, but it is no part of the cluster whose leader is judged.
 */
function updateNode(nodes: Map<string, NodeState>, event: TraceEvent): boolean {
  const removal = (event.ev === 'member' && event.change === 'remove') || event.ev === 'removed';
  if (event.ev !== 'role' && event.ev !== 'crash' && event.ev !== 'restart' && !removal) return false;
  const node = nodes.get(event.node) ?? { role: 'follower', term: 0, up: true };
  nodes.set(event.node, node);
  if (removal) Object.assign(node, { role: 'follower', up: false, removed: true });
  else if (node.removed) return false;
  else if (event.ev === 'role') Object.assign(node, { role: event.role, term: event.term, up: true });
  else if (event.ev === 'crash') Object.assign(node, { role: 'follower', up: false });
  else node.up = true;
  return true;
}

function leaderOf(nodes: Map<string, NodeState>): { node: string; term: number } | undefined {
  let highest = -1;
  for (const state of nodes.values()) if (state.up) highest = Math.max(highest, state.term);
  for (const [node, state] of nodes) {
    if (state.up && state.role === 'leader' && state.term === highest) return { node, term: highest };
  }
  return undefined;
}
