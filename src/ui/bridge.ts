// The page's side of the worker protocol: starts the worker, sends commands, folds frames
// into the store, keeps the page's exact copy of the trace, answers requests.

import type { Action, Command, WorkerMessage } from '../protocol';
import type { Scenario } from '../sim/scenario-types';
import { useExplorer } from './store';
import { useConsole } from './views/console/console-store';
import { useOpening } from './views/opening/opening-store';
import { noticeRefusedSteps } from './refused-steps';
import { TraceCopy } from './trace-copy';
import { currentRefusal } from './views/challenges/use-action-gate';

export class Bridge {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, (data: unknown) => void>();
  /** The trace as JSON Lines, one string per event (PAGE.md trace()). */
  private readonly traceCopy = new TraceCopy();
  private firstFrame: Promise<void>;
  private resolveFirstFrame!: () => void;

  constructor(worker?: Worker) {
    this.worker = worker ?? new Worker(new URL('../worker/main.ts', import.meta.url), { type: 'module' });
    this.firstFrame = new Promise((resolve) => (this.resolveFirstFrame = resolve));
    this.worker.onmessage = (e: MessageEvent<WorkerMessage>) => this.receive(e.data);
    this.worker.onerror = (e) => useExplorer.getState().setError(`The simulation worker failed: ${e.message}`);
  }

  /** Resolves once the worker has sent its first frame. */
  ready(): Promise<void> {
    return this.firstFrame;
  }

  send(cmd: Command): void {
    this.worker.postMessage(cmd);
  }

  load(scenario: Scenario, time?: number): void {
    this.send({ type: 'load', scenario, ...(time !== undefined ? { time } : {}) });
  }

  /** Called when the user acts (the live class steps a following student off: their run forks). */
  onAct: (() => void) | null = null;

  act(action: Action): void {
    // The last check of a challenge's action limits (every control is off already, with why).
    const refused = currentRefusal([action.do]);
    if (refused) return useExplorer.getState().setNotice(refused);
    this.onAct?.();
    this.send({ type: 'act', action });
  }

  runTo(time: number): Promise<number> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, (d) => resolve(d as number));
      this.send({ type: 'run-to', id, time });
    });
  }

  /** The etcdctl console: run a line as `client` on `endpoint`. */
  consoleRun(line: string, client: string, endpoint?: string): void {
    const refused = currentRefusal(['etcdctl', 'client'], 2);
    if (refused) return useExplorer.getState().setNotice(refused);
    this.send({ type: 'console', line, client, ...(endpoint ? { endpoint } : {}) });
  }

  /** Ctrl+C: stops what the console streams. */
  consoleStop(client: string): void {
    this.send({ type: 'console-stop', client });
  }

  /** Completions of a console line (whole new lines). */
  consoleComplete(line: string, client: string, endpoint?: string): Promise<string[]> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, (d) => resolve(d as string[]));
      this.send({ type: 'console-complete', id, line, client, ...(endpoint ? { endpoint } : {}) });
    });
  }

  requestScenario(): Promise<Scenario> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, (d) => resolve(d as Scenario));
      this.send({ type: 'request', id, what: 'scenario' });
    });
  }

  trace(): string {
    return this.traceCopy.text();
  }

  /** The trace so far, one JSON line per event (read-only; A/B comparison reads its facts). */
  get lines(): readonly string[] {
    return this.traceCopy.lines();
  }

  /** Main-thread time spent handling worker messages, for the browser benchmark. */
  readonly handling = { ms: 0, frames: 0 };

  private receive(msg: WorkerMessage): void {
    if (msg.type === 'frame') {
      const start = performance.now();
      this.traceCopy.take(msg.frame);
      useExplorer.getState().receiveFrame(msg.frame);
      noticeRefusedSteps(msg.frame);
      this.resolveFirstFrame();
      this.handling.ms += performance.now() - start;
      this.handling.frames++;
      if (msg.frame.playing) this.ackWhenDrawn();
    } else if (msg.type === 'reply') {
      this.pending.get(msg.id)?.(msg.data);
      this.pending.delete(msg.id);
    } else if (msg.type === 'console') {
      useConsole.getState().receive(msg);
    } else if (msg.type === 'opening') {
      useOpening.setState({ progress: msg.opening });
    } else {
      useExplorer.getState().setError(msg.message);
    }
  }

  /** Tells the worker the frame is drawn (it paces playback by it: no backlog of frames). */
  private ackWhenDrawn(): void {
    if (this.acking) return;
    this.acking = true;
    const ack = () => {
      this.acking = false;
      this.send({ type: 'frame-ack' });
    };
    if (typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden') requestAnimationFrame(ack);
    else setTimeout(ack, 0);
  }

  private acking = false;
}
