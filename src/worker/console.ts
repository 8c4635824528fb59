// The etcdctl console in the worker. A typed line becomes an `etcdctl` step of the session;
// the console's driver (src/etcdctl/driver.ts) runs it when the run reaches it and follows
// the run from there, so a shared session replays its transcript too. What the console
// prints goes to the page with its virtual time. When playback is paused, a command runs
// the simulation on until it is answered (at most etcdctl's command timeout), so the answer
// and the views' changes show at once; while playing, answers arrive as the run reaches them.

import { COMMAND_TIMEOUT_MS } from '../etcdctl/console';
import { ConsoleDriver, SHELL_PROMPT, type TimedLine } from '../etcdctl/driver';
import type { ConsoleOutput, ConsoleRun } from '../protocol';
import type { EtcdctlStep } from '../sim/scenario-types';
import type { Session } from './session';

/** Virtual ms run per slice while a paused session waits for an answer. */
const SETTLE_SLICE_MS = 10;

export class WorkerConsole {
  private driver: ConsoleDriver;
  private lines: TimedLine[] = [];
  private sent = '';
  /** The transcript starts over (a new run): the page drops the lines it has. */
  private restart = false;
  /** History forked at this time: the page drops its lines from after it. */
  private forgetAfter: number | undefined;

  constructor(private readonly session: () => Session) {
    this.driver = this.newDriver();
    session().followWith({
      follow: (recorder) => {
        this.driver = this.newDriver();
        this.driver.follow(recorder);
        this.lines = [];
        this.restart = true;
        this.forgetAfter = undefined;
      },
      forked: (count) => {
        if (this.driver.forked(count)) return true;
        // Lines printed after now (only ones the console said itself: a blank line, a refusal) go.
        const now = this.session().sim.now;
        this.lines = this.lines.filter((l) => l.t <= now);
        this.forgetAfter = now;
        return false;
      },
    });
  }

  private newDriver(): ConsoleDriver {
    const driver = new ConsoleDriver({ sim: () => this.session().sim, record: (step) => this.session().record(step) });
    driver.onLines((lines) => this.lines.push(...lines));
    return driver;
  }

  private get console() {
    return this.driver.console;
  }

  run(cmd: ConsoleRun): void {
    // A blank line only matters while a txn is read (it ends a section).
    if (cmd.line.trim() === '' && this.console.prompt() === undefined) return this.say(SHELL_PROMPT, 'in');
    const refused = this.act({ do: 'etcdctl', client: cmd.client, line: cmd.line, ...(cmd.endpoint ? { node: cmd.endpoint } : {}) });
    if (refused) return this.refuse(`${this.console.prompt() ?? SHELL_PROMPT} ${cmd.line}`, refused);
    this.settle();
  }

  stop(client: string): void {
    const refused = this.act({ do: 'etcdctl', client, interrupt: true });
    if (refused) return this.refuse('^C', refused);
    this.settle();
  }

  /** Tab: completions for the line as typed on `endpoint` (the console's state is left as the run made it). */
  complete(line: string, endpoint?: string): string[] {
    const before = this.console.endpoint;
    this.console.endpoint = endpoint;
    try {
      return this.console.complete(line);
    } finally {
      this.console.endpoint = before;
    }
  }

  private act(step: EtcdctlStep): string | undefined {
    // At the end of the run the session moves the end on (free play) or says why it cannot.
    return this.session().act(step);
  }

  private refuse(typed: string, why: string): void {
    this.say(typed, 'in');
    this.say(`Error: ${why}`, 'err');
  }

  private say(text: string, kind: TimedLine['kind']): void {
    this.driver.used = true;
    this.lines.push({ t: this.session().sim.now, text, kind });
  }

  /** Paused: run on until the answers are in (bounded by the command timeout). */
  private settle(): void {
    const s = this.session();
    if (s.playing) return;
    const limit = s.sim.now + COMMAND_TIMEOUT_MS + SETTLE_SLICE_MS;
    while (this.console.waiting() && s.sim.now < limit && !s.sim.done) {
      const before = s.sim.now;
      s.runTo(Math.min(limit, s.sim.now + SETTLE_SLICE_MS), false, false, true);
      if (s.sim.now === before) break;
    }
  }

  /** The console's message for the page, when there is something new to say. */
  output(): ConsoleOutput | undefined {
    if (!this.driver.used && !this.restart) return undefined;
    const msg: ConsoleOutput = {
      type: 'console',
      lines: this.lines,
      streaming: this.console.streaming(),
      waiting: this.console.waiting(),
      ...(this.console.prompt() ? { prompt: this.console.prompt() } : {}),
      ...(this.restart ? { restart: true } : {}),
      ...(this.forgetAfter !== undefined ? { forgetAfter: this.forgetAfter } : {}),
    };
    const state = `${msg.streaming}/${msg.waiting}/${msg.prompt ?? ''}`;
    if (msg.lines.length === 0 && state === this.sent && !this.restart && this.forgetAfter === undefined) return undefined;
    this.lines = [];
    this.sent = state;
    this.restart = false;
    this.forgetAfter = undefined;
    return msg;
  }
}
