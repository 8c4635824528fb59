// The client processes of a run, one idea: etcd clients on the simulated network, each
// started on first use (clients/client.ts), with the environment they run in: the node
// list they sync from the membership, their sends, their timers on the agenda.

import type { Reply } from '../cluster/client-protocol';
import type { SimEvent } from './agenda';
import type { EventQueue } from './event-queue';
import type { Payload } from './messages';
import type { Recorder } from './recorder';
import type { Rng } from './prng';
import { ClientProcess } from './clients/client';
import type { ClientEnv } from './clients/env';

/** What the clients need of the world around them. */
export interface ClientHost {
  now(): number;
  readonly queue: EventQueue<SimEvent>;
  readonly recorder: Recorder;
  rng(stream: string): Rng;
  /** The slowest election timeout: an attempt waits for four of them at least. */
  readonly electionTimeoutMax: number;
  /** The nodes a client may contact: the members it knows of, removed ones left out. */
  nodes(): readonly string[];
  send(from: string, to: string, payload: Payload): void;
  /** Every running server forgets a crashed client (its watches, its keep-alives). */
  forgetEverywhere(client: string): void;
}

export class ClientProcesses {
  readonly clients = new Map<string, ClientProcess>();
  private readonly env: ClientEnv;

  constructor(private readonly host: ClientHost) {
    this.env = {
      now: () => host.now(),
      // Like etcd clients syncing their endpoints from the member list: removed nodes drop out.
      nodes: () => host.nodes(),
      send: (req, to) => host.send(req.client, to, { kind: 'request', req }),
      timer: (client, at, timer) => host.queue.push(Math.max(at, host.now()), { kind: 'client-timer', client, timer }),
      recorder: host.recorder,
      rng: (stream) => host.rng(stream),
      attemptTimeoutMs: Math.max(1000, 4 * host.electionTimeoutMax),
    };
  }

  /** An independent copy for a checkpoint, in the copied world of `host`. */
  clone(host: ClientHost): ClientProcesses {
    const copy = new ClientProcesses(host);
    for (const [id, c] of this.clients) copy.clients.set(id, c.clone(copy.env));
    return copy;
  }

  /** The client process with this id, started on first use. */
  client(id: string): ClientProcess {
    let c = this.clients.get(id);
    if (!c) {
      c = new ClientProcess(id, this.env);
      this.clients.set(id, c);
    }
    return c;
  }

  /** A client process dies: its requests, keep-alives and watches stop. */
  crash(id: string): void {
    this.client(id).crash();
    this.host.forgetEverywhere(id);
  }

  /** An answer reached a client. */
  receive(to: string, reply: Reply, from: string): void {
    this.clients.get(to)?.receive(reply, from);
  }

  /** A client's connection to `node` was refused: its unary requests there go elsewhere. */
  refused(node: string, client: string): void {
    this.clients.get(client)?.refused(node);
  }

  /** One client (or, without `client`, every client) learns that its connection to `node` is gone (`refused`: never established). */
  connectionLost(node: string, client?: string, refused = false): void {
    if (client !== undefined) this.clients.get(client)?.connectionLost(node, refused);
    else for (const c of this.clients.values()) c.connectionLost(node, refused);
  }
}
