// A client's watches, as clientv3 keeps them (client/v3/watch.go). Each watch remembers
// the next revision it has not delivered; when the connection to its node breaks, the
// client creates it again on another endpoint from that revision (watchGrpcStream's
// resume: lastRev + 1), so the events it delivers stay ordered, unique and gap-free. If
// that revision has been compacted meanwhile, the server cancels it with the compaction
// revision ("mvcc: required revision has been compacted"), and so does the client.

import type { WatchRequest, WatchResponse } from '../../kv';
import type { OpResult } from '../trace-types';
import { succeeded } from './answer';
import type { ClientProcess, WatchOwner } from './client';

interface ClientWatch {
  readonly owner: WatchOwner;
  readonly req: WatchRequest;
  readonly endpoints?: readonly string[];
  node: string;
  /** The trace's id of a user watch: the one its first creation answered. */
  id?: number;
  /** The next revision to deliver; 0 while a watch "from now" is not created yet. */
  next: number;
  /** Created again after a break: the creation is reported as a resume. */
  resumed: boolean;
}

export class ClientWatches {
  /** Live watches by `${node}#${serverWatchId}`. */
  private live = new Map<string, ClientWatch>();
  /** Creations not answered yet, by `${stream}#${seq}`. */
  private creating = new Map<string, ClientWatch>();

  constructor(private readonly client: ClientProcess) {}

  copyInto(other: ClientWatches): void {
    for (const [k, w] of this.live) other.live.set(k, { ...w });
    for (const [k, w] of this.creating) other.creating.set(k, { ...w });
  }

  /** Nodes holding a watch of this client, for the page. */
  nodes(): string[] {
    return [...new Set([...this.live.values()].map((w) => w.node))];
  }

  watch(req: WatchRequest, owner: WatchOwner, node: string, endpoints?: readonly string[]): void {
    this.create({ owner, req, node, next: req.startRevision ?? 0, resumed: false, ...(endpoints ? { endpoints } : {}) });
  }

  private create(w: ClientWatch): void {
    const c = this.client;
    const stream = `${c.id}/w`;
    const seq = c.nextSeq(stream);
    this.creating.set(`${stream}#${seq}`, w);
    const req: WatchRequest = { ...w.req, ...(w.next > 0 ? { startRevision: w.next } : {}) };
    c.env.send({ client: c.id, stream, seq, body: { kind: 'watch', req } }, w.node);
  }

  receive(resp: WatchResponse, from: string, stream?: string, seq?: number): void {
    if (resp.created && stream !== undefined) {
      const w = this.creating.get(`${stream}#${seq}`);
      if (!w) return;
      this.creating.delete(`${stream}#${seq}`);
      this.created(w, resp, from);
      if (resp.canceled) return this.deliver(w, resp);
      this.live.set(`${from}#${resp.watchId}`, w);
      return;
    }
    const key = `${from}#${resp.watchId}`;
    const w = this.live.get(key);
    if (!w) return;
    if (resp.canceled) this.live.delete(key);
    this.deliver(w, resp);
  }

  private created(w: ClientWatch, resp: WatchResponse, from: string): void {
    // clientv3: a watch from "now" continues after the revision its creation saw.
    if (w.next === 0 && !resp.canceled) w.next = resp.header.revision + 1;
    if (w.owner.kind !== 'user') return;
    const rec = this.client.env.recorder;
    const now = this.client.env.now();
    if (w.resumed) {
      const id = w.id ?? resp.watchId;
      return rec.record(() => ({ t: now, ev: 'watch-resume', client: this.client.id, watchId: id, node: from, revision: w.next }));
    }
    w.id = resp.watchId;
    const result: OpResult = { header: resp.header, watchId: resp.watchId, ...(resp.canceled ? { canceled: true, compactRevision: resp.compactRevision ?? 0 } : {}) };
    this.client.complete(w.owner.invoke, succeeded(result));
  }

  private deliver(w: ClientWatch, resp: WatchResponse): void {
    const last = resp.events[resp.events.length - 1];
    if (last) w.next = last.kv.modRevision + 1;
    const owner = w.owner;
    if (owner.kind === 'user') this.report(w, resp);
    else if (owner.kind === 'recipe') this.client.campaigns.watchEvents(owner.election, resp, w.node);
    else this.client.observers.watchEvents(owner.election, owner.gen, resp);
  }

  private report(w: ClientWatch, resp: WatchResponse): void {
    const c = this.client;
    const id = w.id ?? resp.watchId;
    const now = c.env.now();
    if (resp.events.length > 0) c.env.recorder.record(() => ({ t: now, ev: 'watch', client: c.id, watchId: id, events: resp.events }));
    // A refused creation is reported by the watch op's return; a later cancel here.
    if (!resp.canceled || (resp.created && !w.resumed)) return;
    const compact = resp.compactRevision !== undefined ? { compactRevision: resp.compactRevision } : {};
    const reason = resp.cancelReason !== undefined ? { reason: resp.cancelReason } : {};
    c.env.recorder.record(() => ({ t: now, ev: 'watch-cancel', client: c.id, watchId: id, revision: w.next, ...compact, ...reason }));
  }

  /**
   * The connection to `node` broke: every watch there (and every creation in flight to it)
   * is created again on the next endpoint, from the next revision it has not delivered.
   * Watches their owner no longer waits on are let go.
   */
  connectionLost(node: string): void {
    const moved: ClientWatch[] = [];
    for (const [k, w] of this.live) if (w.node === node && (this.live.delete(k), true)) moved.push(w);
    for (const [k, w] of this.creating) if (w.node === node && (this.creating.delete(k), true)) moved.push(w);
    for (const w of moved) {
      if (!this.wanted(w)) continue;
      w.node = this.client.nextTarget(node, w.endpoints);
      w.resumed = w.resumed || w.owner.kind !== 'user' || w.id !== undefined;
      this.create(w);
    }
  }

  /** A recipe's or an observer's watch that it has moved on from is not resumed. */
  private wanted(w: ClientWatch): boolean {
    const o = w.owner;
    if (o.kind === 'user') return true;
    if (o.kind === 'observe') return this.client.observers.current(o.election, o.gen);
    return this.client.campaigns.views().some((c) => c.election === o.election && c.waitKey === w.req.key);
  }

  clear(): void {
    this.live.clear();
    this.creating.clear();
  }
}
