// The reached speed the playback bar reports when a machine cannot keep up (issue 16: 100x
// that really reaches 17x must say so).

import { describe, expect, it } from 'vitest';
import { PaceMeter } from '../../src/worker/pace';

describe('PaceMeter', () => {
  it('says nothing until half a second of wall time is measured', () => {
    const m = new PaceMeter();
    for (let i = 0; i < 20; i++) m.note(16, 1600);
    expect(m.reached()).toBeUndefined();
    for (let i = 0; i < 20; i++) m.note(16, 1600);
    expect(m.reached()).toBeCloseTo(100);
  });

  it('measures over the last second only: a slow stretch long ago does not count', () => {
    const m = new PaceMeter();
    for (let i = 0; i < 60; i++) m.note(16, 16 * 17); // 17x for about a second
    for (let i = 0; i < 70; i++) m.note(16, 1600); // then 100x for over a second
    expect(m.reached()).toBeCloseTo(100);
  });

  it('reset forgets what was measured', () => {
    const m = new PaceMeter();
    for (let i = 0; i < 40; i++) m.note(16, 160);
    m.reset();
    expect(m.reached()).toBeUndefined();
  });
});
