import { describe, expect, it } from 'vitest';
import type { Step } from '../../src/sim/scenario-types';
import { narrationAt, narrationGroups, waitingOnNarration } from '../../src/ui/views/side/narration';

const steps: Step[] = [
  { at: 2000, do: 'narrate', text: 'second' },
  { at: 0, do: 'narrate', text: { en: 'first', 'zh-CN': '第一' } },
  { at: 1000, do: 'client', client: 'c1', op: { type: 'put', key: 'a', value: '1' } },
  { at: 2000, do: 'narrate', text: 'second, more', pause: true },
  { at: 5000, do: 'narrate', text: 'third' },
];

describe('narrationGroups', () => {
  it('keeps only narrations, in time order, grouping those of one millisecond in scenario order', () => {
    const groups = narrationGroups(steps);
    expect(groups.map((g) => g.at)).toEqual([0, 2000, 5000]);
    expect(groups[1]!.texts).toEqual(['second', 'second, more']);
    expect(groups[1]!.pause).toBe(true);
    expect(groups[0]!.pause).toBe(false);
  });

  it('is empty without a scenario', () => {
    expect(narrationGroups(undefined)).toEqual([]);
  });
});

describe('narrationAt', () => {
  const groups = narrationGroups(steps);

  it('shows the latest narration at or before the time, with its neighbours', () => {
    const p = narrationAt(groups, 2000);
    expect(p.index).toBe(1);
    expect(p.current?.at).toBe(2000);
    expect(p.previous?.at).toBe(0);
    expect(p.next?.at).toBe(5000);
  });

  it('has no Back at the first narration and no Next after the last', () => {
    expect(narrationAt(groups, 10).previous).toBeUndefined();
    expect(narrationAt(groups, 10).next?.at).toBe(2000);
    expect(narrationAt(groups, 9000).next).toBeUndefined();
    expect(narrationAt(groups, 9000).current?.at).toBe(5000);
  });

  it('shows nothing before the first narration, and offers it as Next', () => {
    const p = narrationAt(narrationGroups([{ at: 500, do: 'narrate', text: 'x' }]), 100);
    expect(p.index).toBe(-1);
    expect(p.current).toBeUndefined();
    expect(p.next?.at).toBe(500);
  });
});

describe('waitingOnNarration', () => {
  const groups = narrationGroups(steps);
  it('is true when the worker paused for a narration', () => {
    expect(waitingOnNarration(narrationAt(groups, 2000), 2000, false, 'narration')).toBe(true);
  });
  it('is true on a pausing narration the learner jumped to, not once playing or past it', () => {
    expect(waitingOnNarration(narrationAt(groups, 2000), 2000, false, undefined)).toBe(true);
    expect(waitingOnNarration(narrationAt(groups, 2000), 2000, true, undefined)).toBe(false);
    expect(waitingOnNarration(narrationAt(groups, 2100), 2100, false, 'user')).toBe(false);
    expect(waitingOnNarration(narrationAt(groups, 0), 0, false, undefined)).toBe(false);
  });
});
