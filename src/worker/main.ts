// The worker entry: owns one Session, runs it at the chosen speed, posts frames.
// The only code that calls postMessage.

import type { Command, WorkerMessage } from '../protocol';
import { defaultScenario, isLesson, parseScenario, teachingSpeed } from '../scenario';
import { Session } from './session';
import { WorkerConsole } from './console';
import { handledWhileOpening, Opening } from './opening';

const FRAME_MS = 16;
/** Playback waits for the page to draw a frame before the next; a page that never says so is not waited for longer. */
const ACK_WAIT_MS = 500;

const session = new Session(defaultScenario());
const etcdctl = new WorkerConsole(() => session);
let visible = true;
let lastTick = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
/** When the last playback frame was posted and not yet drawn by the page (else undefined). */
let unacked: number | undefined;
/** A run opening at a later time, replayed in slices (opening.ts), and the commands that wait for it. */
let opening: Opening | undefined;
const waiting: Command[] = [];

function post(message: WorkerMessage): void {
  (self as unknown as { postMessage(m: WorkerMessage): void }).postMessage(message);
}

function sendFrame(): void {
  post({ type: 'frame', frame: session.frame() });
  const out = etcdctl.output();
  if (out) post(out);
}

/** The playback loop: advance by the wall time that passed, post a frame, repeat. */
function loop(): void {
  timer = undefined;
  const now = performance.now();
  // A page still drawing the previous frame would only fall behind (a backlog of frames at
  // 100x): wait for it. The wall time waited still counts, so the speed holds.
  if (unacked === undefined || now - unacked >= ACK_WAIT_MS) {
    session.advanceWall(now - lastTick);
    lastTick = now;
    sendFrame();
    unacked = session.playing ? now : undefined;
  }
  schedule();
}

function schedule(): void {
  if (timer === undefined && session.playing && visible) timer = setTimeout(loop, FRAME_MS);
}

function handle(cmd: Command): void {
  switch (cmd.type) {
    case 'load': {
      const parsed = parseScenario(cmd.scenario);
      if (!parsed.ok) {
        post({ type: 'error', message: parsed.error });
        return;
      }
      session.load(parsed.scenario, 0);
      // A lesson opens in slow motion, where each message is seen travelling.
      if (isLesson(parsed.scenario)) session.setSpeed(teachingSpeed(parsed.scenario.network));
      if (opening) endOpening();
      if ((cmd.time ?? 0) > 0) startOpening(new Opening(cmd.time ?? 0, session));
      break;
    }
    case 'play':
      session.play();
      lastTick = performance.now();
      unacked = undefined;
      break;
    case 'frame-ack':
      unacked = undefined;
      return;
    case 'pause':
      session.pause();
      break;
    case 'speed':
      session.setSpeed(cmd.value);
      break;
    case 'step':
      session.step(cmd.unit);
      break;
    case 'seek':
      session.seek(cmd.time);
      break;
    case 'undo':
      session.undo();
      break;
    case 'act': {
      const refused = session.act(cmd.action);
      if (refused) post({ type: 'error', message: refused });
      break;
    }
    case 'visible':
      visible = cmd.visible;
      if (!visible) session.pause('hidden');
      break;
    case 'select':
      session.selectedNode = cmd.node ?? undefined;
      break;
    case 'request':
      post({ type: 'reply', id: cmd.id, data: cmd.what === 'trace' ? session.sim.recorder.toJsonl() : session.scenario() });
      return;
    case 'console':
      etcdctl.run(cmd);
      break;
    case 'console-stop':
      etcdctl.stop(cmd.client);
      break;
    case 'console-complete':
      post({ type: 'reply', id: cmd.id, data: etcdctl.complete(cmd.line, cmd.endpoint) });
      return;
    case 'test-break-replay':
      session.breakReplayForTest();
      return;
    case 'run-to':
      session.pause();
      session.runTo(cmd.time, false); // automation runs straight through narrations (PAGE.md runTo)
      sendFrame();
      post({ type: 'reply', id: cmd.id, data: session.sim.now });
      return;
  }
  sendFrame();
  schedule();
}

/** Shows the run's start at once, then replays to the moment in slices, reporting progress. */
function startOpening(o: Opening): void {
  opening = o;
  post({ type: 'opening', opening: { target: o.target, reached: o.reached } });
  setTimeout(() => openSlice(o), 0);
}

function openSlice(o: Opening): void {
  if (opening !== o) return; // a new load replaced it
  let done = true;
  try {
    done = o.slice(() => performance.now());
  } catch (err) {
    fail(err);
  }
  if (!done) {
    post({ type: 'opening', opening: { target: o.target, reached: o.reached } });
    setTimeout(() => openSlice(o), 0);
    return;
  }
  endOpening();
  sendFrame();
  handleWaiting();
}

function endOpening(): void {
  opening = undefined;
  post({ type: 'opening', opening: null });
}

/** The commands that waited for the run to open, in the order they came. */
function handleWaiting(): void {
  while (!opening && waiting.length > 0) receive(waiting.shift() as Command);
}

function fail(err: unknown): void {
  post({ type: 'error', message: `the simulation failed: ${err instanceof Error ? err.message : String(err)}` });
}

function receive(cmd: Command): void {
  if (opening && !handledWhileOpening(cmd)) {
    waiting.push(cmd);
    return;
  }
  try {
    handle(cmd);
  } catch (err) {
    fail(err);
  }
  handleWaiting();
}

self.onmessage = (e: MessageEvent<Command>) => receive(e.data);

sendFrame();
