// The partition dialog's model: each node goes to group A, B or C; presets; checks. Pure.

import type { NetworkView } from '../../../protocol';

export const GROUP_NAMES = ['A', 'B', 'C'] as const;
export type GroupNo = 0 | 1 | 2;
/** Node id -> group number. */
export type Assignment = Record<string, GroupNo>;

/** The dialog starts from the current partition, or with everyone in A. */
export function assignmentFromNetwork(ids: readonly string[], network: NetworkView): Assignment {
  const out: Assignment = {};
  for (const id of ids) {
    const g = network.groups?.findIndex((group) => group.includes(id)) ?? -1;
    out[id] = (g >= 0 && g < GROUP_NAMES.length ? g : 0) as GroupNo;
  }
  return out;
}

/** The partition step's groups, A then B then C, leaving out empty ones. */
export function toGroups(ids: readonly string[], assignment: Assignment): string[][] {
  const groups: string[][] = GROUP_NAMES.map(() => []);
  for (const id of ids) groups[assignment[id] ?? 0]?.push(id);
  return groups.filter((g) => g.length > 0);
}

/** A minority against a majority: the first floor(n/2) nodes in A, the rest in B ("split 2-3"). */
export function splitPreset(ids: readonly string[]): Assignment {
  const cut = Math.floor(ids.length / 2);
  return Object.fromEntries(ids.map((id, i) => [id, (i < cut ? 0 : 1) as GroupNo]));
}

/** The leader alone in A, everyone else in B: the old leader can no longer reach a quorum. */
export function isolateLeaderPreset(ids: readonly string[], leader: string): Assignment {
  return Object.fromEntries(ids.map((id) => [id, (id === leader ? 0 : 1) as GroupNo]));
}

/** Three near-equal groups ("3-3-3" for nine nodes): no group has a majority. */
export function thirdsPreset(ids: readonly string[]): Assignment {
  const size = Math.ceil(ids.length / 3);
  return Object.fromEntries(ids.map((id, i) => [id, Math.min(2, Math.floor(i / size)) as GroupNo]));
}

/** Sizes of the non-empty groups, for the preset's label ("2-3", "3-3-3"). */
export function groupSizes(ids: readonly string[], assignment: Assignment): number[] {
  return toGroups(ids, assignment).map((g) => g.length);
}

export type PartitionProblem = { kind: 'unknown'; node: string } | { kind: 'one-group' } | { kind: 'empty' };

/**
 * Why a partition cannot be applied (an error), or what it will not do (a warning). A node
 * the cluster does not have can never be sent: the scenario would be rejected.
 */
export function checkPartition(ids: readonly string[], assignment: Assignment): { error?: PartitionProblem; warning?: PartitionProblem } {
  if (ids.length === 0) return { error: { kind: 'empty' } };
  const known = new Set(ids);
  const stranger = Object.keys(assignment).find((id) => !known.has(id));
  if (stranger !== undefined) return { error: { kind: 'unknown', node: stranger } };
  if (toGroups(ids, assignment).length < 2) return { warning: { kind: 'one-group' } };
  return {};
}

/** The leader of the highest term among running nodes, if any. */
export function currentLeader(nodes: readonly { id: string; up: boolean; role: string; term: number }[]): string | undefined {
  let best: { id: string; term: number } | undefined;
  for (const n of nodes) if (n.up && n.role === 'leader' && (!best || n.term > best.term)) best = n;
  return best?.id;
}
