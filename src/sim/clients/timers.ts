// A client's timers, as typed records: the fields that say which request or session a
// timer belongs to are kept as they are, never encoded into a string and parsed back (a
// stream or an election name may hold any character a key can, ":" included, as etcd
// keys do). Each record names a generation (an attempt, a keep-alive round) so that a
// timer that is no longer current is recognised and ignored when it fires.

export type ClientTimer =
  /** An attempt of a request got no answer in time (clientv3: the call's deadline). */
  | { readonly kind: 'attempt-timeout'; readonly stream: string; readonly seq: number; readonly attempt: number }
  /** The pause before the next attempt of a request is over. */
  | { readonly kind: 'retry'; readonly stream: string; readonly seq: number; readonly attempt: number }
  /** A session's next keep-alive is due (session.go: every TTL/3). */
  | { readonly kind: 'keepalive'; readonly election: string; readonly gen: number }
  /** A session's lease runs out by the client's clock unless renewed meanwhile. */
  | { readonly kind: 'session-deadline'; readonly election: string; readonly gen: number };

export type SessionTimer = Extract<ClientTimer, { kind: 'keepalive' | 'session-deadline' }>;
