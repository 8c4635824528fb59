// The transport, one idea: how a message gets from its sender to its receiver, or does not.
// Each message draws its delay from the scenario's latency range (so messages reorder) and
// its fate under the loss rate when it is sent; a Raft message may also get a duplicate.
// It then flies until its arrival time, so the page can show where it vanished, and is
// judged again on arrival: `dropReason` is the one place that decides a drop and its reason.
// Client ⇄ node messages travel on ordered connections instead (client-links.ts).

import type { DropReason } from './trace-types';
import type { EventQueue } from './event-queue';
import type { SimEvent } from './agenda';
import type { Envelope, Payload } from './messages';
import type { Network } from './network';
import { ClientLinks, type ClientLinkHost } from './client-links';
import type { Connections } from './connections';
import type { Rng } from './prng';

/** What the transport needs of the world around it (and its client connections: ClientLinkHost). */
export interface TransportHost extends ClientLinkHost {
  readonly queue: EventQueue<SimEvent>;
  rng(stream: string): Rng;
  isNode(id: string): boolean;
  isUp(id: string): boolean;
  /** Whether `receiver` applied the removal of `sender` (etcd's membership remembers removed ids). */
  knowsRemoved(receiver: string, sender: string): boolean;
  /** A message arrived: its receiver handles it. */
  arrive(env: Envelope): void;
  /** A message was dropped: the sender learns what it must (a failed snapshot, its own removal). */
  dropped(env: Envelope, reason: DropReason): void;
}

export class Transport {
  /** Envelopes on the wire, by id (for the page and for drops). */
  readonly inFlight: Map<number, Envelope>;
  /** Messages in flight that the loss rate has already taken: they vanish on arrival. */
  private readonly lost: Set<number>;
  /** Client ⇄ node connections: ordered streams that deliver or break (client-links.ts). */
  readonly links: ClientLinks;
  /** Each sender's `net:` stream, by sender id (the host's own Rng objects: no name to build per message). */
  private readonly netRngs = new Map<string, Rng>();

  constructor(
    readonly network: Network,
    connections: Connections,
    private readonly host: TransportHost,
    private nextMessageId = 1,
    inFlight = new Map<number, Envelope>(),
    lost = new Set<number>(),
  ) {
    this.links = new ClientLinks(connections, host);
    this.inFlight = inFlight;
    this.lost = lost;
  }

  /** An independent copy for a checkpoint, in the copied world of `host`. */
  clone(host: TransportHost): Transport {
    return new Transport(this.network.clone(), this.links.connections.clone(), host, this.nextMessageId, new Map(this.inFlight), new Set(this.lost));
  }

  send(from: string, to: string, payload: Payload): void {
    const h = this.host;
    const now = h.now();
    // A lost message still flies until its arrival time, so the page can show where it vanished.
    let net = this.netRngs.get(from);
    if (!net) this.netRngs.set(from, (net = h.rng(`net:${from}`)));
    const drawnAt = now + this.network.drawDelay(net);
    const lost = this.network.drawLoss(net);
    const id = this.nextMessageId++;
    let env: Envelope;
    if (payload.kind === 'raft') env = { id, from, to, sentAt: now, deliverAt: drawnAt, payload };
    else {
      const { deliverAt, conn } = this.links.stamp(from, to, payload, drawnAt);
      env = { id, from, to, sentAt: now, deliverAt, payload, conn };
    }
    this.inFlight.set(env.id, env);
    h.recorder.send(now, env.id, from, to, env.deliverAt, payload);
    if (lost) this.lost.add(env.id);
    h.queue.push(env.deliverAt, { kind: 'deliver', env, lost });
    // A duplicated Raft message: a second copy with its own delay (client streams never duplicate).
    // (The rate is tested first so that a run without duplication draws nothing: the hot path.)
    if (payload.kind === 'raft' && this.network.duplicate > 0 && this.network.drawDuplicate(h.rng(`dup:${from}`))) this.send(from, to, payload);
  }

  /** A message reaches its arrival time (`lost`: the loss rate took it when it was sent). */
  deliver(env: Envelope, lost: boolean): void {
    const h = this.host;
    this.inFlight.delete(env.id);
    this.lost.delete(env.id);
    const reason = this.dropReason(env, lost);
    if (reason) {
      h.recorder.record(() => ({ t: h.now(), ev: 'drop', id: env.id, from: env.from, to: env.to, reason }));
      h.dropped(env, reason);
      // A client stream does not lose one message: the whole connection fails.
      if (reason !== 'removed' && reason !== 'broken' && env.conn !== undefined) this.links.breakOn(env, reason);
      return;
    }
    h.recorder.recv(h.now(), env.id, env.from, env.to);
    h.arrive(env);
  }

  /** Whether a message in flight will be dropped on arrival, as things stand now (the page draws it doomed). */
  willBeLost(env: Envelope): boolean {
    return this.dropReason(env, this.lost.has(env.id)) !== undefined;
  }

  /**
   * The one place that decides whether a message arriving now is dropped, and why (TRACE.md
   * drop.reason): the loss rate took it; a partition or a cut link is in the way; its
   * receiver is down; it comes from a node the receiver knows was removed; or it travelled
   * on a client connection that broke meanwhile ('broken' wins: that stream is gone anyway).
   */
  private dropReason(env: Envelope, lost: boolean): DropReason | undefined {
    const h = this.host;
    // (A healthy network, the common case, blocks nothing: no need to ask it.)
    const blocked = this.network.isHealthy() ? undefined : this.network.blocked(env.from, env.to, (id) => h.isNode(id));
    const cause = lost ? 'loss' : (blocked ?? (h.isNode(env.to) && !h.isUp(env.to) ? 'crashed' : this.fromRemoved(env)));
    return this.links.current(env) ? cause : 'broken';
  }

  /**
   * A Raft message from a node the receiver knows was removed: etcd refuses it ("the member
   * has been permanently removed from the cluster") and the removed member stops. This is
   * what keeps a removed node that never learned of its removal from disturbing the cluster.
   */
  private fromRemoved(env: Envelope): 'removed' | undefined {
    if (env.payload.kind !== 'raft') return undefined;
    return this.host.knowsRemoved(env.to, env.from) ? 'removed' : undefined;
  }
}
