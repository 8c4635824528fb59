// The console's commands that run on until stopped: watch, elect, elect -l (Observe), lock
// (with or without a command to run while holding it) and lease keep-alive. The prompt stays
// usable meanwhile; stop() (Ctrl+C) ends them all, resigning and unlocking what is held.

import type { GetOp, LeaseRef } from '../sim/scenario-types';
import { hex16 } from './encode';
import type { OpResult } from '../sim/trace-types';
import { ConsoleCore, etcdError, type Stream } from './console-core';
import { echoLine, lockedCommand, notFinishing, unsupportedProgram, withLockEnv } from './lock-command';
import { planLine, type Action, type Plan } from './plan';
import type { OutputFormat } from './print';

export abstract class ConsoleStreams extends ConsoleCore {
  /** Locks taken so far: each runs as its own etcdctl process (client). */
  private lockClients = 0;

  /** Runs a planned line (console.ts); a lock's command runs through it. */
  protected abstract execute(plan: Plan): void;

  protected startStream(a: Action, format: OutputFormat, node: string): void {
    if (a.kind === 'watch') {
      const stream: Stream = { kind: 'watch', client: this.client, format, node };
      this.streams.push(stream);
      return this.submit(a.op, node, (ok, r, error) => {
        if (!ok) return this.endStream(stream, etcdError(error));
        // A start revision already compacted on that node: etcd cancels the watch at once
        // (watchableStore.syncWatchers), which the trace does not carry as an event.
        const start = a.op.startRevision ?? 0;
        if (r?.canceled || (start > 0 && start <= r!.header.revision && start < this.compactRevisionAt(node))) {
          this.emit(['watch was canceled (etcdserver: mvcc: required revision has been compacted)'], 'err');
          return this.endStream(stream, 'watch is canceled by the server');
        }
        stream.watchId = r?.watchId;
      });
    }
    if (a.kind === 'elect') {
      const stream: Stream = { kind: 'elect', client: this.client, format, node, election: a.election };
      this.streams.push(stream);
      return this.submit({ type: 'campaign', election: a.election, value: a.proposal }, node, (ok, r, error) => this.held(stream, ok, r, error), this.client, true);
    }
    if (a.kind === 'lock') {
      // Each lock runs as its own etcdctl process: a waiting Lock blocks only that client.
      const client = lockClientId(this.client, ++this.lockClients);
      const stream: Stream = { kind: 'lock', client, format, node, election: a.name };
      this.streams.push(stream);
      const command = a.command;
      // With a command, etcdctl blocks the terminal until the command has run: the prompt waits.
      if (command) this.awaiting.push({ done: () => !this.streams.includes(stream), deadline: Infinity, then: () => undefined, fail: '' });
      return this.submit({ type: 'lock', name: a.name }, node, (ok, r, error) => (command ? this.runLocked(stream, command, ok, r, error) : this.held(stream, ok, r, error)), client, true);
    }
    if (a.kind === 'observe') {
      const stream: Stream = { kind: 'observe', client: this.client, format, node, election: a.election };
      this.streams.push(stream);
      return this.submit({ type: 'observe', election: a.election }, node, (ok, _r, error) => {
        if (!ok) this.endStream(stream, etcdError(error));
      });
    }
    if (a.kind === 'keep-alive') {
      const stream: Stream = { kind: 'keep-alive', client: this.client, format, node, leaseId: a.id };
      if (!a.once) this.streams.push(stream);
      this.keepAlive(stream, a.once);
    }
  }

  protected keepAlive(stream: Stream, once: boolean): void {
    const id = stream.leaseId as LeaseRef;
    this.submit({ type: 'lease-keepalive', id }, stream.node, (ok, r, error) => {
      if (!ok) {
        if (once) return this.error(etcdError(error));
        if (stream.format === 'simple') this.emit([`lease ${hex16(id)} expired or revoked.`]);
        return this.endStream(stream);
      }
      const ttl = (r as OpResult).ttl ?? 0;
      this.show({ kind: 'keepalive', id, ttl }, stream.format, stream.node, (r as OpResult).header.revision);
      // clientv3 renews every TTL/3 (lease.go: sendKeepAliveLoop, nextKeepAlive).
      if (!once) stream.nextAt = this.sim.now + Math.max(500, Math.floor((ttl * 1000) / 3));
    }, stream.client);
  }

  /** A campaign or lock is held: etcdctl prints its key as a get of that key. */
  protected held(stream: Stream, ok: boolean, r: OpResult | undefined, error: string | undefined): void {
    if (!ok) return this.endStream(stream, etcdError(error));
    stream.held = true;
    const key = r?.key ?? '';
    const get: GetOp = { type: 'get', key };
    this.submit(get, stream.node, (gok, gr, gerror) => {
      if (!gok) return this.error(etcdError(gerror));
      this.show({ kind: 'get', r: gr as OpResult }, stream.format, stream.node, (gr as OpResult).header.revision);
    }, stream.client);
  }

  /** `lock NAME COMMAND...`: the lock is held; run COMMAND (echo or an etcdctl command that finishes), then unlock. */
  protected runLocked(stream: Stream, words: string[], ok: boolean, r: OpResult | undefined, error: string | undefined): void {
    if (!ok) return this.endStream(stream, etcdError(error));
    stream.held = true;
    const command = lockedCommand(withLockEnv(words, r?.key ?? '', r?.header.revision ?? 0));
    const unlock = (failure?: string) => {
      if (!this.streams.includes(stream)) return; // stopped meanwhile (Ctrl+C unlocked it)
      this.submit({ type: 'unlock', name: stream.election as string }, stream.node, (uok, _r, uerror) => this.endStream(stream, failure ?? (uok ? undefined : etcdError(uerror))), stream.client);
    };
    if (command.kind === 'unsupported') return unlock(unsupportedProgram(command.program));
    if (command.kind === 'echo') {
      this.emit([echoLine(command.words)]);
      return unlock();
    }
    const plan = planLine({ args: command.words });
    const streams = notFinishing(plan.action, command.words[0] ?? '');
    if (streams) return unlock(streams);
    // The child etcdctl is its own client: run the command as the lock's client.
    const before = this.awaiting.slice();
    const own = this.client;
    this.client = stream.client;
    this.execute(plan);
    this.client = own;
    const mine = this.awaiting.filter((w) => !before.includes(w));
    const done = () => !this.inFlight.anyFor(stream.client) && mine.every((w) => !this.awaiting.includes(w));
    if (done()) return unlock();
    this.awaiting.push({ done, deadline: Infinity, then: () => unlock(), fail: '' });
  }

  /** Ctrl+C: stops every stream; a held election is resigned and a held lock unlocked. */
  stop(): void {
    const streams = this.streams;
    this.streams = [];
    for (const s of streams) {
      if (s.kind === 'elect' && s.held) this.host.act({ do: 'client', client: s.client, op: { type: 'resign', election: s.election as string } });
      if (s.kind === 'lock') {
        if (s.held) this.host.act({ do: 'client', client: s.client, op: { type: 'unlock', name: s.election as string } });
        else this.host.act({ do: 'client-crash', client: s.client });
      }
    }
    this.inFlight.dropWaiting();
    this.txn = undefined;
  }
}

/** The n-th lock's own client: within SCENARIO.md's 16-character ids, however many locks a session takes. */
export function lockClientId(client: string, n: number): string {
  const suffix = `-lock-${n}`;
  return `${client.slice(0, Math.min(8, 16 - suffix.length))}${suffix}`;
}
