import { describe, expect, it } from 'vitest';
import { clampSpeed, dragStands, formatSpeed, LADDER, MAX_SPEED, MIN_SPEED, nextSpeed, PRESETS, sliderPosition, SLIDER_MAX, sliderToSpeed, speedToSlider, type SliderDrag } from '../../src/ui/views/playback/speed';

describe('speed scale', () => {
  it('maps the ends of the slider to the ends of the range', () => {
    expect(sliderToSpeed(0)).toBe(MIN_SPEED);
    expect(sliderToSpeed(SLIDER_MAX)).toBe(MAX_SPEED);
    expect(speedToSlider(MIN_SPEED)).toBe(0);
    expect(speedToSlider(MAX_SPEED)).toBe(SLIDER_MAX);
  });

  it('is logarithmic: equal slider distances are equal speed ratios', () => {
    const a = speedToSlider(0.1);
    const b = speedToSlider(1);
    const c = speedToSlider(10);
    expect(Math.abs(b - a - (c - b))).toBeLessThanOrEqual(1);
  });

  it('round-trips every preset exactly', () => {
    for (const p of PRESETS) expect(sliderToSpeed(speedToSlider(p))).toBe(p);
  });

  it('rounds to two significant digits and stays in range', () => {
    for (let pos = 0; pos <= SLIDER_MAX; pos++) {
      const s = sliderToSpeed(pos);
      expect(s).toBeGreaterThanOrEqual(MIN_SPEED);
      expect(s).toBeLessThanOrEqual(MAX_SPEED);
      expect(Number(s.toPrecision(2))).toBe(s);
    }
  });

  it('is monotonic, so dragging right never slows down', () => {
    for (let pos = 1; pos <= SLIDER_MAX; pos++) expect(sliderToSpeed(pos)).toBeGreaterThanOrEqual(sliderToSpeed(pos - 1));
  });

  it('clamps and repairs nonsense', () => {
    expect(clampSpeed(1000)).toBe(MAX_SPEED);
    expect(clampSpeed(0)).toBe(MIN_SPEED);
    expect(clampSpeed(Number.NaN)).toBe(1);
    expect(sliderToSpeed(-5)).toBe(MIN_SPEED);
  });
});

describe('slider position', () => {
  it('follows the speed when the user has not touched the slider', () => {
    expect(sliderPosition(1, null)).toBe(speedToSlider(1));
    expect(sliderPosition(1, { pos: 17, held: false })).toBe(17);
  });

  it('keeps the position the user chose while it still means the current speed, so arrow keys move on', () => {
    let drag: SliderDrag | null = { pos: speedToSlider(1), held: false };
    let speed = 1;
    // Press the right arrow until the rounded speed changes: the thumb must keep moving.
    for (let i = 0; i < 5 && speed === 1; i++) {
      drag = { pos: sliderPosition(speed, drag) + 1, held: false };
      speed = sliderToSpeed(drag.pos);
      expect(dragStands(drag, speed)).toBe(true);
    }
    expect(speed).toBeGreaterThan(1);
  });

  it('gives way when the speed changed elsewhere (a preset, the + key)', () => {
    expect(dragStands({ pos: speedToSlider(1), held: false }, 10)).toBe(false);
    expect(dragStands(null, 1)).toBe(false);
  });

  it('stays under the pointer while held, before the worker confirms', () => {
    expect(dragStands({ pos: 150, held: true }, 1)).toBe(true);
  });
});

describe('+ and - keys', () => {
  it('walk the ladder both ways and stop at the ends', () => {
    expect(nextSpeed(1, 1)).toBe(2);
    expect(nextSpeed(1, -1)).toBe(0.5);
    expect(nextSpeed(MAX_SPEED, 1)).toBe(MAX_SPEED);
    expect(nextSpeed(MIN_SPEED, -1)).toBe(MIN_SPEED);
  });

  it('go to the neighbouring rung from a speed between rungs', () => {
    expect(nextSpeed(3.2, 1)).toBe(5);
    expect(nextSpeed(3.2, -1)).toBe(2);
  });

  it('visit every rung from the slowest to the fastest', () => {
    const seen = [MIN_SPEED];
    while ((seen.at(-1) as number) < MAX_SPEED) seen.push(nextSpeed(seen.at(-1) as number, 1));
    expect(seen).toEqual(LADDER);
  });
});

describe('formatSpeed', () => {
  it('has no trailing zeros', () => {
    expect(formatSpeed(1)).toBe('1×');
    expect(formatSpeed(0.25)).toBe('0.25×');
    expect(formatSpeed(0.05)).toBe('0.05×');
    expect(formatSpeed(100)).toBe('100×');
    expect(formatSpeed(3.2)).toBe('3.2×');
  });
});
