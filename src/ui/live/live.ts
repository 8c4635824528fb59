// The live class on the page (README "Live class"): with ?teach= (or "Start a live class")
// the page is the teacher's and sends its state to the relay as it changes; with ?class=
// it follows the teacher until the student steps off. Without either, nothing connects:
// the page works alone. Students never send a state: the relay would refuse it anyway.

import type { ClassState } from '../../live/messages';
import type { Bridge } from '../bridge';
import { useExplorer } from '../store';
import { useQuiz } from '../views/classroom/quiz';
import { changeLang, chosenLang } from '../i18n';
import { readFragment } from '../link-params';
import { classState, differsBeyondTime, langToInherit } from './class-state';
import { Follower } from './follow';
import { readLiveParams, relayAddress, type LiveParams } from './live-params';
import { useLive } from './live-store';
import { RelaySocket } from './socket';

/** Playing, the teacher's moment goes out this often (a student lags at most about this). */
export const BEAT_MS = 200;

let socket: RelaySocket | null = null;
let follower: Follower | null = null;
let params: LiveParams = { follow: null, teach: null, relay: null, problem: null };

export function startLive(bridge: Bridge, ready: Promise<void>): void {
  params = readLiveParams(location.search);
  if (params.problem) useExplorer.getState().setError(params.problem);
  if (params.relay) useLive.getState().set({ relayAvailable: true });
  else void probeRelay();
  if (params.teach) void ready.then(() => teach(params.teach));
  else if (params.follow) void ready.then(() => follow(bridge, params.follow as string));
}

/** The relay answers /relay.json; a static build does not (then no live class is offered). */
async function probeRelay(): Promise<void> {
  try {
    const res = await fetch('/relay.json', { cache: 'no-store' });
    const data: unknown = res.ok ? await res.json() : null;
    if (typeof data === 'object' && data !== null && 'live' in data) useLive.getState().set({ relayAvailable: true });
  } catch {
    /* no relay: the page works alone */
  }
}

/** "Start a live class": a new room (or the one npm run classroom opened for this page). */
export function teach(room: { room: string; key: string } | null): void {
  if (socket) return;
  const live = useLive.getState();
  live.set({ role: 'teacher', room: room?.room ?? null });
  let owned = room;
  let last: ClassState | null = null;
  let lastSentAt = 0;
  const sendState = (force: boolean) => {
    const { view, lang } = useExplorer.getState();
    const state = classState(view, lang);
    if (!state || !owned) return;
    const now = Date.now();
    if (!force && !differsBeyondTime(last, state) && !(state.playing && state.time !== last?.time && now - lastSentAt >= BEAT_MS)) return;
    last = state;
    lastSentAt = now;
    socket?.send({ type: 'state', state });
  };
  socket = new RelaySocket(relayAddress(params, location), {
    onOpen: () => socket?.send(owned ? { type: 'host', room: owned.room, key: owned.key } : { type: 'host' }),
    onConnection: (connection) => useLive.getState().set({ connection }),
    onMessage: (msg) => {
      if (msg.type === 'hosted') {
        owned = { room: msg.room, key: msg.key };
        useLive.getState().set({ room: msg.room, problem: null });
        // A reload keeps the room: the address now names it.
        history.replaceState(null, '', `?teach=${msg.room}&key=${msg.key}${params.relay ? `&relay=${encodeURIComponent(params.relay)}` : ''}${location.hash}`);
        sendState(true);
      } else if (msg.type === 'class') {
        useLive.getState().set({ counts: { following: msg.following, steppedOff: msg.steppedOff }, poll: msg.poll });
      } else if (msg.type === 'error') {
        useLive.getState().set({ problem: msg.message });
      }
    },
  });
  useExplorer.subscribe(() => sendState(false));
  // Playing with no new frame (a hidden tab) still beats, so students keep the moment.
  setInterval(() => sendState(false), BEAT_MS);
}

function follow(bridge: Bridge, room: string): void {
  follower = new Follower(bridge);
  useLive.getState().set({ role: 'student', room, following: true });
  socket = new RelaySocket(relayAddress(params, location), {
    onOpen: () => socket?.send({ type: 'join', room }),
    onConnection: (connection) => useLive.getState().set({ connection }),
    onMessage: (msg) => {
      const live = useLive.getState();
      if (msg.type === 'joined') {
        live.set({ problem: null });
        socket?.send({ type: 'status', following: live.following });
        sendAnswer();
      } else if (msg.type === 'state') {
        live.set({ teacherState: msg.state });
        inheritLang(msg.state.lang);
        if (live.following) follower?.apply(msg.state);
        sendAnswer();
      } else if (msg.type === 'error') {
        live.set({ problem: msg.message });
        // An unknown room may be a relay that restarted before the teacher's page came back.
        if (msg.code === 'unknown-room') setTimeout(() => socket?.drop(), 1000);
      }
    },
  });
  useQuiz.subscribe(sendAnswer);
  // A student who acts makes the run their own: that is stepping off (Rejoin undoes it).
  bridge.onAct = () => {
    if (useLive.getState().following) stepOff();
  };
}

/** A student who chose no language (no #lang=, none saved) reads the page in the teacher's. */
function inheritLang(teacher: string | undefined): void {
  const store = useExplorer.getState();
  const lang = langToInherit(teacher, chosenLang(readFragment(location.hash).lang), store.lang);
  if (!lang) return;
  store.setLang(lang);
  changeLang(lang);
}

/** A student's prediction of the teacher's open question goes to the teacher's poll. */
function sendAnswer(): void {
  const question = useLive.getState().teacherState?.question;
  const prediction = question && useQuiz.getState().answers[question.id];
  if (question && prediction) socket?.send({ type: 'answer', question: question.id, choice: prediction.choice });
}

export function stepOff(): void {
  useLive.getState().set({ following: false });
  socket?.send({ type: 'status', following: false });
}

export function rejoin(): void {
  const live = useLive.getState();
  live.set({ following: true });
  socket?.send({ type: 'status', following: true });
  follower?.reset();
  if (live.teacherState) follower?.apply(live.teacherState);
}

/** Automation (PAGE.md extension): drop the relay connection as a network would. */
export function dropConnection(): void {
  socket?.drop();
}
