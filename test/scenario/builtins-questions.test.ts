// Predict-then-reveal: every question a built-in asks has its answer checked against the
// run. Each check reads the trace and says which choice really happened; it must be the one
// the scenario calls right. A question added without a check here fails the first test.

import { describe, expect, it } from 'vitest';
import { BUILTINS, type Builtin } from '../../src/scenario/builtins';
import type { Question } from '../../src/sim/scenario-types';
import type { TraceEvent } from '../../src/sim/trace-types';
import { commitBefore, eventsOf, grantedBy, leadersBefore, logBefore, returnsOf, termsSummary, traceOf } from './builtins-helpers';

type Check = (events: readonly TraceEvent[]) => number;

/** Leaders elected after `from` (role events), as "node@term", in order. */
function leadersSince(events: readonly TraceEvent[], from: number): { node: string; term: number; t: number }[] {
  return eventsOf(events, 'role').filter((e) => e.t > from && e.role === 'leader').map((e) => ({ node: e.node, term: e.term, t: e.t }));
}

/** Who leads after the heal at 2.5 s in the prevote pair: 0 n1 still, 1 n3, 2 someone else. */
const afterHeal: Check = (events) => {
  const later = leadersSince(events, 2500);
  if (later.length === 0 && leadersBefore(events, Infinity).includes('n1@1')) return 0;
  return later.some((l) => l.node === 'n3') ? 1 : 2;
};

const CHECKS: Record<string, Check> = {
  // How many of the other four grant n1 their vote: all four (0), some (1), none (2).
  'first-election@204': (events) => {
    const granted = grantedBy(events, 'n1', 1).filter((n) => n !== 'n1').length;
    return granted === 4 ? 0 : granted === 0 ? 2 : 1;
  },
  // Who leads term 1: n1, n2, n3, or nobody (3).
  'split-vote@101': (events) => {
    const leaders = [...(termsSummary(events).get(1)?.leaders ?? [])];
    return leaders.length === 0 ? 3 : ['n1', 'n2', 'n3'].indexOf(leaders[0] as string);
  },
  // Every leader after the crash holds x=1 (0); else it was lost (2).
  'leader-crash@1001': (events) => {
    const later = leadersSince(events, 1001);
    expect(later.length).toBeGreaterThan(0);
    return later.every((l) => logBefore(events, l.node, l.t + 1)[2] === '1:put x=1 c1#1') ? 0 : 2;
  },
  'prevote@2472': afterHeal,
  'prevote-off@2226': afterHeal,
  // Is y=1 committed (applied anywhere) while the network is split (before 2300)? yes 0 / no 1.
  'stale-leader@1555': (events) => (eventsOf(events, 'apply', 2300).some((e) => e.entry.includes('put y=1')) ? 0 : 1),
  // The serializable read of x at n1: new (0), old (1), no answer while split (2).
  'stale-leader@1629': (events) => {
    const answer = returnsOf(events, 'c2', 2300)[0];
    if (!answer?.ok) return 2;
    return ['new', 'old'].indexOf(answer.result?.kvs?.[0]?.value ?? '');
  },
  // Cut off at 1000 with CheckQuorum: keeps leading (0), first steps down within ~2 timeouts (1),
  // first runs for term 2 (2). (Afterwards, alone, it pre-votes in vain: PreVote is on.)
  'check-quorum@1001': (events) => {
    const first = eventsOf(events, 'role', 2200).find((e) => e.node === 'n1' && e.t > 1000);
    if (!first) return 0;
    if (first.role === 'follower' && first.term === 1 && first.t <= 1000 + 2 * 300) return 1;
    return first.role === 'candidate' ? 2 : -1;
  },
  // After the lease's 5 s: the key stays (0); revoked through the log, the same entry applied
  // on every node and a DELETE to the watcher (1); deleted by each node on its own (2).
  'etcdctl-tour@1342': (events) => {
    const expiry = eventsOf(events, 'apply', 8000).filter((e) => e.entry.includes('lease-expire'));
    const deleted = eventsOf(events, 'watch', 8000).some((w) => w.events.some((x) => x.type === 'DELETE' && x.kv.key === 'app/session'));
    if (expiry.length === 0 && !deleted) return 0;
    const sameEntry = new Set(expiry.map((e) => `${e.index}/${e.entry}`)).size === 1 && new Set(expiry.map((e) => e.node)).size === 3;
    return sameEntry && deleted ? 1 : 2;
  },
  // Does n1 commit index 17 (x=E of term 1) while it leads term 3 (before its crash at 2050)? yes 0 / no 1.
  'figure-8@1976': (events) => (commitBefore(events, 'n1', 2050) >= 17 ? 0 : 1),
};

function questionsOf(b: Builtin): { key: string; question: Question }[] {
  return b.scenario.steps.flatMap((s) => (s.do === 'narrate' && s.question ? [{ key: `${b.id}@${s.at}`, question: s.question }] : []));
}

const asked = BUILTINS.flatMap((b) => questionsOf(b).map((q) => ({ ...q, builtin: b })));

describe('built-in questions', () => {
  it('several built-ins ask questions, and each question has a check here', () => {
    expect(new Set(asked.map((q) => q.builtin.id)).size).toBeGreaterThanOrEqual(6);
    for (const { key } of asked) expect(Object.keys(CHECKS), key).toContain(key);
  });

  it('every question is asked in English and Chinese, with its choices and explanation', () => {
    for (const { key, question } of asked) {
      for (const text of [question.ask, question.explain, ...question.choices]) {
        expect(text, key).toMatchObject({ en: expect.any(String), 'zh-CN': expect.any(String) });
      }
      expect(question.answer, key).toBeLessThan(question.choices.length);
    }
  });

  for (const { key, question, builtin } of asked) {
    it(`${key}: the right answer is what happens in the run`, () => {
      const check = CHECKS[key];
      if (!check) throw new Error(`no check for ${key}`);
      expect(check(traceOf(builtin))).toBe(question.answer);
    });
  }
});
