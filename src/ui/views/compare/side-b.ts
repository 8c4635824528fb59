// Side B of an A/B comparison: a second simulation worker running the variant scenario
// (settings.ts), time-locked to side A. B never plays on its own: whenever A's time or
// scenario changes, B seeks to A's time (one seek in flight at a time, so a slow B catches
// up to the latest time instead of queueing every frame). B's frames fold into its own view
// and its trace into its own fact log.

import type { Command, WorkerMessage } from '../../../protocol';
import type { Scenario } from '../../../sim/scenario-types';
import { applyFrame, EMPTY_VIEW, type SimView } from '../../apply-frame';
import { useExplorer } from '../../store';
import { TraceCopy } from '../../trace-copy';
import { FactLog } from './facts';
import { variantOf, type CompareSetting } from './settings';

export interface SideBListener {
  onView(view: SimView): void;
  onError(message: string): void;
}

export class SideB {
  private readonly worker: Worker;
  private view: SimView = EMPTY_VIEW;
  private readonly trace = new TraceCopy();
  readonly facts = new FactLog();
  /** Commands sent whose frame has not come back yet (each load or seek answers one frame). */
  private inFlight = 0;
  private wantTime = 0;
  private scenarioA: Scenario | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly setting: CompareSetting,
    private readonly listener: SideBListener,
  ) {
    this.worker = new Worker(new URL('../../../worker/main.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (e: MessageEvent<WorkerMessage>) => this.receive(e.data);
    this.worker.onerror = (e) => listener.onError(e.message);
    this.unsubscribe = useExplorer.subscribe((s) => this.follow(s.view));
    this.follow(useExplorer.getState().view);
  }

  stop(): void {
    this.unsubscribe();
    this.worker.terminate();
  }

  private send(cmd: Command): void {
    this.inFlight++;
    this.worker.postMessage(cmd);
  }

  /** Follows side A: a new scenario reloads B's variant; a new time moves B there. */
  private follow(a: SimView): void {
    this.wantTime = a.time;
    if (a.scenario && a.scenario !== this.scenarioA) {
      this.scenarioA = a.scenario;
      this.send({ type: 'load', scenario: variantOf(a.scenario, this.setting), time: a.time });
      return;
    }
    this.catchUp();
  }

  private catchUp(): void {
    if (this.inFlight === 0 && this.scenarioA && this.view.time !== this.wantTime) this.send({ type: 'seek', time: this.wantTime });
  }

  private receive(msg: WorkerMessage): void {
    if (msg.type === 'error') {
      this.inFlight = Math.max(0, this.inFlight - 1);
      this.listener.onError(msg.message);
      return;
    }
    if (msg.type !== 'frame') return;
    // The worker's first frame (its default scenario, before our load) answers no command.
    if (this.inFlight === 0) return;
    this.inFlight--;
    this.trace.take(msg.frame);
    this.view = applyFrame(this.view, msg.frame);
    this.facts.sync(this.trace.lines());
    this.listener.onView(this.view);
    this.catchUp();
  }

}
