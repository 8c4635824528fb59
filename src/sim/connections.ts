// Client connections, as etcd's clients have them: clientv3 talks to one endpoint over a
// gRPC channel (HTTP/2 on TCP), so what it sends and what the server answers arrive in
// order, each once, or the connection breaks. A lost segment is retransmitted by TCP; if
// the path stays bad (loss, a partition, a cut link, a crashed end) the connection fails as
// a whole and both ends learn it (gRPC keepalive / deadlines). Nothing is dropped from the
// middle of a stream. Each connection has an epoch: messages of a broken epoch vanish, and
// the next request after the client noticed the break opens a new epoch.

import type { ConnReason } from './trace-types';

/** One client ⇄ node connection. */
export interface Connection {
  /** Its ends, kept with it so that no id is ever parsed back out of a map key. */
  readonly client: string;
  readonly node: string;
  epoch: number;
  /** open: in use; broken: failed, the client has not noticed yet; closed: the client knows. */
  state: 'open' | 'broken' | 'closed';
  /** The latest arrival time scheduled in each direction (client→node, node→client): FIFO. */
  lastUp: number;
  lastDown: number;
  /** Why and when the current epoch broke, and when the client noticed (for the page). */
  reason?: ConnReason;
  /** The current epoch was never established: opened while the node was down (connection refused). */
  refused?: boolean;
  brokeAt?: number;
  noticedAt?: number;
}

export class Connections {
  private conns = new Map<string, Connection>();

  private static key(client: string, node: string): string {
    // JSON of the pair: unambiguous whatever characters the ids hold. Built once per pair
    // (every client message looks its connection up, issue 17); pairs are few per run.
    let byNode = keyCache.get(client);
    if (!byNode) keyCache.set(client, (byNode = new Map()));
    let k = byNode.get(node);
    if (k === undefined) byNode.set(node, (k = JSON.stringify([client, node])));
    return k;
  }

  get(client: string, node: string): Connection | undefined {
    return this.conns.get(Connections.key(client, node));
  }

  /**
   * A message is sent on the connection: it travels on the current epoch, never arriving
   * before the one sent ahead of it in the same direction. A client's message on a closed
   * connection opens a new one (`opened`); on a broken one it is lost with the connection.
   */
  send(client: string, node: string, fromClient: boolean, drawnAt: number): { epoch: number; deliverAt: number; opened: boolean } {
    const k = Connections.key(client, node);
    let c = this.conns.get(k);
    let opened = false;
    if (!c || (c.state === 'closed' && fromClient)) {
      opened = c !== undefined;
      c = { client, node, epoch: (c?.epoch ?? 0) + 1, state: 'open', lastUp: 0, lastDown: 0 };
      this.conns.set(k, c);
    }
    const deliverAt = Math.max(drawnAt, fromClient ? c.lastUp : c.lastDown);
    if (fromClient) c.lastUp = deliverAt;
    else c.lastDown = deliverAt;
    return { epoch: c.epoch, deliverAt, opened };
  }

  /** Whether a message of `epoch` can still arrive: its connection is open and still that one. */
  current(client: string, node: string, epoch: number): boolean {
    const c = this.get(client, node);
    return c !== undefined && c.epoch === epoch && c.state === 'open';
  }

  /** The connection fails at `now` for `reason`; true when it was open (the caller reports it once). */
  break(client: string, node: string, reason: ConnReason, now: number): boolean {
    const c = this.get(client, node);
    if (!c || c.state !== 'open') return false;
    c.state = 'broken';
    c.reason = reason;
    c.brokeAt = now;
    return true;
  }

  /** The current epoch turned out to be refused (client-links.ts). */
  markRefused(client: string, node: string): void {
    const c = this.get(client, node);
    if (c) c.refused = true;
  }

  /** The client noticed at `now` the break of `epoch` (or the break was immediate, `epoch` undefined). */
  close(client: string, node: string, now: number, epoch?: number): boolean {
    const c = this.get(client, node);
    if (!c || c.state === 'closed' || (epoch !== undefined && c.epoch !== epoch)) return false;
    c.state = 'closed';
    c.noticedAt = now;
    return true;
  }

  /** Every connection whose current epoch is not open, in the order they were first opened. */
  notOpen(): readonly Connection[] {
    return [...this.conns.values()].filter((c) => c.state !== 'open');
  }

  /** The clients with a connection to `node` that is not closed. */
  clientsOf(node: string): string[] {
    const out: string[] = [];
    for (const c of this.conns.values()) if (c.node === node && c.state !== 'closed') out.push(c.client);
    return out;
  }

  clone(): Connections {
    const copy = new Connections();
    for (const [k, c] of this.conns) copy.conns.set(k, { ...c });
    return copy;
  }
}

/** Connection keys by client, then node (strings only: shared by every run in the process). */
const keyCache = new Map<string, Map<string, string>>();
