// The Ready / Advance boundary (etcd-io/raft rawnode.go and doc.go). After every input the
// host takes a Ready and must, in this order: persist hardState, snapshot and entries;
// send messages; apply the snapshot and committed entries; then call advance(). Persisting
// before sending is what makes a vote or an acknowledgement safe to give (Figure 2).

import type { Raft } from './raft';
import type { Entry, HardState, Message, ReadState, Snapshot } from './types';

export interface Ready {
  /** Set when term, vote or commit changed since the last Ready. */
  readonly hardState?: HardState;
  /** Entries to persist; they may overwrite a suffix of the persisted log. */
  readonly entries: readonly Entry[];
  /** A snapshot received from the leader, to persist and to restore the state machine from. */
  readonly snapshot?: Snapshot;
  readonly messages: readonly Message[];
  /** Committed entries to apply, in order. */
  readonly committedEntries: readonly Entry[];
  readonly readStates: readonly ReadState[];
}

export function hasReady(r: Raft, last: HardState): boolean {
  return (
    r.msgs.length > 0 ||
    r.readStates.length > 0 ||
    r.log.unstableEntries().length > 0 ||
    r.log.unstableSnapshot() !== undefined ||
    r.log.committed > r.log.applied ||
    hardStateChanged(r, last)
  );
}

const NOTHING: readonly never[] = [];

export function takeReady(r: Raft, last: HardState): Ready {
  const unstable = r.log.unstableEntries();
  const ready: { -readonly [K in keyof Ready]: Ready[K] } = {
    entries: unstable.length > 0 ? unstable.slice() : NOTHING,
    messages: r.msgs,
    committedEntries: r.log.committed > r.log.applied ? r.log.nextCommittedEntries() : NOTHING,
    readStates: r.readStates,
  };
  if (hardStateChanged(r, last)) ready.hardState = { term: r.term, vote: r.vote, commit: r.log.committed };
  const snapshot = r.log.unstableSnapshot();
  if (snapshot) ready.snapshot = snapshot;
  if (r.msgs.length > 0) r.msgs = [];
  if (r.readStates.length > 0) r.readStates = [];
  return ready;
}

/** The host has done everything the Ready asked. */
export function advance(r: Raft, ready: Ready): void {
  r.log.stabilize();
  if (ready.snapshot) r.log.appliedTo(ready.snapshot.meta.index);
  const last = ready.committedEntries[ready.committedEntries.length - 1];
  if (last) r.log.appliedTo(last.index);
}

function hardStateChanged(r: Raft, last: HardState): boolean {
  return r.term !== last.term || r.vote !== last.vote || r.log.committed !== last.commit;
}
