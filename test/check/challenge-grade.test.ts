// The challenge grader on hand-written traces: each condition, the combinators under the
// "met at the first moment it holds" rule, the proving events, and the action limits.

import { describe, expect, it } from 'vitest';
import { gradeChallenge, learnerActions } from '../../src/check';
import type { Challenge, Condition } from '../../src/sim/challenge-types';
import { TraceBuilder } from './trace-builder';

const grade = (goal: Condition, b: TraceBuilder, actions: { at: number; do: string }[] = [], limits?: Challenge['actions']) =>
  gradeChallenge({ task: 't', goal, ...(limits ? { actions: limits } : {}) }, b.events, actions);

describe('conditions', () => {
  it('leader: node and term range; the role event proves it', () => {
    const b = new TraceBuilder();
    b.role('n1', 'leader', 1);
    const n3 = b.role('n3', 'leader', 3);
    expect(grade({ leader: { node: 'n3', termAtLeast: 4 } }, b).solved).toBe(false);
    const g = grade({ leader: { node: 'n3', termAtLeast: 3 } }, b);
    expect(g).toMatchObject({ solved: true, metAt: n3 });
    expect(g.proof.map((p) => [p.index, p.atom])).toEqual([[n3, 'leader']]);
    expect(grade({ leader: { node: 'n1', termAtMost: 0 } }, b).solved).toBe(false);
  });

  it('"n3 leads and nothing crashed" holds when n3 leads before any crash, not after', () => {
    const goal: Condition = { all: [{ leader: { node: 'n3' } }, { never: { crashed: {} } }] };
    const before = new TraceBuilder();
    before.role('n3', 'leader', 2);
    before.crash('n1');
    expect(grade(goal, before).solved).toBe(true);
    const after = new TraceBuilder();
    after.crash('n1');
    after.role('n3', 'leader', 2);
    expect(grade(goal, after).solved).toBe(false);
    expect(grade({ not: { crashed: { node: 'n2' } } }, after).solved).toBe(true);
  });

  it('any and all prove with the atoms that hold', () => {
    const b = new TraceBuilder();
    const crash = b.crash('n2');
    const g = grade({ any: [{ splitVote: {} }, { crashed: { node: 'n2' } }] }, b);
    expect(g.proof.map((p) => p.index)).toEqual([crash]);
    expect(grade({ all: [{ splitVote: {} }, { crashed: {} }] }, b).solved).toBe(false);
  });

  it('commitsWhile: only a leader commit while every cut node is crashed or partitioned away', () => {
    const b = new TraceBuilder();
    b.role('n3', 'leader', 1);
    b.commit('n3', 1); // n1, n2 still connected
    b.crash('n1');
    b.commit('n3', 2); // n2 still connected
    b.add({ ev: 'partition', groups: [['n2'], ['n3', 'n4', 'n5']] });
    b.commit('n4', 3); // a follower's commit does not count
    const commit = b.commit('n3', 3);
    const g = grade({ commitsWhile: { cut: ['n1', 'n2'] } }, b);
    expect(g).toMatchObject({ solved: true, metAt: commit });
    expect(g.proof.map((p) => p.index)).toEqual([0, commit]);
  });

  it('commitsWhile: a healed network and a one-way cut link', () => {
    const b = new TraceBuilder();
    b.role('n3', 'leader', 1);
    b.add({ ev: 'isolate', node: 'n1' });
    b.add({ ev: 'link', from: 'n2', to: 'n3', state: 'down' });
    b.add({ ev: 'heal' });
    b.commit('n3', 1);
    expect(grade({ commitsWhile: { cut: ['n1', 'n2'] } }, b).solved).toBe(false);
    b.add({ ev: 'isolate', node: 'n1' });
    b.add({ ev: 'link', from: 'n3', to: 'n2', state: 'down' });
    b.commit('n3', 2);
    expect(grade({ commitsWhile: { cut: ['n1', 'n2'] } }, b).solved).toBe(true);
  });

  it('splitVote: two candidates of a term, and a later term with no leader in between', () => {
    const b = new TraceBuilder();
    b.role('n1', 'candidate', 1);
    b.role('n2', 'candidate', 1);
    expect(grade({ splitVote: {} }, b).solved).toBe(false);
    const next = b.role('n1', 'candidate', 2);
    expect(grade({ splitVote: {} }, b)).toMatchObject({ solved: true, metAt: next });
    const won = new TraceBuilder();
    won.role('n1', 'candidate', 1);
    won.role('n2', 'candidate', 1);
    won.role('n1', 'leader', 1);
    won.role('n2', 'candidate', 2);
    expect(grade({ splitVote: {} }, won).solved).toBe(false);
  });

  it('entryLost: another entry appended at a committed index; a commit of a truncated log is not one', () => {
    const b = new TraceBuilder();
    b.appendAll(['n1', 'n2'], 1, 1, 'put');
    const commit = b.commit('n1', 1);
    b.truncate('n2', 1);
    expect(grade({ entryLost: {} }, b).solved).toBe(false);
    const lost = b.append('n2', 1, 2, 'noop');
    const g = grade({ entryLost: {} }, b);
    expect(g).toMatchObject({ solved: true, metAt: lost });
    expect(g.proof.map((p) => p.index)).toEqual([commit, lost]);
  });

  it('watcherSees holder: a DELETE of an elected key, seen by another client', () => {
    const kv = { key: '/e/1', value: '', createRevision: 0, modRevision: 3, version: 0, lease: 0 };
    const b = new TraceBuilder();
    const elected = b.add({ ev: 'elected', client: 'c1', election: '/e', key: '/e/1', revision: 2 });
    b.add({ ev: 'watch', client: 'c1', watchId: 0, events: [{ type: 'DELETE', kv }] });
    b.add({ ev: 'watch', client: 'c2', watchId: 0, events: [{ type: 'PUT', kv }] });
    expect(grade({ watcherSees: { event: 'DELETE', holder: true } }, b).solved).toBe(false);
    const seen = b.add({ ev: 'watch', client: 'c2', watchId: 0, events: [{ type: 'DELETE', kv }] });
    expect(grade({ watcherSees: { event: 'DELETE', holder: true } }, b).proof.map((p) => p.index)).toEqual([elected, seen]);
    expect(grade({ watcherSees: { event: 'DELETE', prefix: '/e/' } }, b).metAt).toBe(1);
    expect(grade({ watcherSees: { event: 'PUT', key: '/e/2' } }, b).solved).toBe(false);
  });

  it('answered: an ok answer to the right call; a get must hold the value', () => {
    const b = new TraceBuilder();
    b.add({ ev: 'invoke', client: 'c1', id: 1, op: { type: 'get', key: 'a' } });
    b.add({ ev: 'return', client: 'c1', id: 1, ok: true, result: { header: { revision: 1 }, kvs: [], count: 0 } });
    b.add({ ev: 'invoke', client: 'c1', id: 2, op: { type: 'get', key: 'a' } });
    b.add({ ev: 'return', client: 'c1', id: 2, ok: false, error: 'timeout' });
    expect(grade({ answered: { type: 'get', key: 'a', value: '1' } }, b).solved).toBe(false);
    expect(grade({ answered: { type: 'get', key: 'a' } }, b).metAt).toBe(1);
    expect(grade({ answered: { type: 'put' } }, b).solved).toBe(false);
  });
});

