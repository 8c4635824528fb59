// The live checks in the worker's session: playback stops at the first violation and the
// frame names it; a clean run shows none; seeking back hides what is not reached yet; a fork
// checks the new future.

import { describe, expect, it } from 'vitest';
import { builtin } from '../../src/scenario/builtins';
import type { BugName, Scenario } from '../../src/sim/scenario-types';
import { Session } from '../../src/worker/session';

function withBugs(id: string, bugs: BugName[]): Scenario {
  const s = builtin(id) as Scenario;
  return { ...s, cluster: { ...s.cluster, bugs }, steps: s.steps.filter((step) => step.do !== 'narrate') };
}

/** Plays at 100x until playback stops by itself, or (free play goes on) 5 s past the scenario's end. */
function playUntilStopped(session: Session): void {
  const end = session.sim.scenario.until + 5000;
  session.setSpeed(100);
  session.play();
  for (let i = 0; i < 10_000 && session.playing && session.sim.now < end; i++) session.advanceWall(16);
}

describe('live checks', () => {
  it('figure-8 with commit-old-term: playback stops at the lost committed entry and names the property', () => {
    const session = new Session(withBugs('figure-8', ['commit-old-term']));
    playUntilStopped(session);
    const frame = session.frame();
    expect(frame.paused).toBe('violation');
    const first = frame.checks?.violations[0];
    expect(first).toBeDefined();
    expect(['State Machine Safety', 'Leader Completeness', 'Commit Monotonicity']).toContain(first?.property);
    // Stopped at the moment of the revealing event, which is among the trace so far.
    expect(frame.time).toBe(first?.t);
    expect(first?.events.length).toBeGreaterThan(0);
    expect(first?.events.every((p) => p.index < session.sim.recorder.count)).toBe(true);
    // Playing on does not stop at the same violation again.
    const at = frame.time;
    session.play();
    session.advanceWall(16);
    expect(session.sim.now).toBeGreaterThan(at);
  });

  it('the clean figure-8 plays past its end (free play) with no violation and a linearizable history', () => {
    const session = new Session(withBugs('figure-8', []));
    const until = session.sim.scenario.until;
    playUntilStopped(session);
    expect(session.playing).toBe(true);
    expect(session.sim.now).toBeGreaterThan(until);
    session.pause();
    const frame = session.frame();
    expect(frame.checks?.violations).toEqual([]);
    expect(frame.checks?.checked).toBe(session.sim.recorder.count);
    expect(frame.checks?.linearizability.state).toBe('ok');
  });

  it('seeking back before the violation hides it; coming back shows it again', () => {
    const session = new Session(withBugs('figure-8', ['commit-old-term']));
    playUntilStopped(session);
    const t = session.frame().time;
    session.seek(t - 200);
    expect(session.frame().checks?.violations).toEqual([]);
    session.seek(t);
    expect(session.frame().checks?.violations.length).toBeGreaterThan(0);
  });

  it('stale-leader-read: a stale linearizable read is caught as not linearizable', () => {
    const session = new Session(withBugs('stale-leader', ['stale-leader-read']));
    playUntilStopped(session);
    const frame = session.frame();
    expect(frame.paused).toBe('violation');
    const lin = frame.checks?.violations.find((v) => v.property === 'Linearizability');
    expect(lin?.events.some((p) => p.event.ev === 'return')).toBe(true);
    expect(frame.checks?.linearizability.state).toBe('violated');
  });

  it('acting in the past (a fork) checks the new future from the trace so far', () => {
    const session = new Session(withBugs('figure-8', ['commit-old-term']));
    playUntilStopped(session);
    const t = session.frame().time;
    session.seek(1000);
    // n1 never leads again in this future, so the old entry is never committed by counting.
    session.act({ do: 'crash', node: 'n1' });
    session.seek(t + 300);
    const frame = session.frame();
    expect(frame.checks?.checked).toBe(session.sim.recorder.count);
    // The same as checking the forked scenario from scratch.
    const fresh = new Session(structuredClone(session.scenario()));
    fresh.seek(t + 300);
    expect(frame.checks?.violations).toEqual(fresh.frame().checks?.violations);
    session.undo();
    session.seek(t);
    expect(session.frame().checks?.violations.length).toBeGreaterThan(0);
  });
});
