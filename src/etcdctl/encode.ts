// Byte-level encodings etcdctl's printers use: base64 of a key's UTF-8 bytes (Go's
// encoding/json marshals []byte that way), Go's %q quoting (strconv.Quote), Go durations,
// and go-humanize's byte sizes.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63];
    out += B64[(n >> 12) & 63];
    out += b === undefined ? '=' : B64[(n >> 6) & 63];
    out += c === undefined ? '=' : B64[n & 63];
  }
  return out;
}

const GO_ESCAPES: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '\\': '\\\\', '"': '\\"' };

/** Go's strconv.Quote for valid UTF-8 text. */
export function goQuote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const esc = GO_ESCAPES[ch];
    const code = ch.codePointAt(0) as number;
    if (esc) out += esc;
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** A JSON string literal as Go's encoding/json writes it (<, >, & escaped). */
export function goJsonString(text: string): string {
  return JSON.stringify(text).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

/** Go's time.Duration String() for a whole number of virtual milliseconds. */
export function goDuration(ms: number): string {
  if (ms === 0) return '0s';
  if (ms < 1000) return `${ms}ms`;
  const s = ms / 1000;
  if (s < 60) return `${trimZeros(s.toFixed(3))}s`;
  const m = Math.floor(s / 60);
  return `${m}m${trimZeros((s - m * 60).toFixed(3))}s`;
}

function trimZeros(x: string): string {
  return x.includes('.') ? x.replace(/0+$/, '').replace(/\.$/, '') : x;
}

/** go-humanize Bytes: SI units, one decimal below 10 ("20 kB", "8.2 kB"). */
export function humanBytes(n: number): string {
  if (n < 10) return `${n} B`;
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  const e = Math.floor(Math.log(n) / Math.log(1000));
  const val = Math.floor((n / 1000 ** e) * 10 + 0.5) / 10;
  return `${val < 10 ? val.toFixed(1) : String(roundHalfEven(val))} ${units[e]}`;
}

/** Go's %016x of an int64 lease id (a number, bigint or exact decimal string); the sign precedes the zeros. */
export function hex16(id: number | bigint | string): string {
  const n = BigInt(id);
  return n < 0n ? `-${(-n).toString(16).padStart(15, '0')}` : n.toString(16).padStart(16, '0');
}

/** Go's %.0f rounds halves to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
