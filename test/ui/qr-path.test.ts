// The students' QR code: the SVG path draws exactly the encoder's dark modules, inside a
// quiet zone of 4 light modules, with the three finder squares where scanners look for them.

import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { darkPath, QUIET_ZONE, qrSquare } from '../../src/ui/views/live/qr-path';

/** Paints a path of `Mx yhNv1h-Nz` rectangles back into a matrix. */
function paint(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, w, back] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    expect(back).toBe(w);
    for (let i = 0; i < w; i++) {
      expect(grid[y]![x + i]).toBe(false); // no module painted twice
      grid[y]![x + i] = true;
    }
  }
  return grid;
}

describe('darkPath', () => {
  it('joins a run of dark modules in a row into one rectangle', () => {
    expect(darkPath([[true, true, false, true]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
    expect(darkPath([[false], [true]], 4)).toBe('M4 5h1v1h-1z');
  });
});

describe('qrSquare', () => {
  const link = 'http://192.168.1.20:4180/?class=ABCDEFGH';
  it('draws the encoder’s modules inside a 4-module quiet zone', () => {
    const qr = encode(link, { ecc: 'M', border: 0 });
    const square = qrSquare(link);
    expect(square.size).toBe(qr.size + 2 * QUIET_ZONE);
    const grid = paint(square.path, square.size);
    for (let y = 0; y < square.size; y++) {
      for (let x = 0; x < square.size; x++) {
        const inside = x >= QUIET_ZONE && y >= QUIET_ZONE && x < QUIET_ZONE + qr.size && y < QUIET_ZONE + qr.size;
        expect(grid[y]![x]).toBe(inside ? qr.data[y - QUIET_ZONE]![x - QUIET_ZONE] : false);
      }
    }
  });

  it('has the three finder squares (a dark 7-module ring) in its corners', () => {
    const square = qrSquare(link);
    const grid = paint(square.path, square.size);
    const inner = square.size - 2 * QUIET_ZONE;
    for (const [cx, cy] of [[0, 0], [inner - 7, 0], [0, inner - 7]] as const) {
      const row = grid[QUIET_ZONE + cy]!.slice(QUIET_ZONE + cx, QUIET_ZONE + cx + 7);
      expect(row).toEqual(new Array(7).fill(true));
      // The ring's inside: light, then the dark 3x3 centre.
      expect(grid[QUIET_ZONE + cy + 1]![QUIET_ZONE + cx + 1]).toBe(false);
      expect(grid[QUIET_ZONE + cy + 3]![QUIET_ZONE + cx + 3]).toBe(true);
    }
  });

  it('changes with the link (another room, another code)', () => {
    expect(qrSquare(link).path).not.toBe(qrSquare(link.replace('ABCDEFGH', 'HGFEDCBA')).path);
  });
});
