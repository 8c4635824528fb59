// `sim etcdctl [--scenario S.json] [--endpoint NODE] [--out SESSION.json] -- 'put foo bar' ...`:
// runs the scenario (default: a healthy three-node cluster, seed 1), waits for a leader,
// then types each command into the etcdctl console as one client, each after the previous
// one's answer, and prints exactly what the page's console shows. A command etcdctl would
// reject prints etcdctl's error and the run goes on (exit 0). Commands that stream (watch,
// elect, lock, lease keep-alive) keep streaming while the later commands run, and for one
// more virtual second after the last. --out writes the session as a scenario (the commands
// as etcdctl steps), which `sim link` turns into a share link that replays it on the page.

import type { EtcdctlConsole } from '../etcdctl/console';
import { ConsoleDriver } from '../etcdctl/driver';
import { writeFileSync } from 'node:fs';
import { ETCDCTL_CLIENT, makeScenario, scenarioLimits, scenarioToJson } from '../scenario';
import { createSimulation, type RunOptions } from '../sim/run';
import type { EtcdctlStep, Scenario, Step } from '../sim/scenario-types';
import type { Simulation } from '../sim/simulation';
import { parseArgs, stringFlag, UsageError } from './args';
import { loadScenario } from './load';

/** How long the run may go on (virtual ms): far beyond any command's wait. */
const RUN_LIMIT_MS = 86_400_000;
/** Waiting for the first leader, and for a lock or campaign to be granted, at most (virtual ms). */
const LEADER_WAIT_MS = 60_000;
const HOLD_WAIT_MS = 60_000;
/** Streams go on printing this long after the last command (virtual ms). */
const LINGER_MS = 1000;

export function etcdctlCommand(argv: readonly string[]): void {
  const args = parseArgs(argv, ['scenario', 'endpoint', 'out'], []);
  if (args.positional.length > 0) throw new UsageError(`unexpected argument "${args.positional[0]}": put the etcdctl commands after --, e.g. etcdctl -- 'put foo bar' 'get foo'`);
  if (args.rest.length === 0) throw new UsageError("expected etcdctl commands after --, e.g. etcdctl -- 'put foo bar' 'get foo'");
  const path = stringFlag(args, 'scenario');
  const scenario: Scenario = { ...(path ? loadScenario(path) : defaultEtcdctlScenario()), until: RUN_LIMIT_MS };
  const endpoint = stringFlag(args, 'endpoint');
  if (endpoint !== undefined && !scenario.cluster.nodes.includes(endpoint)) throw new UsageError(`--endpoint: unknown node "${endpoint}" (nodes are ${scenario.cluster.nodes.join(', ')})`);
  const out: string[] = [];
  const sim = runCommands(scenario, args.rest, endpoint, (line) => out.push(line));
  const save = stringFlag(args, 'out');
  if (save !== undefined) writeFileSync(save, scenarioToJson(sessionScenario(sim), 2) + '\n');
  process.stdout.write(out.map((l) => `${l}\n`).join(''));
}

/** The session as a scenario: its steps, ending one virtual second after the last output. */
export function sessionScenario(sim: Simulation): Scenario {
  const until = (Math.ceil(sim.now / 1000) + 1) * 1000;
  return { ...sim.scenario, until, steps: sim.scenario.steps.slice() };
}

export function defaultEtcdctlScenario(): Scenario {
  return makeScenario({ name: 'etcdctl', seed: 1, cluster: { nodes: ['n1', 'n2', 'n3'] } });
}

/** Runs the commands against the scenario; every console line goes to `write`. */
export function runCommands(scenario: Scenario, commands: readonly string[], endpoint: string | undefined, write: (line: string) => void): Simulation {
  const headless = new HeadlessConsole(scenario, endpoint);
  for (const line of commands) headless.run(line).forEach(write);
  headless.linger().forEach(write);
  return headless.sim;
}

/**
 * A leader serves, and every running node has applied what it committed (etcd serves
 * clients once its first entry of the term is applied: ReadyNotify).
 */
function ready(sim: Simulation): boolean {
  const leader = sim.leader();
  if (!leader) return false;
  const commit = leader.node.status(false).commit;
  return commit >= 1 && [...sim.servers.values()].every((s) => s.node.status(false).applied >= commit);
}

/**
 * A console that follows a headless run from here on: the run's etcdctl steps are typed
 * into it, and what it issues is recorded at the next millisecond (within the run's end and
 * SCENARIO.md's step limit), as the page does.
 */
export function followWithConsole(sim: Simulation): ConsoleDriver {
  const driver = new ConsoleDriver({
    sim: () => sim,
    record: (step) => {
      const at = sim.now + 1;
      if (at > sim.scenario.until) return 'the run has reached its end time';
      if (sim.scenario.steps.length >= scenarioLimits.MAX_STEPS) return `the scenario already has ${scenarioLimits.MAX_STEPS} steps`;
      sim.addStep({ ...step, at } as Step);
      return undefined;
    },
  });
  driver.follow(sim.recorder);
  return driver;
}

/**
 * Runs a whole scenario headless as the page runs it: with the console following, when the
 * scenario has console lines (`sim run`, tests of built-ins told at the console).
 */
export function runScenarioAsPage(scenario: Scenario, opts: RunOptions): Simulation {
  const sim = createSimulation(scenario, opts);
  if (scenario.steps.some((s) => s.do === 'etcdctl')) followWithConsole(sim);
  sim.runUntil(scenario.until);
  return sim;
}

/** The console over a headless run: each line is an etcdctl step, run until it is answered. */
export class HeadlessConsole {
  readonly sim: Simulation;
  private readonly driver: ConsoleDriver;
  private out: string[] = [];

  constructor(scenario: Scenario, private readonly endpoint?: string) {
    const sim = createSimulation(scenario, { trace: false });
    this.sim = sim;
    this.driver = followWithConsole(sim);
    // The page shows typed lines too; the headless run prints only what etcdctl prints.
    this.driver.onLines((lines) => lines.forEach((l) => l.kind !== 'in' && this.out.push(l.text)));
    this.advance(() => ready(sim), sim.now + LEADER_WAIT_MS);
  }

  get console(): EtcdctlConsole {
    return this.driver.console;
  }

  /** Types one line and runs until it is answered; returns what the console printed meanwhile. */
  run(line: string): string[] {
    this.type({ do: 'etcdctl', client: ETCDCTL_CLIENT, line, ...(this.endpoint ? { node: this.endpoint } : {}) });
    this.advance(() => !this.console.busy(), this.sim.now + HOLD_WAIT_MS);
    return this.out.splice(0);
  }

  /** Ctrl+C: stops every stream (a held election is resigned, a held lock unlocked). */
  stop(): string[] {
    this.type({ do: 'etcdctl', client: ETCDCTL_CLIENT, interrupt: true });
    return this.out.splice(0);
  }

  /** Lets streams print for a while after the last command. */
  linger(ms = LINGER_MS): string[] {
    this.advance(() => false, this.sim.now + ms);
    return this.out.splice(0);
  }

  /** Records the step at the next millisecond and runs up to it. */
  private type(step: EtcdctlStep): void {
    const at = this.sim.now + 1;
    this.sim.addStep({ ...step, at } as Step);
    this.sim.runUntil(at);
  }

  /** Processes events until `stop()` or virtual time `limit`; the console follows as they are recorded. */
  private advance(stop: () => boolean, limit: number): void {
    const sim = this.sim;
    while (!stop()) {
      const next = sim.nextTime();
      if (next === undefined || next > limit) {
        sim.runUntil(limit);
        return;
      }
      sim.processNext();
    }
  }
}
