// What the page knows and offers about membership. Pure.
//
// The configuration shown is the leader's (the worker marks each node voter or learner by
// it); a node that is neither is joining (add-node started it, the change is not applied on
// the leader yet) or was removed and has not stopped yet.

import type { Action, NodeView } from '../../../protocol';
import type { Scenario } from '../../../sim/scenario-types';

/** SCENARIO.md: 1 to 9 nodes; and at most 16 ids a scenario may ever name. */
export const MAX_MEMBERS = 9;
export const MAX_KNOWN_IDS = 16;

export interface Configuration {
  voters: string[];
  learners: string[];
  /** Running nodes outside the configuration. */
  outside: string[];
}

export function configuration(nodes: readonly NodeView[]): Configuration {
  return {
    voters: nodes.filter((n) => n.voter).map((n) => n.id),
    learners: nodes.filter((n) => n.learner).map((n) => n.id),
    outside: nodes.filter((n) => !n.voter && !n.learner).map((n) => n.id),
  };
}

/** Every node id the scenario names: its initial nodes and each add-node step's. */
export function knownIds(scenario: Scenario | undefined, nodes: readonly NodeView[]): Set<string> {
  const ids = new Set(nodes.map((n) => n.id));
  for (const id of scenario ? scenarioIds(scenario) : []) ids.add(id);
  return ids;
}

const idsOfScenario = new WeakMap<Scenario, string[]>();

/** The ids a scenario names, read once per scenario: the buttons ask on every frame, and steps run to thousands. */
function scenarioIds(scenario: Scenario): string[] {
  let ids = idsOfScenario.get(scenario);
  if (!ids) {
    ids = [...scenario.cluster.nodes];
    for (const s of scenario.steps) if (s.do === 'add-node') ids.push(s.node);
    idsOfScenario.set(scenario, ids);
  }
  return ids;
}

/** The first id n1, n2, ... the scenario has never named (ids are never reused, SCENARIO.md). */
export function nextNodeId(known: ReadonlySet<string>): string {
  for (let k = 1; ; k++) if (!known.has(`n${k}`)) return `n${k}`;
}

export type AddBlocked = 'ended' | 'noLeader' | 'full' | 'ids';

export function addBlocked(facts: { ended: boolean; leader: string | undefined; conf: Configuration; known: number }): AddBlocked | undefined {
  if (facts.ended) return 'ended';
  if (!facts.leader) return 'noLeader';
  if (facts.conf.voters.length + facts.conf.learners.length >= MAX_MEMBERS) return 'full';
  if (facts.known >= MAX_KNOWN_IDS) return 'ids';
  return undefined;
}

export type MemberActionKey = 'promote' | 'remove';

export interface MemberActionItem {
  key: MemberActionKey;
  action: Action;
  off?: 'noLeader' | 'ended';
}

/** The node menu's membership items: promote a learner, remove a member. */
export function memberActions(n: Pick<NodeView, 'id' | 'voter' | 'learner'>, leader: string | undefined, ended: boolean): MemberActionItem[] {
  const off = ended ? 'ended' : leader === undefined ? 'noLeader' : undefined;
  const items: MemberActionItem[] = [];
  if (n.learner) items.push({ key: 'promote', action: { do: 'promote', node: n.id } });
  if (n.voter || n.learner) items.push({ key: 'remove', action: { do: 'remove-node', node: n.id } });
  return off ? items.map((i) => ({ ...i, off })) : items;
}

/** A stable string for a map of incoming snapshots ("n3:10 n4:5"), and back. */
export function snapshotsKey(incoming: ReadonlyMap<string, number>): string {
  return [...incoming].map(([node, index]) => `${node}:${index}`).join(' ');
}

export function parseSnapshotsKey(key: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of key.split(' ')) {
    const at = part.lastIndexOf(':');
    if (at > 0) out.set(part.slice(0, at), Number(part.slice(at + 1)));
  }
  return out;
}

/** The highest snapshot index on its way to each node (InstallSnapshot messages in flight). */
export function incomingSnapshots(messages: readonly { to: string; msg: { type: string; index?: unknown } }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of messages) {
    if (m.msg.type !== 'snapshot' || typeof m.msg.index !== 'number') continue;
    out.set(m.to, Math.max(out.get(m.to) ?? -1, m.msg.index));
  }
  return out;
}
