import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/sim/prng';

function draw(rng: Rng, n: number, min = 0, max = 999): number[] {
  return Array.from({ length: n }, () => rng.int(min, max));
}

describe('seeded PRNG streams', () => {
  it('gives the same numbers for the same seed and stream', () => {
    expect(draw(new Rng(42, 'node:n1'), 50)).toEqual(draw(new Rng(42, 'node:n1'), 50));
  });

  it('gives unrelated numbers for different streams or seeds', () => {
    const a = draw(new Rng(42, 'node:n1'), 50);
    expect(draw(new Rng(42, 'node:n2'), 50)).not.toEqual(a);
    expect(draw(new Rng(43, 'node:n1'), 50)).not.toEqual(a);
  });

  it('keeps one stream unchanged however much another stream is used', () => {
    const alone = new Rng(7, 'net');
    const expected = draw(alone, 20);
    const other = new Rng(7, 'node:n9');
    draw(other, 1000);
    expect(draw(new Rng(7, 'net'), 20)).toEqual(expected);
  });

  it('stays within inclusive bounds and reaches both ends', () => {
    const rng = new Rng(1, 'bounds');
    const seen = new Set(draw(rng, 2000, 150, 155));
    expect([...seen].sort()).toEqual([150, 151, 152, 153, 154, 155]);
  });

  it('draws chance(p) near p and never for p = 0', () => {
    const rng = new Rng(3, 'loss');
    let hits = 0;
    for (let i = 0; i < 10_000; i++) if (rng.chance(0.2)) hits++;
    expect(hits).toBeGreaterThan(1800);
    expect(hits).toBeLessThan(2200);
    expect(Array.from({ length: 100 }, () => rng.chance(0)).some(Boolean)).toBe(false);
  });

  it('clones continue identically', () => {
    const rng = new Rng(5, 'x');
    draw(rng, 10);
    const copy = rng.clone();
    expect(draw(copy, 10)).toEqual(draw(rng, 10));
  });
});
