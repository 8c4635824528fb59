// Share links (PAGE.md): `#s=DATA` carries a scenario, the time to show and the view, in
// the project's own compressed, versioned encoding:
//   DATA = "1" + base64url(deflate-raw(compact JSON, with a preset dictionary))
// The compact JSON abbreviates field names, drops values equal to SCENARIO.md's defaults and
// stores step times as deltas; decoding reverses that and validates with parseScenario, so
// nothing from a link is ever evaluated. Every failure is a sentence naming the problem.

import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import type { Scenario } from '../sim/scenario-types';
import { parseScenario } from './parse';
import { compactScenario, expandScenario } from './link-compact';
import { LINK_DICTIONARY } from './link-dictionary';

export const LINK_VERSION = 1;
/** Decompressed size limit: a link can never make the page allocate more than this. */
export const MAX_LINK_JSON_BYTES = 2_000_000;
/** Longest DATA accepted (browsers keep far longer fragments, but a limit on everything). */
export const MAX_LINK_CHARS = 1_000_000;

/** What a link carries besides the scenario. */
export interface LinkView {
  /** Virtual ms to show. */
  time?: number;
  /** Which node, entry or key is selected, and other UI state worth sharing. */
  view?: Record<string, string | number | boolean>;
}

export type DecodedLink = { ok: true; scenario: Scenario } & LinkView;
export type LinkResult = DecodedLink | { ok: false; error: string };

const dictionary = strToU8(LINK_DICTIONARY);

export function encodeLink(scenario: Scenario, extra: LinkView = {}): string {
  const payload: Record<string, unknown> = { s: compactScenario(scenario) };
  if (extra.time !== undefined && extra.time > 0) payload.t = extra.time;
  if (extra.view && Object.keys(extra.view).length > 0) payload.v = extra.view;
  const bytes = deflateSync(strToU8(JSON.stringify(payload)), { level: 9, mem: 8, dictionary });
  return `${LINK_VERSION}${toBase64Url(bytes)}`;
}

export function decodeLink(data: string): LinkResult {
  if (data.length === 0) return { ok: false, error: 'The link carries no scenario (the part after #s= is empty).' };
  if (data.length > MAX_LINK_CHARS) return { ok: false, error: `The link is too long (${data.length} characters; at most ${MAX_LINK_CHARS}).` };
  const version = data.charCodeAt(0) - 48;
  if (!Number.isInteger(version) || version < 1 || version > 9) return { ok: false, error: 'The link is damaged: it does not start with a format version.' };
  if (version > LINK_VERSION) return { ok: false, error: `The link was made by a newer Raft Explorer (link format ${version}; this page reads format ${LINK_VERSION}).` };
  const bytes = fromBase64Url(data.slice(1));
  if (!bytes) return { ok: false, error: 'The link is damaged: it holds characters a share link never has.' };
  const inflated = inflateCapped(bytes);
  if (!inflated.ok) return inflated;
  let payload: unknown;
  try {
    payload = JSON.parse(inflated.text);
  } catch {
    return { ok: false, error: 'The link is damaged: its contents are not readable.' };
  }
  return readPayload(payload);
}

function readPayload(payload: unknown): LinkResult {
  if (typeof payload !== 'object' || payload === null || !('s' in payload)) return { ok: false, error: 'The link is damaged: it holds no scenario.' };
  const p = payload as { s: unknown; t?: unknown; v?: unknown };
  const expanded = expandScenario(p.s);
  if (!expanded.ok) return { ok: false, error: `The link's scenario is invalid: ${expanded.error}` };
  const parsed = parseScenario(expanded.value);
  if (!parsed.ok) return { ok: false, error: `The link's scenario is invalid: ${parsed.error}` };
  const out: DecodedLink = { ok: true, scenario: parsed.scenario };
  if (typeof p.t === 'number' && Number.isSafeInteger(p.t) && p.t >= 0) out.time = Math.min(p.t, parsed.scenario.until);
  if (isFlatView(p.v)) out.view = p.v;
  return out;
}

function isFlatView(v: unknown): v is Record<string, string | number | boolean> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const entries = Object.entries(v);
  return entries.length <= 20 && entries.every(([k, x]) => k.length <= 32 && (typeof x === 'number' || typeof x === 'boolean' || (typeof x === 'string' && x.length <= 256)));
}

/** Inflates without ever holding more than MAX_LINK_JSON_BYTES. */
function inflateCapped(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  let done = false;
  const inflater = new Inflate({ dictionary }, (chunk, final) => {
    size += chunk.length;
    if (size > MAX_LINK_JSON_BYTES) tooLarge = true;
    else chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let i = 0; i < bytes.length && !tooLarge; i += 1024) inflater.push(bytes.subarray(i, i + 1024), i + 1024 >= bytes.length);
  } catch {
    return { ok: false, error: 'The link is damaged or cut short: it cannot be decompressed.' };
  }
  if (tooLarge) return { ok: false, error: `The link's scenario is too large (over ${MAX_LINK_JSON_BYTES / 1_000_000} MB once decompressed).` };
  if (!done) return { ok: false, error: 'The link is cut short: part of it is missing.' };
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return { ok: true, text: strFromU8(all) };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let at = 0;
  for (const ch of text) {
    const v = B64_INDEX.get(ch);
    if (v === undefined) return undefined;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}
