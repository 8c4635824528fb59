// The cluster settings dialog's model: read and check the form, then make the scenario to
// reload. Pure, so the rules are unit-tested (test/ui/cluster-settings.test.ts).

import type { Scenario, Step } from '../../../sim/scenario-types';
import { scenarioLimits } from '../../../scenario';

export interface SettingsForm {
  size: string;
  electionMin: string;
  electionMax: string;
  heartbeat: string;
  preVote: boolean;
  checkQuorum: boolean;
}

export interface ClusterSettings {
  size: number;
  electionTimeout: [number, number];
  heartbeat: number;
  preVote: boolean;
  checkQuorum: boolean;
}

export type SettingsField = 'size' | 'electionMin' | 'electionMax' | 'heartbeat';
/** Keys into the faults namespace's settings.errors. */
export type SettingsError = 'integer' | 'size' | 'positive' | 'tooLarge' | 'order';

export function formFromScenario(s: Scenario): SettingsForm {
  const c = s.cluster;
  return {
    size: String(c.nodes.length),
    electionMin: String(c.electionTimeout[0]),
    electionMax: String(c.electionTimeout[1]),
    heartbeat: String(c.heartbeatInterval),
    preVote: c.preVote,
    checkQuorum: c.checkQuorum,
  };
}

/** A whole number written plainly ("150", not "1.5e2" or "150ms"). */
function wholeNumber(text: string): number | undefined {
  const t = text.trim();
  return /^\d{1,9}$/.test(t) ? Number(t) : undefined;
}

function timeError(text: string): SettingsError | undefined {
  const v = wholeNumber(text);
  if (v === undefined) return 'integer';
  if (v < 1) return 'positive';
  if (v > scenarioLimits.MAX_TIME) return 'tooLarge';
  return undefined;
}

/** The form's values, or what is wrong with each field (SCENARIO.md: ranges are min <= max). */
export function readSettings(f: SettingsForm): { ok: true; settings: ClusterSettings } | { ok: false; errors: Partial<Record<SettingsField, SettingsError>> } {
  const errors: Partial<Record<SettingsField, SettingsError>> = {};
  const size = wholeNumber(f.size);
  if (size === undefined) errors.size = 'integer';
  else if (size < scenarioLimits.MIN_NODES || size > scenarioLimits.MAX_NODES) errors.size = 'size';
  const minErr = timeError(f.electionMin);
  const maxErr = timeError(f.electionMax);
  const hbErr = timeError(f.heartbeat);
  if (minErr) errors.electionMin = minErr;
  if (maxErr) errors.electionMax = maxErr;
  if (hbErr) errors.heartbeat = hbErr;
  const min = Number(f.electionMin.trim());
  const max = Number(f.electionMax.trim());
  if (!minErr && !maxErr && min > max) errors.electionMax = 'order';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, settings: { size: size as number, electionTimeout: [min, max], heartbeat: Number(f.heartbeat.trim()), preVote: f.preVote, checkQuorum: f.checkQuorum } };
}

/**
 * Raft needs broadcastTime << electionTimeout (§5.6): with heartbeats this slow, followers
 * time out while their leader is healthy. Allowed, since that is worth seeing, but said.
 */
export function slowHeartbeat(s: ClusterSettings): boolean {
  return s.heartbeat >= s.electionTimeout[0];
}

/** Keeps the ids the cluster has, in order; new nodes get the next free "nK". */
export function nodeIdsForSize(current: readonly string[], size: number): string[] {
  const ids = current.slice(0, size);
  const taken = new Set(current);
  for (let k = 1; ids.length < size; k++) {
    const id = `n${k}`;
    if (taken.has(id)) continue;
    ids.push(id);
    taken.add(id);
  }
  return ids;
}

/**
 * A step as it still makes sense for the nodes in `known`, or null when it names a node that
 * is gone. Partition groups just lose the missing nodes, and a client step forgets which
 * node it meant to contact.
 */
export function fitStep(step: Step, known: Set<string>): Step | null {
  const ok = (id: string) => id === scenarioLimits.LEADER || known.has(id);
  switch (step.do) {
    case 'crash':
    case 'restart':
    case 'isolate':
    case 'timeout':
    case 'remove-node':
    case 'promote':
      return ok(step.node) ? step : null;
    case 'link':
      return known.has(step.from) && known.has(step.to) ? step : null;
    case 'transfer':
      return known.has(step.to) ? step : null;
    case 'partition':
      return { ...step, groups: step.groups.map((g) => g.filter((id) => known.has(id))) };
    case 'client': {
      if (step.node === undefined || ok(step.node)) return step;
      const { node: _gone, ...rest } = step;
      return rest;
    }
    case 'etcdctl': {
      // A console line forgets an endpoint that is gone, as a client step forgets its node.
      if (!('node' in step) || step.node === undefined || known.has(step.node)) return step;
      const { node: _gone, ...rest } = step;
      return rest;
    }
    case 'add-node':
      // SCENARIO.md: an added node must be new; a node the resized cluster starts with is not.
      if (known.has(step.node)) return null;
      known.add(step.node);
      return step;
    default:
      return step;
  }
}

/**
 * The scenario to reload: the new cluster settings, and the steps that still make sense
 * (or none when starting fresh). Reports how many steps had to go.
 */
export function applySettings(scenario: Scenario, s: ClusterSettings, keepSteps: boolean): { scenario: Scenario; dropped: number } {
  const nodes = nodeIdsForSize(scenario.cluster.nodes, s.size);
  const known = new Set(nodes);
  const steps: Step[] = [];
  if (keepSteps) {
    for (const step of scenario.steps) {
      const fitted = fitStep(step, known);
      if (fitted) steps.push(fitted);
    }
  }
  const cluster = { ...scenario.cluster, nodes, electionTimeout: s.electionTimeout, heartbeatInterval: s.heartbeat, preVote: s.preVote, checkQuorum: s.checkQuorum };
  return { scenario: { ...scenario, cluster, steps }, dropped: keepSteps ? scenario.steps.length - steps.length : 0 };
}
