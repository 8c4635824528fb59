// A narration with a question stops playback there, even without `pause: true`: the learner
// predicts before the run shows what happens.

import { expect, it } from 'vitest';
import { makeScenario } from '../../src/scenario';
import { Session } from '../../src/worker/session';

it('playback stops at a question', () => {
  const scenario = makeScenario({
    until: 3000,
    steps: [
      { at: 500, do: 'narrate', text: 'just talk' },
      { at: 800, do: 'narrate', text: 'predict', question: { ask: 'Who wins?', choices: ['a', 'b'], answer: 0 } },
    ],
  });
  const session = new Session(scenario);
  session.play();
  session.advanceWall(100);
  for (let i = 0; i < 20 && session.playing; i++) session.advanceWall(100);
  expect(session.playing).toBe(false);
  expect(session.sim.now).toBe(800);
  expect(session.frame().paused).toBe('narration');
});