describe('action limits', () => {
  const b = new TraceBuilder();
  b.role('n1', 'follower', 0);
  b.role('n1', 'leader', 1); // t = 1

  it('counts the actions up to the moment the goal is met, and says how many are left', () => {
    const g = grade({ leader: {} }, b, [{ at: 1, do: 'timeout' }, { at: 5, do: 'crash' }], { max: 2 });
    expect(g).toMatchObject({ solved: true, used: 1, left: 1 });
  });

  it('a kind not allowed, or one action too many, is not solved and says why', () => {
    expect(grade({ leader: {} }, b, [{ at: 1, do: 'crash' }], { allow: ['timeout'] })).toMatchObject({ solved: false, metAt: 1, broken: { reason: 'not-allowed', do: 'crash', at: 1 } });
    expect(grade({ leader: {} }, b, [{ at: 0, do: 'timeout' }, { at: 1, do: 'timeout' }], { max: 1 })).toMatchObject({ solved: false, broken: { reason: 'too-many', used: 2, max: 1 }, left: 0 });
  });

  it('the learner’s actions are the steps after time 0 that are not narrations', () => {
    expect(learnerActions([{ at: 0, do: 'client' }, { at: 3, do: 'narrate' }, { at: 4, do: 'crash' }])).toEqual([{ at: 4, do: 'crash' }]);
  });
});
