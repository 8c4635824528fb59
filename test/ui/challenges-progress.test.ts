// The learner's challenge progress: a built-in is known by its id, a teacher's file by a
// stable hash of its name and goal; what is solved survives a new page (localStorage).

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeScenario } from '../../src/scenario';
import { builtinChallenge } from '../../src/scenario/challenges';
import { describeEvent } from '../../src/ui/views/challenges/proof';

class MemoryStorage {
  private data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

describe('challenge progress', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', new MemoryStorage());
    vi.resetModules();
  });

  it('keys: the built-in id, also with the learner’s steps; a file gets file:HASH, the same for the same goal', async () => {
    const { challengeKey } = await import('../../src/ui/views/challenges/progress');
    const first = builtinChallenge('first-leader')!;
    expect(challengeKey(first)).toBe('first-leader');
    expect(challengeKey({ ...first, steps: [{ at: 1, do: 'timeout', node: 'n1' }] })).toBe('first-leader');
    const file = makeScenario({ name: 'Mine', challenge: { task: 'x', goal: { splitVote: {} } } });
    expect(challengeKey(file)).toMatch(/^file:[0-9a-f]{8}$/);
    expect(challengeKey(structuredClone(file))).toBe(challengeKey(file));
    expect(challengeKey({ ...file, challenge: { task: 'x', goal: { entryLost: {} } } })).not.toBe(challengeKey(file));
    expect(challengeKey(makeScenario({}))).toBeUndefined();
  });

  it('a solved key is saved and read back by the next page', async () => {
    const first = await import('../../src/ui/views/challenges/progress');
    first.useProgress.getState().markSolved('first-leader');
    first.useProgress.getState().markSolved('first-leader');
    vi.resetModules();
    const next = await import('../../src/ui/views/challenges/progress');
    expect(next.useProgress.getState().solved).toEqual(['first-leader']);
  });

  it('stored garbage reads as nothing solved', async () => {
    localStorage.setItem('raft-explorer.challenges.v1', '{"solved": [1, "ok"]');
    const { useProgress } = await import('../../src/ui/views/challenges/progress');
    expect(useProgress.getState().solved).toEqual([]);
  });

  it('a proving event reads as its fields', () => {
    expect(describeEvent('{"t":38,"ev":"role","node":"n1","role":"leader","term":1}')).toEqual({ ev: 'role', fields: 'node=n1 role=leader term=1' });
  });
});
