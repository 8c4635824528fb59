// Drives the etcdctl console from inside the run, so that a console session is part of the
// scenario and replays exactly (issue 9). A typed line is an `etcdctl` step; when the run
// reaches it, its trace event makes the console run the line at that very moment, and every
// later trace event reaches the console as it is recorded. The console's own actions (the
// client steps a command issues) are recorded at the next virtual millisecond, or, when the
// scenario already holds that very step (a shared session replaying), the console takes it
// as its own instead of adding it again. So the page, `sim etcdctl` and a replayed link run
// the same code on the same events and print the same lines.

import type { EtcdctlStep, Step } from '../sim/scenario-types';
import type { Recorder } from '../sim/recorder';
import type { Simulation } from '../sim/simulation';
import type { TraceEvent } from '../sim/trace-types';
import { canonical } from './canonical';
import { EtcdctlConsole, type ConsoleAction, type ConsoleLine } from './console';

/** The shell prompt before a typed line (etcdctl's txn prompts replace it while a txn is read). */
export const SHELL_PROMPT = '$ etcdctl';

export interface DriverHost {
  sim(): Simulation;
  /** Records a step at the next virtual millisecond, without running it; returns why not, if refused. */
  record(step: ConsoleAction): string | undefined;
}

/** A printed line, with the virtual time it was printed at; `in` echoes what was typed. */
export interface TimedLine {
  t: number;
  text: string;
  kind: ConsoleLine['kind'] | 'in';
}

export class ConsoleDriver {
  readonly console: EtcdctlConsole;
  /** Trace events [0, seen) have reached the console; a replay after a seek back skips them. */
  private seen = 0;
  /** The index of the last trace event at which the console was doing something. */
  private lastBusy = -1;
  /** Steps of the scenario the console has taken as its own (see act), by identity: indices shift as steps are added. */
  private claimed = new Set<Step>();
  private readonly listeners: ((lines: TimedLine[]) => void)[] = [];
  /** Whether the run has reached an etcdctl step yet: until then the console costs nothing. */
  used = false;

  constructor(private readonly host: DriverHost) {
    this.console = new EtcdctlConsole({ sim: () => host.sim(), act: (step) => this.act(step) });
    this.console.onOutput((lines) => this.print(lines));
  }

  /** Follows a run from its current position (a new run: load, undo, or a run from the start). */
  follow(recorder: Recorder): void {
    this.seen = recorder.count;
    recorder.listen((e, index) => this.onEvent(e, index));
  }

  onLines(fn: (lines: TimedLine[]) => void): void {
    this.listeners.push(fn);
  }

  /**
   * History forks at trace index `count` (someone acted in the past). True when the console
   * did something at or after that point: its state belongs to a future that is gone, and it
   * must follow the run again from the start. Otherwise it simply goes on from there.
   */
  forked(count: number): boolean {
    if (this.lastBusy >= count) return true;
    this.seen = Math.min(this.seen, count);
    return false;
  }

  private onEvent(e: TraceEvent, index: number): void {
    if (index < this.seen) return;
    this.seen = index + 1;
    const idle = this.console.idle();
    if (!idle) {
      this.lastBusy = index;
      this.console.tick();
    }
    if (e.ev === 'etcdctl') {
      this.used = true;
      this.lastBusy = index;
      return this.typed(e.step);
    }
    if (!idle) this.console.observe(e);
  }

  /** The run reached a console line (or Ctrl+C): echo it as typed, then run it. */
  private typed(index: number): void {
    const step = this.host.sim().scenario.steps[index] as EtcdctlStep & { at: number };
    this.console.client = step.client;
    if ('interrupt' in step) {
      this.echo('^C');
      return this.console.stop();
    }
    this.console.endpoint = step.node;
    // Inside a txn the typed lines follow etcdctl's own prompt lines, as in a terminal.
    this.echo(this.console.prompt() === undefined ? `${SHELL_PROMPT} ${step.line}` : step.line);
    this.console.run(step.line);
  }

  /**
   * The console issues a step. A replayed session already holds it, recorded right after
   * this moment when the session was live: take that one (once) rather than add a twin.
   */
  private act(step: ConsoleAction): string | undefined {
    const sim = this.host.sim();
    const at = sim.now + 1;
    const wanted = canonical({ ...step, at });
    const find = () => sim.scenario.steps.find((s) => s.at === at && !this.claimed.has(s) && canonical(s) === wanted);
    let mine = find();
    if (mine === undefined) {
      const refused = this.host.record(step);
      if (refused !== undefined) return refused;
      mine = find();
    }
    if (mine) this.claimed.add(mine);
    return undefined;
  }

  private echo(text: string): void {
    this.print([{ text, kind: 'in' }]);
  }

  private print(lines: readonly { text: string; kind: TimedLine['kind']; t?: number }[]): void {
    const now = this.host.sim().now;
    const timed = lines.map((l) => ({ t: l.t ?? now, text: l.text, kind: l.kind }));
    for (const l of this.listeners) l(timed);
  }
}
