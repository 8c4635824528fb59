// The live class's link parameters (PAGE.md extension, README "Live class"), in the query
// string so that they never mix with a share link's #s= fragment: `class=CODE` follows a
// teacher, `teach=CODE&key=KEY` is the teacher's page, `relay=ws://HOST:PORT/live` names a
// relay when the page is not served by it.

import { isRoomCode } from '../../live/messages';

export interface LiveParams {
  follow: string | null;
  teach: { room: string; key: string } | null;
  relay: string | null;
  /** A parameter that cannot be used, named. */
  problem: string | null;
}

export function readLiveParams(search: string): LiveParams {
  const q = new URLSearchParams(search);
  const out: LiveParams = { follow: null, teach: null, relay: null, problem: null };
  const relay = q.get('relay');
  if (relay !== null) {
    if (/^wss?:\/\/[^\s]{1,200}$/.test(relay)) out.relay = relay;
    else out.problem = `relay=${relay.slice(0, 60)} is not a ws:// or wss:// address`;
  }
  const follow = q.get('class');
  if (follow !== null) {
    if (isRoomCode(follow.toUpperCase())) out.follow = follow.toUpperCase();
    else out.problem = `class=${follow.slice(0, 20)} is not a room code (8 letters and digits)`;
  }
  const teach = q.get('teach');
  const key = q.get('key');
  if (teach !== null) {
    if (isRoomCode(teach) && key !== null && /^[A-Za-z0-9_-]{16,64}$/.test(key)) out.teach = { room: teach, key };
    else out.problem = 'teach= needs a room code and its key= (as npm run classroom prints them)';
  }
  return out;
}

/** The relay's WebSocket address: the relay= parameter, else the server that served the page. */
export function relayAddress(params: LiveParams, loc: { protocol: string; host: string }): string {
  return params.relay ?? `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/live`;
}

/** The students' link for a room, keeping a relay= the teacher's page was given. */
export function studentLink(base: string, room: string, relay: string | null): string {
  return `${base}?class=${room}${relay ? `&relay=${encodeURIComponent(relay)}` : ''}`;
}
