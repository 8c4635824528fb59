// Random fault scenarios for the fuzzer and the counterexample search. A seed is the only
// input: it picks the cluster settings, a safety phase of random faults (crashes, restarts,
// partitions, isolation, one-way link cuts, loss, forced timeouts, transfers, client
// operations), then a liveness phase in which the network heals and every node restarts
// (after tigerbeetle's VOPR: faults first, then check that the cluster recovers).

import { Rng } from '../sim/prng';
import type { BugName, ClientOp, Scenario, Step } from '../sim/scenario-types';

export interface FuzzOptions {
  readonly nodes: number;
  readonly bugs?: readonly BugName[];
  /** Number of random fault steps in the safety phase. */
  readonly faults?: number;
  /** Virtual ms of the safety phase; the liveness phase follows it. */
  readonly faultPhase?: number;
  readonly livenessPhase?: number;
  /** Include client operations (they need the key-value store). */
  readonly clients?: boolean;
  /** Mix membership changes (add voters and learners, promote, remove) into the safety phase. */
  readonly membership?: boolean;
  /** A loss rate on every link from the start, client links included (they break and reconnect). */
  readonly loss?: number;
  /** Probability that a Raft message is delivered twice (network.duplicate); reordering comes from the latency range. */
  readonly duplicate?: number;
  /** With client operations, also watches (some from past revisions) and compactions (default on). */
  readonly watches?: boolean;
}

export interface FuzzScenario {
  readonly scenario: Scenario;
  /** When the last fault was healed: the liveness check's starting point. */
  readonly healedAt: number;
}

export function fuzzScenario(seed: number, opts: FuzzOptions): FuzzScenario {
  const rng = new Rng(seed, 'fuzz');
  const nodes = Array.from({ length: opts.nodes }, (_, i) => `n${i + 1}`);
  const faultPhase = opts.faultPhase ?? 6000;
  const healedAt = faultPhase + 200;
  const until = healedAt + (opts.livenessPhase ?? 4000);
  const minElection = rng.int(100, 200);
  const steps: Step[] = [];
  const faults = opts.faults ?? rng.int(4, 14);
  for (let i = 0; i < faults; i++) steps.push(randomFault(rng, nodes, rng.int(200, faultPhase)));
  // Election names with punctuation etcd accepts (':' once broke the recipe's timers), by seed.
  const election = ELECTIONS[seed % ELECTIONS.length] as string;
  if (opts.clients) for (let i = 0, n = rng.int(5, 25); i < n; i++) steps.push(randomClientStep(rng, nodes, rng.int(300, until - 1500), election));
  if (opts.clients && opts.watches !== false) steps.push(...watchSteps(seed, nodes, until));
  const added = opts.membership ? membershipSteps(seed, nodes, faultPhase) : [];
  steps.push(...added);
  steps.push({ at: healedAt, do: 'heal' }, { at: healedAt, do: 'loss', rate: 0 });
  for (const node of [...nodes, ...newNodes(added)]) steps.push({ at: healedAt, do: 'restart', node });
  steps.sort((a, b) => a.at - b.at);
  const scenario: Scenario = {
    version: 1,
    name: `fuzz seed ${seed} (${opts.nodes} nodes)`,
    seed,
    cluster: {
      nodes,
      electionTimeout: [minElection, minElection * 2],
      heartbeatInterval: rng.int(20, Math.floor(minElection / 3)),
      preVote: rng.chance(0.5),
      checkQuorum: rng.chance(0.5),
      snapshotEntries: rng.pick([0, 0, 20, 50, 1000]),
      bugs: [...(opts.bugs ?? [])],
    },
    network: { ...fuzzNetwork(rng, opts) },
    until,
    steps,
  };
  return { scenario, healedAt };
}

function randomFault(rng: Rng, nodes: readonly string[], at: number): Step {
  const node = () => rng.pick(nodes);
  switch (rng.int(0, 9)) {
    case 0:
    case 1:
      return { at, do: 'crash', node: rng.chance(0.4) ? 'leader' : node() };
    case 2:
      return { at, do: 'restart', node: node() };
    case 3:
      return { at, do: 'partition', groups: randomGroups(rng, nodes) };
    case 4:
      return { at, do: 'isolate', node: rng.chance(0.5) ? 'leader' : node() };
    case 5: {
      const from = node();
      const to = rng.pick(nodes.filter((n) => n !== from));
      return { at, do: 'link', from, to, state: rng.chance(0.8) ? 'down' : 'up' };
    }
    case 6:
      return { at, do: 'heal' };
    case 7:
      return { at, do: 'loss', rate: rng.pick([0, 0.1, 0.3, 0.5]) };
    case 8:
      return { at, do: 'timeout', node: node() };
    default:
      return { at, do: 'transfer', to: node() };
  }
}

