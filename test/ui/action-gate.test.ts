// A challenge's action limits on the page: which controls stay on, and why the others are off.

import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../src/scenario';
import type { Step } from '../../src/sim/scenario-types';
import { actionGate, parseRefusalKey, refusalKey, refusalOf } from '../../src/ui/views/challenges/action-gate';
import { CHALLENGES } from '../../src/scenario/challenges';

const withLimits = (actions: { allow?: string[]; max?: number } | undefined, steps: Step[] = []) =>
  makeScenario({ cluster: { nodes: ['n1', 'n2', 'n3'] }, steps, challenge: { task: 't', goal: { leader: {} }, ...(actions ? { actions } : {}) } });

describe('actionGate', () => {
  it('is null without a challenge or without limits: every control stays on', () => {
    expect(actionGate(makeScenario({ cluster: { nodes: ['n1'] } }), 0)).toBeNull();
    expect(actionGate(withLimits(undefined), 0)).toBeNull();
    expect(actionGate(undefined, 0)).toBeNull();
  });

  it('counts the learner’s steps up to now: not the setup at 0, not narrations, not what a fork would drop', () => {
    const steps: Step[] = [
      { at: 0, do: 'crash', node: 'n3' },
      { at: 5, do: 'narrate', text: 'x' },
      { at: 101, do: 'timeout', node: 'n1' },
      { at: 900, do: 'timeout', node: 'n2' },
    ];
    expect(actionGate(withLimits({ max: 3 }, steps), 1000)).toEqual({ used: 2, max: 3, left: 1 });
    // Seeking back before the second timeout: acting there forks the run and drops it.
    expect(actionGate(withLimits({ max: 3 }, steps), 500)).toEqual({ used: 1, max: 3, left: 2 });
    expect(actionGate(withLimits({ max: 1 }, steps), 1000)?.left).toBe(0);
  });
});

describe('refusalOf', () => {
  it('refuses a kind the challenge does not allow, naming the allowed ones', () => {
    const gate = actionGate(withLimits({ allow: ['timeout', 'crash'], max: 2 }), 0);
    expect(refusalOf(gate, ['timeout'])).toBeUndefined();
    expect(refusalOf(gate, ['partition'])).toEqual({ reason: 'not-allowed', kind: 'partition', allow: ['timeout', 'crash'] });
    // The console needs both of its kinds.
    expect(refusalOf(gate, ['etcdctl', 'client'], 2)).toMatchObject({ reason: 'not-allowed', kind: 'etcdctl' });
  });

  it('refuses every kind once none is left, and what takes more than is left', () => {
    const one = actionGate(withLimits({ max: 2 }, [{ at: 10, do: 'heal' }]), 100);
    expect(refusalOf(one, ['client'])).toBeUndefined();
    expect(refusalOf(one, ['client'], 3)).toEqual({ reason: 'too-few-left', need: 3, left: 1 });
    const none = actionGate(withLimits({ max: 1 }, [{ at: 10, do: 'heal' }]), 100);
    expect(refusalOf(none, ['heal'])).toEqual({ reason: 'none-left', max: 1 });
  });

  it('gives every built-in challenge its allowed kinds on, the others off', () => {
    for (const { id, scenario } of CHALLENGES) {
      const allow = scenario.challenge?.actions?.allow;
      const gate = actionGate(scenario, 0);
      expect(gate, id).not.toBeNull();
      for (const kind of allow ?? []) expect(refusalOf(gate, [kind as Step['do']]), `${id} ${kind}`).toBeUndefined();
      if (allow && !allow.includes('crash')) expect(refusalOf(gate, ['crash'])?.reason, id).toBe('not-allowed');
    }
  });

  it('travels through its selector key unchanged', () => {
    for (const r of [{ reason: 'not-allowed', kind: 'crash', allow: ['timeout', 'link'] }, { reason: 'none-left', max: 3 }, { reason: 'too-few-left', need: 2, left: 1 }] as const) {
      expect(parseRefusalKey(refusalKey(r)!)).toEqual(r);
    }
    expect(refusalKey(undefined)).toBeUndefined();
  });
});
