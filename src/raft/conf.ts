// Membership changes, one server at a time (Ongaro's thesis, chapter 4; etcd's ConfChange
// v1). A conf entry carries one change: add a voter, add a learner, promote a learner, or
// remove a node. As in etcd, a change takes effect when the entry is applied, and the rules
// that make single-server changes safe are kept in raft.ts and leader.ts:
//   - one change in flight: no new conf entry until the previous one is applied (etcd
//     pendingConfIndex), so any two successive voter sets differ by one node and their
//     majorities overlap (thesis 4.1);
//   - a new leader proposes no change before everything from earlier terms is applied (the
//     fix to the single-server algorithm, thesis 4.1 and its errata);
//   - a node does not campaign while a committed conf entry waits to be applied (etcd), nor
//     when it is not a voter of its configuration: a learner or a removed node never
//     campaigns, and votes are only counted from voters.

import type { Storage } from './storage';
import type { ConfChange, ConfState, Entry } from './types';

/** The configuration after one change. */
export function applyChange(conf: ConfState, cc: ConfChange): ConfState {
  const voters = conf.voters.filter((id) => id !== cc.node);
  const learners = conf.learners.filter((id) => id !== cc.node);
  if (cc.change === 'add' || cc.change === 'promote') voters.push(cc.node);
  if (cc.change === 'add-learner') learners.push(cc.node);
  return { voters: voters.sort(), learners: learners.sort() };
}

/** The configuration a conf entry carries, or undefined for other entries. */
function confChangeOf(e: Entry): ConfChange | undefined {
  return e.type === 'conf' ? (e.data as ConfChange) : undefined;
}

/**
 * The configuration as of index `upTo` of a persisted log: the snapshot's, then every conf
 * entry after it up to `upTo`. `index` is the last conf entry counted (or the snapshot's).
 */
export function confAt(storage: Storage, upTo: number): { conf: ConfState; index: number } {
  let conf = storage.snapshot.meta.conf;
  let index = storage.snapshot.meta.index;
  const last = Math.min(upTo, storage.lastIndex());
  for (const e of storage.slice(storage.firstIndex(), last + 1)) {
    const cc = confChangeOf(e);
    if (!cc) continue;
    conf = applyChange(conf, cc);
    index = e.index;
  }
  return { conf, index };
}

/** A node that knows no configuration at all: a new member before the leader's snapshot reaches it. */
export function isEmptyConf(conf: ConfState): boolean {
  return conf.voters.length === 0 && conf.learners.length === 0;
}
