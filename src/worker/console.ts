// The etcdctl console in the worker: lines typed on the page run against the session's
// simulation (src/etcdctl), their steps recorded like any other action, and what the
// console prints goes back to the page. When playback is paused, a command runs the
// simulation on until it is answered (at most etcdctl's command timeout), so the answer and
// the views' changes show at once; while playing, answers arrive as the run reaches them.

import { COMMAND_TIMEOUT_MS, EtcdctlConsole, type ConsoleHost } from '../etcdctl/console';
import type { ConsoleLine, ConsoleOutput, ConsoleRun } from '../protocol';
import type { Session } from './session';

/** Virtual ms run per slice while a paused session waits for an answer. */
const SETTLE_SLICE_MS = 10;

export class WorkerConsole {
  private readonly console: EtcdctlConsole;
  private lines: ConsoleLine[] = [];
  /** Trace events already shown to the console. */
  private seen = 0;
  private sent = '';
  /** Nothing to do until the first line is typed: frames then skip the console entirely. */
  private used = false;

  constructor(private readonly session: () => Session) {
    const host: ConsoleHost = {
      sim: () => this.session().sim,
      act: (step) => {
        const s = this.session();
        if (s.sim.now + 1 > s.sim.scenario.until) return 'the run has reached its end time; load or start a longer scenario to go on';
        return s.act(step);
      },
    };
    this.console = new EtcdctlConsole(host);
    this.console.onOutput((lines) => this.lines.push(...lines));
  }

  run(cmd: ConsoleRun): void {
    this.used = true;
    this.configure(cmd.client, cmd.endpoint);
    this.pump();
    this.console.run(cmd.line);
    this.settle();
  }

  stop(): void {
    this.console.stop();
    this.settle();
  }

  complete(line: string, client: string, endpoint?: string): string[] {
    this.configure(client, endpoint);
    return this.console.complete(line);
  }

  private configure(client: string, endpoint: string | undefined): void {
    this.console.client = client;
    this.console.endpoint = endpoint;
  }

  /** Paused: run on until the answers are in (bounded by the command timeout). */
  private settle(): void {
    const s = this.session();
    if (s.playing) return;
    const limit = s.sim.now + COMMAND_TIMEOUT_MS + SETTLE_SLICE_MS;
    while (this.console.waiting() && s.sim.now < limit && !s.sim.done && s.sim.now < s.sim.scenario.until) {
      s.runTo(s.sim.now + SETTLE_SLICE_MS, false);
      this.pump();
    }
  }

  /** Feeds the console the trace's new events and lets time-based work fall due. */
  pump(): void {
    const rec = this.session().sim.recorder;
    // After a seek back the run replays what the console has already shown.
    if (rec.count < this.seen) this.seen = rec.count;
    if (rec.count > this.seen) {
      this.console.observe(rec.since(this.seen));
      this.seen = rec.count;
    }
    this.console.tick();
  }

  /** The console's message for the page, when there is something new to say. */
  output(): ConsoleOutput | undefined {
    if (!this.used) return undefined;
    this.pump();
    const msg: ConsoleOutput = { type: 'console', lines: this.lines, streaming: this.console.streaming(), waiting: this.console.waiting(), ...(this.console.prompt() ? { prompt: this.console.prompt() } : {}) };
    const state = `${msg.streaming}/${msg.waiting}/${msg.prompt ?? ''}`;
    if (msg.lines.length === 0 && state === this.sent) return undefined;
    this.lines = [];
    this.sent = state;
    return msg;
  }

  /** A new scenario was loaded: nothing the console waited for will come. */
  reset(): void {
    this.console.stop();
    this.seen = this.session().sim.recorder.count;
  }
}
