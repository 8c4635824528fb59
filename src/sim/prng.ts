// A seeded pseudo-random number generator with independent named streams.
//
// Every random choice of the simulation comes from here. Each consumer (a node's
// election timer, the network, a client) owns its own stream, derived from the
// scenario seed and the stream's name, so adding a node or an observer never
// reshuffles the numbers the others draw.

/** A 32-bit integer hash of a string (FNV-1a), used to name streams. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** splitmix32 finalizer: spreads seed bits so that nearby seeds give unrelated streams. */
function mix32(x: number): number {
  x = (x + 0x9e3779b9) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** One stream: xoshiro128** over four 32-bit words. Deterministic and cloneable. */
export class Rng {
  private s: [number, number, number, number];

  constructor(seed: number, stream: string) {
    let x = mix32((seed >>> 0) ^ hashString(stream));
    const words: number[] = [];
    for (let i = 0; i < 4; i++) {
      x = mix32(x + i);
      words.push(x);
    }
    if (!words.some((w) => w !== 0)) words[0] = 1;
    this.s = words as [number, number, number, number];
  }

  /** The next 32-bit unsigned integer. */
  nextU32(): number {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  }

  /** A uniform integer in [min, max], both inclusive, without modulo bias. */
  int(min: number, max: number): number {
    const span = max - min + 1;
    if (span <= 1) return min;
    const limit = Math.floor(0x100000000 / span) * span;
    let x = this.nextU32();
    while (x >= limit) x = this.nextU32();
    return min + (x % span);
  }

  /** True with probability p (0 to 1), at a resolution of 2^-32. */
  chance(p: number): boolean {
    if (p <= 0) return false;
    if (p >= 1) return true;
    return this.nextU32() < p * 0x100000000;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }

  clone(): Rng {
    const copy = Object.create(Rng.prototype) as Rng;
    copy.s = [...this.s];
    return copy;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
