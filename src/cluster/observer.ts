// What a server reports as it persists, commits and applies: the host (src/sim) turns
// these into trace events. Kept as an interface so that src/cluster needs nothing of sim.

import type { ConfChange, Role } from '../raft';
import type { CallOrigin } from './commands';

/** The client call an applied entry serves (TRACE.md 1.1), and whether it was a retry applied again. */
export interface AppliedCall extends CallOrigin {
  readonly duplicate?: boolean;
}

export interface ServerObserver {
  /** False when events are only counted: the server then skips building the entries' texts (issue 17). */
  readonly active?: boolean;
  role(node: string, role: Role, term: number): void;
  vote(node: string, term: number, votedFor: string): void;
  append(node: string, index: number, term: number, entry: string): void;
  truncate(node: string, from: number): void;
  snapshot(node: string, index: number, term: number): void;
  commit(node: string, index: number): void;
  apply(node: string, index: number, term: number, entry: string, revision: number, call?: AppliedCall): void;
  member(node: string, change: ConfChange['change']): void;
}
