// What a recipe (the election and mutex of recipe.ts, Observe of observe.ts) may do: the
// calls of clientv3 that etcd's concurrency package makes (a kv request or a keep-alive on
// the recipe's own stream, a watch), a timer for its session, a trace event, and the one
// way to end an op. Nothing else of the client is in reach, so each recipe reads as
// election.go and mutex.go do: a request, its answer, the next request.

import type { RequestBody } from '../../cluster/client-protocol';
import type { WatchRequest } from '../../kv';
import type { TraceEvent } from '../trace-types';
import type { Answer } from './answer';
import type { Purpose } from './rpc';
import type { SessionTimer } from './timers';

/** Who a recipe's watch reports to: the campaign waiting on the key ahead, or an observer's watch of generation `gen`. */
export type RecipeWatchOwner = { readonly kind: 'recipe'; readonly election: string } | { readonly kind: 'observe'; readonly election: string; readonly gen: number };

export interface RecipeHost {
  /** The client's id (stream names and trace events carry it). */
  readonly id: string;
  now(): number;
  /** Sends a request on `stream` with the client's retries; its answer comes back to the recipe by `purpose`. */
  call(stream: string, body: RequestBody, purpose: Purpose, node?: string): void;
  watch(req: WatchRequest, owner: RecipeWatchOwner, node?: string): void;
  /** Fires the session timer at virtual time `at`. */
  timer(at: number, timer: SessionTimer): void;
  record(event: () => TraceEvent): void;
  /** Reports op `invoke`'s answer; if that op holds the client's main stream, the client goes on. */
  complete(invoke: number, answer: Answer): void;
}