/**
 * Membership changes at random moments of the safety phase, drawn from their own stream so
 * that a seed's other steps stay the same with or without them. New ids are never reused
 * (SCENARIO.md); a promote names a learner added earlier, a remove any node known by then or
 * the leader. Steps etcd would refuse at that moment (a change already in flight, a learner
 * not caught up) are recorded as noops, which the fuzzer exercises too.
 */
function membershipSteps(seed: number, initial: readonly string[], faultPhase: number): Step[] {
  const rng = new Rng(seed, 'fuzz-membership');
  const times = Array.from({ length: rng.int(1, 6) }, () => rng.int(200, faultPhase)).sort((a, b) => a - b);
  const known = [...initial];
  const learners: string[] = [];
  return times.map((at): Step => {
    const kind = rng.int(0, 3);
    if (kind === 0 || (kind === 2 && learners.length === 0)) {
      const node = `n${known.length + 1}`;
      known.push(node);
      const learner = rng.chance(0.5);
      if (learner) learners.push(node);
      return learner ? { at, do: 'add-node', node, learner } : { at, do: 'add-node', node };
    }
    if (kind === 2) return { at, do: 'promote', node: rng.pick(learners) };
    return { at, do: 'remove-node', node: rng.chance(0.3) ? 'leader' : rng.pick(known) };
  });
}

/**
 * Watchers and compactions, from their own stream (a seed's other steps stay the same): each
 * watcher has its own client, so its watch lives through the whole run and every fault; a
 * watch from a past revision may meet a compaction and must then be canceled as compacted.
 */
function watchSteps(seed: number, nodes: readonly string[], until: number): Step[] {
  const rng = new Rng(seed, 'fuzz-watch');
  const steps: Step[] = [];
  for (let i = 1, n = rng.int(0, 3); i <= n; i++) {
    const startRevision = rng.chance(0.3) ? rng.int(1, 8) : undefined;
    const key = rng.pick(['a', 'b', '']);
    const op: ClientOp = { type: 'watch', key, ...(key === '' ? { prefix: true } : {}), ...(startRevision ? { startRevision } : {}) };
    const step: Step = { at: rng.int(100, 2000), do: 'client', client: `w${i}`, op };
    steps.push(rng.chance(0.5) ? { ...step, node: rng.pick(nodes) } : step);
  }
  for (let i = 0, n = rng.int(0, 2); i < n; i++) steps.push({ at: rng.int(1000, until - 2000), do: 'client', client: 'k', op: { type: 'compact', revision: rng.int(2, 12) } });
  return steps;
}

function newNodes(steps: readonly Step[]): string[] {
  return steps.flatMap((s) => (s.do === 'add-node' ? [s.node] : []));
}

/** Splits the nodes into 2 or 3 random groups, sometimes leaving one out (isolated). */
function randomGroups(rng: Rng, nodes: readonly string[]): string[][] {
  const count = rng.int(2, Math.min(3, nodes.length));
  const groups: string[][] = Array.from({ length: count }, () => []);
  for (const n of nodes) {
    if (rng.chance(0.1)) continue;
    groups[rng.int(0, count - 1)]?.push(n);
  }
  return groups.filter((g) => g.length > 0);
}

const KEYS = ['a', 'b', 'c'];
const ELECTIONS = ['e', 'svc:a', '/app/leader.v1-x', 'e'];

function fuzzNetwork(rng: Rng, opts: FuzzOptions): Scenario['network'] {
  const latency: [number, number] = [rng.int(1, 10), rng.int(10, 40)];
  const loss = Math.max(rng.pick([0, 0, 0.01, 0.05]), opts.loss ?? 0);
  return { latency, loss, ...(opts.duplicate ? { duplicate: opts.duplicate } : {}) };
}

function randomClientStep(rng: Rng, nodes: readonly string[], at: number, election: string): Step {
  const client = `c${rng.int(1, 4)}`;
  if (rng.chance(0.03)) return { at, do: 'client-crash', client };
  const op = rng.chance(0.15) ? randomRecipeOp(rng, election) : randomOp(rng);
  const step: Step = { at, do: 'client', client, op };
  return rng.chance(0.5) ? { ...step, node: rng.pick(nodes) } : step;
}

function randomRecipeOp(rng: Rng, election: string): ClientOp {
  if (rng.chance(0.6)) return { type: 'campaign', election, value: `v${rng.int(1, 9)}`, ttl: rng.int(1, 3) };
  return { type: 'resign', election };
}

function randomOp(rng: Rng): ClientOp {
  const key = rng.pick(KEYS);
  switch (rng.int(0, 5)) {
    case 0:
    case 1:
      return { type: 'put', key, value: `v${rng.int(1, 99)}` };
    case 2:
      return { type: 'get', key };
    case 3:
      return { type: 'get', key, serializable: true };
    case 4:
      return { type: 'delete', key };
    default:
      return {
        type: 'txn',
        compare: [{ key, target: 'version', result: '>', value: 0 }],
        success: [{ type: 'put', key, value: `t${rng.int(1, 99)}` }],
        failure: [{ type: 'get', key }],
      };
  }
}
