// Time-travel checkpoints: a clone taken at time T and run to the end gives exactly the
// trace the original gives, and running one never disturbs the other.

import { describe, expect, it } from 'vitest';
import { fuzzScenario } from '../../src/scenario/fuzz';
import { Recorder } from '../../src/sim/recorder';
import { createSimulation, runScenario } from '../../src/sim/run';

describe('simulation clones (checkpoints)', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`seed ${seed}: a checkpoint resumed later continues the run byte for byte`, () => {
      const { scenario } = fuzzScenario(seed, { nodes: 3 + (seed % 3) * 2, clients: true });
      const expected = runScenario(scenario, { trace: true }).recorder.toJsonl();

      const live = createSimulation(scenario, { trace: true });
      live.runUntil(2500 + seed * 300);
      const frozen = new Recorder(false);
      frozen.count = live.recorder.count;
      const checkpoint = live.clone(frozen);
      live.runUntil(scenario.until); // the original runs on past the checkpoint
      expect(live.recorder.toJsonl()).toBe(expected);

      const rec = live.recorder;
      rec.rewind(checkpoint.recorder.count);
      const resumed = checkpoint.clone(rec);
      resumed.runUntil(scenario.until);
      expect(rec.toJsonl()).toBe(expected);

      // The checkpoint itself is untouched: resuming it a second time gives the same again.
      rec.rewind(checkpoint.recorder.count);
      checkpoint.clone(rec).runUntil(scenario.until);
      expect(rec.toJsonl()).toBe(expected);
    });
  }
});
