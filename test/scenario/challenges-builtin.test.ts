// Every built-in challenge: a known solution, played as the page records it (the learner's
// steps appended to the challenge's scenario at the moments they act), is graded solved; a
// near miss is not; and doing nothing solves nothing.

import { describe, expect, it } from 'vitest';
import { gradeChallenge, learnerActions } from '../../src/check';
import { parseScenario } from '../../src/scenario';
import { CHALLENGES, builtinChallenge } from '../../src/scenario/challenges';
import type { Step } from '../../src/sim/scenario-types';
import { runScenario } from '../../src/sim/run';

function play(id: string, actions: Step[]) {
  const base = builtinChallenge(id);
  if (!base) throw new Error(`no challenge ${id}`);
  // The page appends the learner's steps; parsing puts them in time order as a share link would.
  const parsed = parseScenario({ ...base, steps: [...base.steps, ...actions] });
  if (!parsed.ok) throw new Error(parsed.error);
  const scenario = parsed.scenario;
  const events = runScenario(scenario, { trace: true }).recorder.events;
  return gradeChallenge(scenario.challenge!, events, learnerActions(scenario.steps));
}

const put = (at: number, key: string, value: string, extra: object = {}): Step => ({ at, do: 'client', client: 'c1', op: { type: 'put', key, value, ...extra } });
const campaign = (at: number, client: string): Step => ({ at, do: 'client', client, op: { type: 'campaign', election: '/jobs', value: client } });

const CASES: Record<string, { solution: Step[]; nearMiss: Step[] }> = {
  'first-leader': {
    solution: [{ at: 1, do: 'timeout', node: 'n1' }],
    nearMiss: [{ at: 1, do: 'timeout', node: 'n2' }],
  },
  'new-leader-after-crash': {
    solution: [{ at: 500, do: 'crash', node: 'n4' }],
    // A follower's crash: the leader stays, no new term.
    nearMiss: [{ at: 500, do: 'crash', node: 'n1' }],
  },
  'cause-split-vote': {
    solution: [1, 2, 3].map((at) => ({ at, do: 'timeout', node: `n${at}` }) as Step),
    nearMiss: [{ at: 1, do: 'timeout', node: 'n1' }],
  },
  'n3-leads-term-3': {
    solution: [
      { at: 1000, do: 'transfer', to: 'n1' },
      { at: 1500, do: 'transfer', to: 'n3' },
    ],
    // One transfer: n3 leads, but term 2.
    nearMiss: [{ at: 1000, do: 'transfer', to: 'n3' }],
  },
  'commit-while-cut': {
    solution: [{ at: 500, do: 'partition', groups: [['n1', 'n2'], ['n3', 'n4', 'n5']] }, put(600, 'a', '1')],
    // Three cut off: the other two are no majority, nothing commits.
    nearMiss: [{ at: 500, do: 'partition', groups: [['n1', 'n2', 'n3'], ['n4', 'n5']] }, put(600, 'a', '1')],
  },
  'write-and-read': {
    solution: [put(500, 'greeting', 'hello'), { at: 700, do: 'client', client: 'c1', op: { type: 'get', key: 'greeting' } }],
    // Read first: the get finds nothing.
    nearMiss: [{ at: 500, do: 'client', client: 'c1', op: { type: 'get', key: 'greeting' } }, put(700, 'greeting', 'hello')],
  },
  'lose-committed-entry': {
    solution: [{ at: 500, do: 'isolate', node: 'n3' }, put(600, 'a', '1'), { at: 1000, do: 'heal' }],
    // Without n3 away, every node holds the entry and any leader has it.
    nearMiss: [put(600, 'a', '1')],
  },
  'lease-expiry': {
    solution: [
      { at: 500, do: 'client', client: 'c1', op: { type: 'lease-grant', ttl: 2, id: 7 } },
      put(600, 'job', 'x', { lease: 7 }),
      { at: 700, do: 'client', client: 'c2', op: { type: 'watch', key: 'job' } },
    ],
    // The watcher sees a DELETE, but one a client sent.
    nearMiss: [put(600, 'job', 'x'), { at: 700, do: 'client', client: 'c2', op: { type: 'watch', key: 'job' } }, { at: 900, do: 'client', client: 'c1', op: { type: 'delete', key: 'job' } }],
  },
  'waiter-sees-delete': {
    solution: [campaign(500, 'c1'), { at: 1000, do: 'client', client: 'c2', op: { type: 'watch', key: '/jobs/', prefix: true } }, { at: 1500, do: 'client', client: 'c1', op: { type: 'resign', election: '/jobs' } }],
    // The holder never leaves: the waiter only sees its PUT.
    nearMiss: [campaign(500, 'c1'), { at: 1000, do: 'client', client: 'c2', op: { type: 'watch', key: '/jobs/', prefix: true } }],
  },
  'election-failover': {
    solution: [{ at: 500, do: 'client', client: 'c1', op: { type: 'campaign', election: '/jobs', value: 'c1', ttl: 2 } }, campaign(1000, 'c2'), { at: 1500, do: 'client-crash', client: 'c1' }],
    // c2 waits behind c1 for ever.
    nearMiss: [campaign(500, 'c1'), campaign(1000, 'c2')],
  },
};

describe('built-in challenges', () => {
  it('there are at least ten, each with a solution and a near miss here, every text in both languages', () => {
    expect(CHALLENGES.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(CASES).sort()).toEqual(CHALLENGES.map((c) => c.id).sort());
    for (const { scenario } of CHALLENGES) {
      for (const text of [scenario.name, scenario.description, scenario.challenge.task, scenario.challenge.hint]) expect(Object.keys(text as object).sort()).toEqual(['en', 'zh-CN']);
    }
  });

  for (const [id, { solution, nearMiss }] of Object.entries(CASES)) {
    describe(id, () => {
      it('the known solution is graded solved, with the events that prove it', () => {
        const grade = play(id, solution);
        expect(grade).toMatchObject({ solved: true, used: solution.length });
        expect(grade.broken).toBeUndefined();
        expect(grade.proof.length).toBeGreaterThan(0);
        expect(grade.proof.every((p) => p.t <= grade.metTime!)).toBe(true);
      });
      it('the near miss is not solved', () => {
        expect(play(id, nearMiss).solved).toBe(false);
      });
      it('doing nothing solves nothing', () => {
        expect(play(id, []).solved).toBe(false);
      });
    });
  }
});
