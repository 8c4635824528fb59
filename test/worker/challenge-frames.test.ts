// The worker grades a challenge in every frame at the current position: an action the
// learner takes is counted, a solved goal comes with its proof, and seeking back before the
// proving event un-solves it (the grade is of the trace up to now).

import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/scenario';
import { builtinChallenge } from '../../src/scenario/challenges';
import { Session } from '../../src/worker/session';

describe('challenge grade in frames', () => {
  it('a scenario without a challenge sends none', () => {
    const session = new Session({ ...defaultScenario(), until: 300 });
    session.seek(300);
    expect(session.frame().challenge).toBeUndefined();
  });

  it('first-leader: one timeout of n1, solved with the role event; seeking back un-solves', () => {
    const session = new Session(builtinChallenge('first-leader')!);
    expect(session.frame().challenge).toMatchObject({ solved: false, used: 0, left: 1 });
    session.act({ do: 'timeout', node: 'n1' });
    session.seek(1000);
    const grade = session.frame().challenge!;
    expect(grade).toMatchObject({ solved: true, used: 1, left: 0 });
    expect(grade.proof.map((p) => JSON.parse(p.line))).toEqual([expect.objectContaining({ ev: 'role', node: 'n1', role: 'leader', term: 1 })]);
    session.seek(10);
    expect(session.frame().challenge?.solved).toBe(false);
  });
});
