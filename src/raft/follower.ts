// What followers, pre-candidates and candidates do with messages (Figure 2, §5.2-5.3,
// thesis 9.6), after etcd-io/raft's stepFollower and stepCandidate.

import type { Raft } from './raft';
import type { Message } from './types';
import { NONE } from './types';
import { isEmptyConf } from './conf';

/** The context of an append rejection that asks the leader for its snapshot. */
export const NEED_SNAPSHOT = 'need-snapshot';

/**
 * A new member starts with no log and no configuration (etcd's joining member). The initial
 * configuration is not in the log but in the snapshot every log starts from (index 0), so a
 * node without one asks the leader for its snapshot before taking any entries.
 */
function knowsNoConfiguration(r: Raft): boolean {
  // (The log first: it is cheap, and only an empty one asks for the configuration's copy.)
  return r.log.lastIndex() === 0 && isEmptyConf(r.tracker.conf());
}

export function stepFollower(r: Raft, m: Message): void {
  switch (m.type) {
    case 'propose':
      // Forward to the leader; without one the proposal is dropped and the client times out.
      if (r.lead !== NONE) r.send({ type: 'propose', to: r.lead, entries: m.entries ?? [] });
      return;
    case 'append':
    case 'heartbeat':
    case 'snapshot':
      hearFromLeader(r, m);
      return;
    case 'transfer-leader':
    case 'read-index':
      if (r.lead !== NONE) r.send({ type: m.type, to: r.lead, ...(m.context ? { context: m.context } : {}) });
      return;
    case 'timeout-now':
      // Thesis 3.10: the leader chose us; campaign at once, skipping PreVote and the lease check.
      r.hup(true);
      return;
    case 'read-index-resp':
      r.readStates.push({ index: m.index ?? 0, context: m.context ?? '' });
      return;
  }
}

export function stepCandidate(r: Raft, m: Message): void {
  switch (m.type) {
    case 'append':
    case 'heartbeat':
    case 'snapshot':
      // §5.2: a leader of our term exists; return to follower.
      r.becomeFollower(m.term, m.from);
      hearFromLeader(r, m);
      return;
    case 'vote-resp':
    case 'pre-vote-resp':
      if ((m.type === 'vote-resp') !== (r.role === 'candidate')) return; // an answer to an older round
      countVote(r, m);
      return;
  }
}

function countVote(r: Raft, m: Message): void {
  r.tracker.recordVote(m.from, !m.reject);
  const result = r.tracker.tally();
  if (result === 'won') {
    if (r.role === 'precandidate') r.campaign('vote');
    else r.becomeLeader();
  } else if (result === 'lost') {
    // A rejected pre-vote carries the rejecter's term, which is ours (equal or lower was answered).
    r.becomeFollower(r.term, NONE);
  }
}

function hearFromLeader(r: Raft, m: Message): void {
  r.electionStart = r.now;
  r.lead = m.from;
  if (m.type === 'append') handleAppend(r, m);
  else if (m.type === 'heartbeat') handleHeartbeat(r, m);
  else handleSnapshot(r, m);
}

/** AppendEntries receiver (Figure 2, steps 1-5), with etcd's conflict hint on rejection. */
function handleAppend(r: Raft, m: Message): void {
  const prevIndex = m.index ?? 0;
  const prevTerm = m.logTerm ?? 0;
  if (knowsNoConfiguration(r)) {
    r.send({ type: 'append-resp', to: m.from, index: prevIndex, reject: true, rejectHint: 0, context: NEED_SNAPSHOT });
    return;
  }
  if (prevIndex < r.log.committed) {
    r.send({ type: 'append-resp', to: m.from, index: r.log.committed });
    return;
  }
  const entries = m.entries ?? [];
  const skipCheck = r.cfg.bugs?.skipAppendCheck && prevIndex <= r.log.lastIndex();
  if (skipCheck || r.log.matchTerm(prevIndex, prevTerm)) {
    const lastNew = prevIndex + entries.length;
    if (skipCheck) r.log.append(entries); // the bug: overwrite without the consistency check
    else r.log.appendAfterMatch(entries);
    r.log.commitTo(Math.min(m.commit ?? 0, lastNew));
    r.send({ type: 'append-resp', to: m.from, index: lastNew });
    return;
  }
  // Our log does not hold prevIndex at prevTerm. Tell the leader where a match may be:
  // the last index whose term is <= prevTerm, skipping a whole conflicting term at once.
  const guess = r.log.findConflictByTerm(Math.min(prevIndex, r.log.lastIndex()), prevTerm);
  r.send({ type: 'append-resp', to: m.from, index: prevIndex, reject: true, rejectHint: guess.index, logTerm: guess.term });
}

function handleHeartbeat(r: Raft, m: Message): void {
  r.log.commitTo(Math.min(m.commit ?? 0, r.log.lastIndex()));
  r.send({ type: 'heartbeat-resp', to: m.from, ...(m.context ? { context: m.context } : {}) });
}

/** InstallSnapshot receiver (§7, Figure 13). */
function handleSnapshot(r: Raft, m: Message): void {
  const snap = m.snapshot;
  if (!snap) return;
  const { index, term } = snap.meta;
  const joining = knowsNoConfiguration(r);
  if (!joining && index <= r.log.committed) {
    r.send({ type: 'append-resp', to: m.from, index: r.log.committed });
    return;
  }
  if (!joining && r.log.matchTerm(index, term)) {
    // We already hold the snapshot's last entry: just fast-forward the commit index.
    r.log.commitTo(index);
  } else {
    r.log.restore(snap);
    r.tracker = r.tracker.withConf(snap.meta.conf);
    r.confIndex = index;
  }
  r.send({ type: 'append-resp', to: m.from, index: r.log.lastIndex() });
}
