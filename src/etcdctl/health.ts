// `endpoint health` as etcdctl runs it (ctlv3/command/ep_command.go): for each endpoint a
// client that knows only that endpoint (a client step with `endpoints: [node]`) makes a
// linearizable get of the key "health" under the command timeout. An answer in time is
// healthy. Anything else is unhealthy at the deadline with the context's error: clientv3
// retries a get that failed as unavailable (no leader, a crashed or cut-off node) until its
// context ends, so a real etcdctl prints "context deadline exceeded" and took = 5s for a
// partitioned, isolated or crashed member. etcdctl lists the endpoints in the order their
// checks finish, which is also the order here.

import type { GetOp } from '../sim/scenario-types';
import { goDuration } from './encode';
import { COMMAND_TIMEOUT_MS } from './in-flight';
import type { EndpointHealth } from './print';

const DEADLINE_ERROR = 'context deadline exceeded';

/** The get etcdctl makes (a fresh object per endpoint: the console matches answers by op). */
export function healthGet(): GetOp {
  return { type: 'get', key: 'health' };
}

/**
 * The client that checks one node: one per node, like etcdctl's one client per endpoint.
 * At most 14 characters, within SCENARIO.md's client ids (16), so a share link keeps it.
 */
export function healthClient(consoleClient: string, nodeIndex: number): string {
  return `${consoleClient.slice(0, 8)}-hc-${nodeIndex}`;
}

export class HealthCheck {
  /** The virtual time etcdctl's command context ends. */
  readonly deadline: number;
  private readonly answered = new Map<string, { at: number; took: number }>();

  constructor(
    private readonly nodes: readonly string[],
    startsAt: number,
  ) {
    this.deadline = startsAt + COMMAND_TIMEOUT_MS;
  }

  /** An answer from a node's check; a failure or a late answer counts as the deadline passing. */
  answer(node: string, ok: boolean, invokedAt: number, now: number): void {
    if (ok && now < this.deadline) this.answered.set(node, { at: now, took: now - invokedAt });
  }

  /** Every endpoint's result is known: all answered in time, or the deadline has come. */
  decided(now: number): boolean {
    return now >= this.deadline || this.answered.size === this.nodes.length;
  }

  /** The results in the order the checks finished (endpoint order among those finishing together). */
  results(): EndpointHealth[] {
    const finished = this.nodes.map((ep, i) => ({ ep, i, a: this.answered.get(ep) }));
    finished.sort((x, y) => (x.a?.at ?? this.deadline) - (y.a?.at ?? this.deadline) || x.i - y.i);
    return finished.map(({ ep, a }) => (a ? { ep, health: true, took: goDuration(a.took) } : { ep, health: false, took: goDuration(COMMAND_TIMEOUT_MS), error: DEADLINE_ERROR }));
  }

  healthy(): boolean {
    return this.answered.size === this.nodes.length;
  }
}
