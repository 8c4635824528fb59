// One request of a client, with its retries: a timeout per attempt, a retry on another
// node (or the leader a node told us about), and the same stream/seq on every attempt so
// that the servers apply it at most once (§8 of the Raft paper).

import type { RequestBody } from '../../cluster/client-protocol';

/** Attempts before giving up; an unknown outcome is then reported as a timeout (TRACE.md). */
export const MAX_ATTEMPTS = 3;
/** Pause before retrying after a "no leader" or "not leader" answer. */
export const RETRY_BACKOFF_MS = 50;

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

/** Writes are proposed through Raft, so a lost answer leaves their outcome unknown. */
export function mayTakeEffect(body: RequestBody): boolean {
  return body.kind === 'kv' && !(body.req.type === 'get');
}

/** The invoke id a request serves, carried into its entry so that apply events name it (TRACE.md 1.1). */
export function callOf(p: Purpose): number | undefined {
  return p.kind === 'op' || p.kind === 'leader' || p.kind === 'recipe' ? p.invoke : undefined;
}
