// The console's requests in flight: each is matched to its client's `invoke` trace event
// (which gives it an id), then to the `return` with that id, whose answer it prints.

import type { ClientOp } from '../sim/scenario-types';
import type { OpResult, TraceEvent } from '../sim/trace-types';
import { canonical } from './canonical';

/** etcdctl's --command-timeout default: a request unanswered this long fails. */
export const COMMAND_TIMEOUT_MS = 5000;

export type Answer = (ok: boolean, result: OpResult | undefined, error: string | undefined, invokedAt: number) => void;

interface Request {
  op: ClientOp;
  client: string;
  /** Commands that wait by nature (lock, elect) have no deadline. */
  waits: boolean;
  answer: Answer;
}

interface Tracked extends Request {
  /** The op as canonical JSON: a replayed session's steps are equal ops, not the same objects. */
  key: string;
  invoke?: number;
  invokedAt?: number;
  deadline: number;
}

export class InFlight {
  private requests: Tracked[] = [];

  add(r: Request): void {
    this.requests.push({ ...r, key: canonical(r.op), deadline: Infinity });
  }

  /** Matches an invoke or return of one of ours; true when the event was ours. */
  observe(e: TraceEvent): boolean {
    if (e.ev === 'invoke') {
      const mine = this.requests.filter((q) => q.invoke === undefined && q.client === e.client);
      if (mine.length === 0) return false;
      const key = canonical(e.op);
      const r = mine.find((q) => q.key === key);
      if (!r) return false;
      r.invoke = e.id;
      r.invokedAt = e.t;
      // The timeout counts from when the client really sent it, as etcdctl's context does.
      if (!r.waits) r.deadline = e.t + COMMAND_TIMEOUT_MS;
      return true;
    }
    if (e.ev !== 'return') return false;
    const i = this.requests.findIndex((q) => q.client === e.client && q.invoke === e.id);
    if (i < 0) return false;
    const r = this.requests[i] as Tracked;
    this.requests.splice(i, 1);
    r.answer(e.ok, e.result, e.error, r.invokedAt ?? e.t);
    return true;
  }

  /** Drops the requests past their deadline at `now`; returns their deadlines. */
  expire(now: number): number[] {
    const gone = this.requests.filter((r) => r.deadline <= now).map((r) => r.deadline);
    if (gone.length > 0) this.requests = this.requests.filter((r) => r.deadline > now);
    return gone;
  }

  /** Ctrl+C: the waiting commands (lock, elect) are abandoned. */
  dropWaiting(): void {
    this.requests = this.requests.filter((r) => !r.waits);
  }

  nextDeadline(): number {
    return this.requests.reduce((t, r) => Math.min(t, r.deadline), Infinity);
  }

  /** A request the prompt waits for (not a lock or election, which wait by nature). */
  answerable(): boolean {
    return this.requests.some((r) => !r.waits);
  }

  waiting(): boolean {
    return this.requests.some((r) => r.waits);
  }

  /** A request of this client still unanswered. */
  anyFor(client: string): boolean {
    return this.requests.some((r) => r.client === client);
  }

  any(): boolean {
    return this.requests.length > 0;
  }
}
