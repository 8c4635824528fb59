// The page's copy of the trace (ui/trace-copy.ts) from the frames a session sends, through
// a structured clone as postMessage makes it: after every move (playing, seeking back and
// forth, stepping back, acting in the past, loading anew) the copy is the recorder's trace,
// byte for byte, although most frames now carry their events once, as objects only.

import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../src/scenario';
import { builtin } from '../../src/scenario/builtins';
import type { Scenario } from '../../src/sim/scenario-types';
import { TraceCopy } from '../../src/ui/trace-copy';
import { Session } from '../../src/worker/session';

function busy(): Scenario {
  return makeScenario({
    cluster: { nodes: ['n1', 'n2', 'n3'] },
    until: 6000,
    steps: Array.from({ length: 40 }, (_, i) => ({ at: 300 + i * 120, do: 'client' as const, client: `c${i % 2}`, op: { type: 'put' as const, key: `k${i % 5}`, value: String(i) } })),
  });
}

describe('the page copy of the trace', () => {
  it('stays the recorder trace through every kind of move', () => {
    const session = new Session(busy());
    const copy = new TraceCopy();
    let textFrames = 0;
    const sync = (what: string) => {
      const frame = structuredClone(session.frame());
      if (frame.trace.append.length > 0) textFrames++;
      copy.take(frame);
      expect(copy.text(), what).toBe(session.sim.recorder.toJsonl());
    };
    sync('first frame');
    session.setSpeed(10);
    session.play();
    for (let i = 0; i < 20; i++) {
      session.advanceWall(16);
      // Read the copy only now and then: unread events stay objects in between.
      if (i % 7 === 0) sync(`playing ${i}`);
      else copy.take(structuredClone(session.frame()));
    }
    sync('after playing');
    session.pause();
    session.seek(1200);
    sync('seek back');
    session.seek(4000);
    sync('seek forward');
    session.step('back');
    sync('step back');
    session.step('event');
    sync('step forward');
    session.seek(2500);
    session.act({ do: 'crash', node: 'n2' });
    sync('acted in the past');
    session.load(builtin('leader-crash') as Scenario, 900);
    sync('a new load');
    expect(textFrames).toBeLessThan(6);
  });

  it('drops unwritten events when a frame keeps less than it holds', () => {
    const session = new Session(busy());
    session.seek(3000);
    const copy = new TraceCopy();
    copy.take(structuredClone(session.frame()));
    const full = copy.length;
    session.seek(1000);
    copy.take(structuredClone(session.frame()));
    expect(copy.length).toBeLessThan(full);
    expect(copy.text()).toBe(session.sim.recorder.toJsonl());
  });
});
