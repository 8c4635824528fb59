// The one setting an A/B comparison changes. Side A is the scenario as it is; side B is the
// same scenario and seed with this setting flipped. Pure, unit-tested.

import { BUG_NAMES } from '../../../scenario';
import type { BugName, Scenario, Step } from '../../../sim/scenario-types';

export type CompareSetting = 'preVote' | 'checkQuorum' | 'serializable' | `bug:${BugName}`;

export const COMPARE_SETTINGS: readonly CompareSetting[] = ['preVote', 'checkQuorum', 'serializable', ...BUG_NAMES.map((b) => `bug:${b}` as const)];

/** The setting a link's `ab` parameter names, or undefined for anything else. */
export function parseSetting(value: string | null | undefined): CompareSetting | undefined {
  return COMPARE_SETTINGS.find((s) => s === value);
}

/** Side B: the scenario with the setting flipped (a fresh copy; A is left alone). */
export function variantOf(scenario: Scenario, setting: CompareSetting): Scenario {
  const b = structuredClone(scenario);
  if (setting === 'preVote') b.cluster.preVote = !b.cluster.preVote;
  else if (setting === 'checkQuorum') b.cluster.checkQuorum = !b.cluster.checkQuorum;
  else if (setting === 'serializable') b.steps = b.steps.map((step) => withGetsReading(step, settingValue(scenario, setting) !== 'serializable'));
  else b.cluster.bugs = toggled(b.cluster.bugs, setting.slice('bug:'.length) as BugName);
  return b;
}

/** The value the setting has in a scenario: on / off, or for reads how the clients' gets read. */
export function settingValue(scenario: Scenario, setting: CompareSetting): 'on' | 'off' | 'linearizable' | 'serializable' | 'mixed' | 'none' {
  if (setting === 'preVote') return scenario.cluster.preVote ? 'on' : 'off';
  if (setting === 'checkQuorum') return scenario.cluster.checkQuorum ? 'on' : 'off';
  if (setting === 'serializable') {
    const gets = scenario.steps.flatMap((s) => (s.do === 'client' && s.op.type === 'get' ? [s.op.serializable === true] : []));
    if (gets.length === 0) return 'none';
    return gets.every((x) => x) ? 'serializable' : gets.some((x) => x) ? 'mixed' : 'linearizable';
  }
  return scenario.cluster.bugs.includes(setting.slice('bug:'.length) as BugName) ? 'on' : 'off';
}

/**
 * In B every get of a client step reads serializably (from the node's own store, no
 * ReadIndex), or, when A's gets all read serializably already, linearizably.
 */
function withGetsReading(step: Step, serializable: boolean): Step {
  if (step.do !== 'client' || step.op.type !== 'get') return step;
  const { serializable: _was, ...op } = step.op;
  return { ...step, op: serializable ? { ...op, serializable: true } : op };
}

function toggled(bugs: readonly BugName[], bug: BugName): BugName[] {
  // Kept in BUG_NAMES order: the canonical form parseScenario gives.
  const on = bugs.includes(bug) ? bugs.filter((b) => b !== bug) : [...bugs, bug];
  return BUG_NAMES.filter((b) => on.includes(b));
}
