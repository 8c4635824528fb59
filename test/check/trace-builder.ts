// Small helpers to write traces by hand in tests: one call per event, time ticking by 1.

import type { TraceEvent } from '../../src/sim/trace-types';

type Body<E> = E extends TraceEvent ? Omit<E, 't'> : never;

export class TraceBuilder {
  readonly events: TraceEvent[] = [];
  private time = 0;

  /** Appends an event; returns its index in the trace. */
  add(body: Body<TraceEvent>): number {
    this.events.push({ t: this.time++, ...body } as TraceEvent);
    return this.events.length - 1;
  }

  role(node: string, role: 'follower' | 'candidate' | 'leader' | 'precandidate', term: number): number {
    return this.add({ ev: 'role', node, role, term });
  }
  vote(node: string, term: number, candidate: string): number {
    return this.add({ ev: 'vote', node, term, for: candidate });
  }
  /** Appends `term:name` at index; the entry string starts with the term, as in TRACE.md. */
  append(node: string, index: number, term: number, name = `e${index}`): number {
    return this.add({ ev: 'append', node, index, term, entry: `${term}:${name}` });
  }
  /** Appends the same entries to each node. */
  appendAll(nodes: string[], index: number, term: number, name = `e${index}`): number[] {
    return nodes.map((node) => this.append(node, index, term, name));
  }
  truncate(node: string, from: number): number {
    return this.add({ ev: 'truncate', node, from });
  }
  snapshot(node: string, index: number, term: number): number {
    return this.add({ ev: 'snapshot', node, index, term });
  }
  commit(node: string, index: number): number {
    return this.add({ ev: 'commit', node, index });
  }
  apply(node: string, index: number, term: number, name = `e${index}`, revision = index + 1): number {
    return this.add({ ev: 'apply', node, index, term, entry: `${term}:${name}`, revision });
  }
  crash(node: string): number {
    return this.add({ ev: 'crash', node });
  }
  restart(node: string): number {
    return this.add({ ev: 'restart', node });
  }
}

/** A trace of a healthy three-node cluster: n1 leads term 1 and commits and applies entries 1 and 2. */
export function healthyCluster(): TraceBuilder {
  const b = new TraceBuilder();
  const nodes = ['n1', 'n2', 'n3'];
  b.add({ ev: 'start', scenario: 'test', seed: 1, nodes });
  b.role('n1', 'candidate', 1);
  b.vote('n1', 1, 'n1');
  b.role('n2', 'follower', 1);
  b.vote('n2', 1, 'n1');
  b.role('n1', 'leader', 1);
  b.role('n3', 'follower', 1);
  for (const index of [1, 2]) b.appendAll(nodes, index, 1);
  for (const node of nodes) b.commit(node, 2);
  for (const node of nodes) for (const index of [1, 2]) b.apply(node, index, 1);
  return b;
}
