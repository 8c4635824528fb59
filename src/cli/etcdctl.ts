// `sim etcdctl [--scenario S.json] [--endpoint NODE] -- 'put foo bar' 'get foo -w json' ...`:
// runs the scenario (default: a healthy three-node cluster, seed 1), waits for a leader,
// then types each command into the etcdctl console as one client, each after the previous
// one's answer, and prints exactly what the page's console shows. A command etcdctl would
// reject prints etcdctl's error and the run goes on (exit 0). Commands that stream (watch,
// elect, lock, lease keep-alive) keep streaming while the later commands run, and for one
// more virtual second after the last.

import { EtcdctlConsole, type ConsoleHost } from '../etcdctl/console';
import { makeScenario } from '../scenario';
import { createSimulation } from '../sim/run';
import type { Scenario } from '../sim/scenario-types';
import type { Simulation } from '../sim/simulation';
import type { TraceEvent } from '../sim/trace-types';
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
  const args = parseArgs(argv, ['scenario', 'endpoint'], []);
  if (args.positional.length > 0) throw new UsageError(`unexpected argument "${args.positional[0]}": put the etcdctl commands after --, e.g. etcdctl -- 'put foo bar' 'get foo'`);
  if (args.rest.length === 0) throw new UsageError("expected etcdctl commands after --, e.g. etcdctl -- 'put foo bar' 'get foo'");
  const path = stringFlag(args, 'scenario');
  const scenario: Scenario = { ...(path ? loadScenario(path) : defaultEtcdctlScenario()), until: RUN_LIMIT_MS };
  const endpoint = stringFlag(args, 'endpoint');
  if (endpoint !== undefined && !scenario.cluster.nodes.includes(endpoint)) throw new UsageError(`--endpoint: unknown node "${endpoint}" (nodes are ${scenario.cluster.nodes.join(', ')})`);
  const out: string[] = [];
  runCommands(scenario, args.rest, endpoint, (line) => out.push(line));
  process.stdout.write(out.map((l) => `${l}\n`).join(''));
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

/** The console over a headless run: each line runs until it is answered. */
export class HeadlessConsole {
  readonly sim: Simulation;
  readonly console: EtcdctlConsole;
  private fresh: TraceEvent[] = [];
  private out: string[] = [];

  constructor(scenario: Scenario, endpoint?: string) {
    const sim = createSimulation(scenario, { trace: false });
    this.sim = sim;
    sim.recorder.listen((e) => this.fresh.push(e));
    const host: ConsoleHost = {
      sim: () => sim,
      act: (step) => {
        sim.addStep({ ...step, at: sim.now + 1 } as never);
        return undefined;
      },
    };
    this.console = new EtcdctlConsole(host, 'etcdctl', endpoint);
    this.console.onOutput((lines) => lines.forEach((l) => this.out.push(l.text)));
    this.advance(() => ready(sim), sim.now + LEADER_WAIT_MS);
  }

  /** Types one line and runs until it is answered; returns what the console printed meanwhile. */
  run(line: string): string[] {
    this.console.run(line);
    this.advance(() => !this.console.busy(), this.sim.now + HOLD_WAIT_MS);
    return this.out.splice(0);
  }

  /** Lets streams print for a while after the last command. */
  linger(ms = LINGER_MS): string[] {
    this.advance(() => false, this.sim.now + ms);
    return this.out.splice(0);
  }

  /** Processes events until `stop()` or virtual time `limit`, feeding the console as it goes. */
  private advance(stop: () => boolean, limit: number): void {
    const sim = this.sim;
    const flush = () => {
      if (this.fresh.length > 0) this.console.observe(this.fresh.splice(0));
    };
    flush();
    while (!stop()) {
      const next = sim.nextTime() ?? Infinity;
      const due = this.console.nextDue();
      if (Math.min(next, due) > limit) {
        sim.runUntil(limit);
        flush();
        this.console.tick();
        return;
      }
      if (due <= next) sim.runUntil(due);
      else sim.processNext();
      flush();
      this.console.tick();
    }
  }
}
