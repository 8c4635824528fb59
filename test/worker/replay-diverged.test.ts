// The worker marks a replay that diverges (issue 15 item 9): the frames carry where and
// why, and the page's copy of the trace is rebuilt from the diverging event on.

import { describe, expect, it } from 'vitest';
import { BUILTINS } from '../../src/scenario/builtins';
import { Session } from '../../src/worker/session';

const chain = BUILTINS.find((b) => b.id === 'election-watch-chain')!.scenario;

describe('session: a diverging replay', () => {
  it('carries the divergence in every frame from then on, and the trace keeps only what came before it', () => {
    const session = new Session(chain);
    session.breakReplayForTest();
    session.seek(6000);
    expect(session.frame().diverged).toBeUndefined();
    session.step('back');
    const frame = session.frame();
    const d = frame.diverged;
    expect(d).toBeDefined();
    expect(d!.at).toBeGreaterThanOrEqual(5000);
    expect(d!.detail).toMatch(/recorded .+, replayed/);
    expect(frame.trace.keep).toBeLessThanOrEqual(d!.index);
    session.seek(6500);
    expect(session.frame().diverged).toEqual(d);
  });

  it('a sound run sends no divergence, whatever the seeks', () => {
    const session = new Session(chain);
    for (const t of [6000, 1200, 5000, 300, 7000]) {
      session.seek(t);
      session.step('back');
      expect(session.frame().diverged).toBeUndefined();
    }
  });
});
