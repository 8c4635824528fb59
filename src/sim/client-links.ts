// The transport's rules for client ⇄ node messages (the state is in connections.ts): a
// message travels on its connection's current epoch, in order; one that cannot pass breaks
// the whole connection instead of vanishing from the middle of the stream (gRPC over TCP);
// the client notices a break after its keepalive timeout, or at once when the node stopped
// (a reset); a connection opened while the node was down is refused, and the unary requests
// sent on it go to another endpoint at once.

import type { Recorder } from './recorder';
import type { Envelope, Payload } from './messages';
import type { Connections } from './connections';
import type { ConnReason } from './trace-types';

/** What the links need of the world around them. */
export interface ClientLinkHost {
  now(): number;
  readonly recorder: Recorder;
  /** The server forgets the client's watches there (etcd's watch server ends with its stream). */
  serverDropsClient(node: string, client: string): void;
  /** Schedules the client's notice of the break of `epoch` (gRPC keepalive timeout). */
  noticeLater(client: string, node: string, epoch: number): void;
  /**
   * Tells one client (or, without `client`, every client) that its connection to `node` is
   * gone; `refused`: it was never established, nothing sent on it reached the node.
   */
  connectionLost(node: string, client?: string, refused?: boolean): void;
  /** The client's connection to `node` was refused (the node is down): its requests there can go elsewhere now. */
  refused(node: string, client: string): void;
}

/** The client and the node at the ends of a client ⇄ node message. */
function ends(env: Envelope): [string, string] {
  return env.payload.kind === 'request' ? [env.from, env.to] : [env.to, env.from];
}

export class ClientLinks {
  constructor(
    readonly connections: Connections,
    private readonly host: ClientLinkHost,
  ) {}

  /** A client message about to be sent: its arrival kept in order and the epoch it travels on. */
  stamp(from: string, to: string, payload: Exclude<Payload, { kind: 'raft' }>, drawnAt: number): { deliverAt: number; conn: number } {
    const [client, node] = payload.kind === 'request' ? [from, to] : [to, from];
    const c = this.connections.send(client, node, payload.kind === 'request', drawnAt);
    if (c.opened) this.host.recorder.record(() => ({ t: this.host.now(), ev: 'conn', client, node, state: 'open' }));
    return { deliverAt: c.deliverAt, conn: c.epoch };
  }

  /** A Raft message, or a client message whose connection is still the open one it was sent on. */
  current(env: Envelope): boolean {
    if (env.conn === undefined) return true;
    const [client, node] = ends(env);
    return this.connections.current(client, node, env.conn);
  }

  /** A message on a client connection could not pass: the connection breaks as a whole. */
  breakOn(env: Envelope, reason: ConnReason): void {
    const [client, node] = ends(env);
    if (!this.connections.break(client, node, reason, this.host.now())) return;
    this.host.recorder.record(() => ({ t: this.host.now(), ev: 'conn', client, node, state: 'broken', reason }));
    this.host.serverDropsClient(node, client);
    this.host.noticeLater(client, node, env.conn as number);
    // A client's message reaching a node that is down travelled on a connection opened after
    // the node stopped (its stop reset the ones before): the connect was refused, nothing
    // sent on it arrived, and gRPC sends the requests waiting on it to another endpoint.
    if (reason === 'crashed' && env.payload.kind === 'request') {
      this.connections.markRefused(client, node);
      this.host.refused(node, client);
    }
  }

  /** The client's keepalive timeout for the break of `epoch` ran out: it knows now. */
  noticed(client: string, node: string, epoch: number): void {
    if (this.connections.close(client, node, this.host.now(), epoch)) this.host.connectionLost(node, client, this.connections.get(client, node)?.refused === true);
  }

  /** A node stopped: every connection to it is reset, and its clients see that at once. */
  reset(node: string, reason: ConnReason): void {
    for (const client of this.connections.clientsOf(node)) {
      if (this.connections.break(client, node, reason, this.host.now())) this.host.recorder.record(() => ({ t: this.host.now(), ev: 'conn', client, node, state: 'broken', reason }));
      this.connections.close(client, node, this.host.now());
    }
    this.host.connectionLost(node);
  }
}
