// The students' link as a QR code (README "Live class"): uqr encodes the text into a square of
// dark and light modules, and this turns the dark ones into one SVG path, one unit per module,
// so React draws it at any size with crisp edges. Loaded only when the teacher shows the code
// (a dynamic import keeps it out of the page's first bundle).

import { encode } from 'uqr';

/** A quiet zone of 4 modules on each side is what scanners expect (ISO/IEC 18004). */
export const QUIET_ZONE = 4;

export interface QrSquare {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** The dark modules as an SVG path in module units. */
  path: string;
}

/** The dark modules of a module matrix as one path: a run of dark modules in a row is one rectangle. */
export function darkPath(rows: readonly (readonly boolean[])[], offset = 0): string {
  const parts: string[] = [];
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < row.length && row[end + 1]) end++;
      parts.push(`M${x + offset} ${y + offset}h${end - x + 1}v1h${-(end - x + 1)}z`);
      x = end;
    }
  });
  return parts.join('');
}

/** The QR code of a text (medium error correction: a projector's glare costs a few modules). */
export function qrSquare(text: string): QrSquare {
  const qr = encode(text, { ecc: 'M', border: 0 });
  return { size: qr.size + 2 * QUIET_ZONE, path: darkPath(qr.data, QUIET_ZONE) };
}
