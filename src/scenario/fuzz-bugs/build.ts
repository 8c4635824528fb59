// Shared pieces of the targeted scenario generators (one per bug toggle): a seeded plan of
// steps on a cluster whose first leader is known, so that a generator can aim its faults
// at "the old leader" or "the majority side" while the seed picks sizes, roles and timing.

import { Rng } from '../../sim/prng';
import type { BugName, ClientOp, ClusterConfig, NetworkConfig, Scenario, Step } from '../../sim/scenario-types';

/** A scenario under construction: nodes n1..nN, a seeded Rng, steps added in any order. */
export class Plan {
  readonly rng: Rng;
  nodes: string[] = [];
  network: NetworkConfig = { latency: [2, 12], loss: 0 };
  readonly steps: Step[] = [];
  private clients = 0;

  constructor(
    readonly bug: BugName,
    readonly seed: number,
  ) {
    this.rng = new Rng(seed, `fuzz-bug:${bug}`);
  }

  /** Nodes n1..nN. */
  useNodes(count: number): this {
    this.nodes = Array.from({ length: count }, (_, i) => `n${i + 1}`);
    return this;
  }

  /** The nodes in a random order: generators give roles (old leader, lagging node...) by position. */
  shuffledNodes(): string[] {
    const order = [...this.nodes];
    for (let i = order.length - 1; i > 0; i--) {
      const j = this.rng.int(0, i);
      [order[i], order[j]] = [order[j] as string, order[i] as string];
    }
    return order;
  }

  add(...steps: Step[]): this {
    this.steps.push(...steps);
    return this;
  }

  /**
   * A client operation sent first to `node`. Each call uses a fresh client: a client runs
   * its operations one at a time, so one stuck at a cut-off node would hold back the rest.
   */
  request(at: number, op: ClientOp, node?: string): this {
    const client = `c${++this.clients}`;
    return this.add(node === undefined ? { at, do: 'client', client, op } : { at, do: 'client', client, op, node });
  }

  /** The client of the latest request. */
  get lastClient(): string {
    return `c${this.clients}`;
  }

  put(at: number, key: string, value: string, node?: string): this {
    return this.request(at, { type: 'put', key, value }, node);
  }

  /** A linearizable read (ReadIndex), unless `serializable`. */
  get(at: number, key: string, node?: string): this {
    return this.request(at, { type: 'get', key }, node);
  }

  /** The named node's election timer fires at `at`: with a quiet cluster it wins the next term. */
  elect(at: number, node: string): this {
    return this.add({ at, do: 'timeout', node });
  }

  /** The finished scenario; the steps are sorted by time (stable: same-time steps keep their order). */
  scenario(until: number, cluster: Partial<Omit<ClusterConfig, 'nodes' | 'bugs'>> = {}): Scenario {
    const steps = [...this.steps].sort((a, b) => a.at - b.at);
    return {
      version: 1,
      name: `${this.bug} search, seed ${this.seed} (${this.nodes.length} nodes)`,
      seed: this.seed,
      cluster: {
        nodes: this.nodes,
        electionTimeout: [150, 300],
        heartbeatInterval: 50,
        preVote: true,
        checkQuorum: false,
        snapshotEntries: 0,
        ...cluster,
        bugs: [this.bug],
      },
      network: this.network,
      until,
      steps,
    };
  }
}

/** Election timeout and heartbeat drawn like the fuzzer's: the heartbeat well inside the timeout. */
export function randomTiming(plan: Plan): Pick<ClusterConfig, 'electionTimeout' | 'heartbeatInterval'> {
  const min = plan.rng.int(100, 200);
  return { electionTimeout: [min, min * 2], heartbeatInterval: plan.rng.int(20, Math.floor(min / 3)) };
}
