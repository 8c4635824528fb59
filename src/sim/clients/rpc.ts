// One request of a client, with its retries: a timeout per attempt, a retry on another
// node (or the leader a node told us about), and the same stream/seq on every attempt so
// that the servers apply it at most once (§8 of the Raft paper). A request in flight on a
// connection the client sees broken fails at once with gRPC's codes.Unavailable, and
// clientv3's retry interceptor (client/v3/retry_interceptor.go, retry.go) repeats it on
// the next endpoint only when it is repeatable; a write gets the error (outcome unknown).

import type { RequestBody } from '../../cluster/client-protocol';

/** Attempts before giving up; an unknown outcome is then reported as a timeout (TRACE.md). */
export const MAX_ATTEMPTS = 3;
/** Pause before retrying after a "no leader" or "not leader" answer. */
export const RETRY_BACKOFF_MS = 50;

/** clientv3 options.go: defaultBackoffWaitBetween (25 ms) and defaultBackoffJitterFraction (0.10). */
export const BACKOFF_WAIT_BETWEEN_MS = 25;
export const BACKOFF_JITTER_FRACTION = 0.1;
/** clientv3 options.go defaultUnaryMaxRetries: attempts of one unary call, all reasons together. */
export const UNARY_MAX_ATTEMPTS = 100;

export interface Rpc {
  readonly stream: string;
  readonly seq: number;
  readonly body: RequestBody;
  attempt: number;
  target: string;
  /** The current attempt's deadline; a timer event carries it so stale timers are ignored. */
  timeoutAt: number;
  /** An earlier attempt may have been proposed: a failure now means "outcome unknown". */
  maybeApplied: boolean;
  /** Attempts that failed with codes.Unavailable (a broken connection): they do not count against MAX_ATTEMPTS. */
  unavailable: number;
  /**
   * When the call gives up retrying after Unavailable: MAX_ATTEMPTS attempt timeouts after
   * its first send (the caller's context deadline, as etcdctl's --command-timeout).
   */
  deadline: number;
  /** What to do with the answer (a plain tag, so client state stays plain data). */
  readonly purpose: Purpose;
}

export type Purpose =
  | { readonly kind: 'op'; readonly invoke: number }
  /** A session's keep-alive; the lease tells an answer for an ended session (of the same election) from one for the current. */
  | { readonly kind: 'keepalive'; readonly election: string; readonly lease: number }
  /** `invoke`: the campaign, lock, resign or proclaim call the recipe's request serves (TRACE.md 1.1). */
  | { readonly kind: 'recipe'; readonly election: string; readonly step: RecipeStep; readonly invoke?: number }
  /** Leader: the first key by create revision answers. */
  | { readonly kind: 'leader'; readonly election: string; readonly invoke: number }
  /** Observe's get of the current leader. */
  | { readonly kind: 'observe'; readonly election: string };

/** Which request of the election recipe an answer belongs to, in the order Campaign, Resign and Proclaim send them. */
export type RecipeStep = 'grant' | 'create' | 'query' | 'resign-delete' | 'resign-revoke' | 'proclaim';

/**
 * clientv3 retry.go: the requests its retry interceptor repeats after codes.Unavailable
 * (withRepeatablePolicy: Range, LeaseGrant, LeaseRevoke, LeaseTimeToLive, LeaseLeases,
 * LeaseKeepAlive). Put, DeleteRange, Txn and Compact are nonRepeatable: isSafeRetryMutableRPC
 * retries them only when no connection was available ("there is no connection available"),
 * i.e. when the request was never written to one; a request in flight on a broken
 * connection had been, so the caller gets the error.
 */
export function isRepeatable(body: RequestBody): boolean {
  if (body.kind !== 'kv') return true;
  const t = body.req.type;
  return !(t === 'put' || t === 'delete' || t === 'txn' || t === 'compact');
}

/**
 * clientv3 client.go roundRobinQuorumBackoff: before attempt `index` (0 for the first), no
 * wait inside a round over a quorum of the endpoints, and at the start of each new round
 * backoffLinearWithJitter's wait: 25 ms ± 10% (jitterUp), from `draw` (an integer in
 * [min, max], the client's own random stream). waitRetryBackoff never waits before the first.
 */
export function backoffMs(index: number, endpoints: number, draw: (min: number, max: number) => number): number {
  const quorum = Math.floor(endpoints / 2) + 1;
  if (index === 0 || index % quorum !== 0) return 0;
  const w = BACKOFF_WAIT_BETWEEN_MS;
  return draw(Math.ceil(w * (1 - BACKOFF_JITTER_FRACTION)), Math.floor(w * (1 + BACKOFF_JITTER_FRACTION)));
}

/** Writes are proposed through Raft, so a lost answer leaves their outcome unknown. */
export function mayTakeEffect(body: RequestBody): boolean {
  return body.kind === 'kv' && !(body.req.type === 'get');
}

/** The invoke id a request serves, carried into its entry so that apply events name it (TRACE.md 1.1). */
export function callOf(p: Purpose): number | undefined {
  return p.kind === 'op' || p.kind === 'leader' || p.kind === 'recipe' ? p.invoke : undefined;
}
