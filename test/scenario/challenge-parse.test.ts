// The challenge extension: good goals come back canonical, bad ones are refused with a line
// naming the field, and scenarios without a challenge read as before.

import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario';

const base = { version: 1, seed: 1, cluster: { nodes: ['n1', 'n2', 'n3'] } };
const withChallenge = (challenge: unknown) => parseScenario({ ...base, challenge });
const errorOf = (challenge: unknown) => {
  const r = withChallenge(challenge);
  return r.ok ? 'accepted' : r.error;
};

describe('challenge: good input', () => {
  it('a scenario without a challenge has no challenge field', () => {
    const r = parseScenario(base);
    expect(r.ok && 'challenge' in r.scenario).toBe(false);
  });

  it('reads every condition and combinator, and keeps only what was written', () => {
    const goal = {
      all: [
        { leader: { node: 'n3', termAtLeast: 3 } },
        { never: { crashed: {} } },
        { any: [{ commitsWhile: { cut: ['n1', 'n2'] } }, { splitVote: {} }, { entryLost: {} }] },
        { not: { watcherSees: { event: 'DELETE', holder: true } } },
        { elected: { client: 'c2' } },
        { answered: { type: 'get', key: 'a', value: '1' } },
      ],
    };
    const r = withChallenge({ task: { en: 'Do it', 'zh-CN': '做' }, goal, actions: { allow: ['partition', 'heal'], max: 3 } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.challenge).toEqual({ task: { en: 'Do it', 'zh-CN': '做' }, goal, actions: { allow: ['partition', 'heal'], max: 3 } });
    // Canonical: parsing the result again gives the same JSON.
    const again = parseScenario(r.scenario);
    expect(again.ok && JSON.stringify(again.scenario)).toBe(JSON.stringify(r.scenario));
  });
});

describe('challenge: bad input names the field', () => {
  const task = 'x';
  it.each([
    [{ goal: { splitVote: {} } }, 'challenge.task: missing'],
    [{ task }, 'challenge.goal: missing'],
    [{ task, goal: { splitVote: {} }, reward: 1 }, 'challenge.reward: unknown field'],
    [{ task, goal: { spiltVote: {} } }, 'challenge.goal.spiltVote: unknown condition "spiltVote"'],
    [{ task, goal: {} }, 'challenge.goal: expected one condition, found an empty object'],
    [{ task, goal: { splitVote: {}, entryLost: {} } }, 'challenge.goal: expected one condition, found 2: splitVote, entryLost (combine them with all or any)'],
    [{ task, goal: { leader: { node: 'n9' } } }, 'challenge.goal.leader.node: unknown node "n9" (the cluster has n1, n2, n3)'],
    [{ task, goal: { leader: { term: 3 } } }, 'challenge.goal.leader.term: unknown field'],
    [{ task, goal: { leader: { termAtLeast: 4, termAtMost: 3 } } }, 'challenge.goal.leader.termAtMost: less than termAtLeast (4): no term fits'],
    [{ task, goal: { all: [] } }, 'challenge.goal.all: expected at least one item'],
    [{ task, goal: { all: [{ splitVote: {} }, 'crashed'] } }, 'challenge.goal.all[1]: expected a condition'],
    [{ task, goal: { not: { commitsWhile: { cut: [] } } } }, 'challenge.goal.not.commitsWhile.cut: expected at least one item'],
    [{ task, goal: { watcherSees: { event: 'REMOVE' } } }, 'challenge.goal.watcherSees.event: expected "PUT" or "DELETE"'],
    [{ task, goal: { watcherSees: { event: 'DELETE', key: 'a', holder: true } } }, 'challenge.goal.watcherSees.holder: holder: true names the key itself; leave out key and prefix'],
    [{ task, goal: { answered: { key: 'a' } } }, 'challenge.goal.answered.type: missing'],
    [{ task, goal: { splitVote: {} }, actions: { allow: ['crsh'] } }, 'challenge.actions.allow[0]: unknown action "crsh"'],
    [{ task, goal: { splitVote: {} }, actions: { allow: ['narrate'] } }, 'challenge.actions.allow[0]: unknown action "narrate"'],
    [{ task, goal: { splitVote: {} }, actions: { max: -1 } }, 'challenge.actions.max: expected an integer from 0 to 10000'],
    ['goal', 'challenge: expected an object'],
  ])('%j', (challenge, error) => {
    expect(errorOf(challenge)).toContain(error);
  });

  it('refuses a goal nested too deep', () => {
    let goal: unknown = { splitVote: {} };
    for (let i = 0; i < 9; i++) goal = { not: goal };
    expect(errorOf({ task: 'x', goal })).toMatch(/conditions nested more than 8 deep/);
  });
});
