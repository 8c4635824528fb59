// What a leader does with messages: replication with per-follower progress (§5.3),
// the commit rule of §5.4.2 / Figure 8, ReadIndex (§6.4 of the thesis) and leadership
// transfer (thesis 3.10). After etcd-io/raft's stepLeader.

import type { Raft } from './raft';
import type { Progress } from './progress';
import type { Message, NodeId } from './types';
import { NONE } from './types';
import { NEED_SNAPSHOT } from './follower';
import { parseRound } from './read-only';

export function stepLeader(r: Raft, m: Message): void {
  switch (m.type) {
    case 'propose':
      for (const e of m.entries ?? []) r.leaderAppend(e.type, e.data);
      return;
    case 'read-index':
      handleReadIndex(r, m);
      return;
    case 'transfer-leader':
      handleTransfer(r, m.context ?? m.from);
      return;
  }
  const pr = r.tracker.progress.get(m.from);
  if (!pr) return; // not (or no longer) a member
  if (m.type === 'append-resp') handleAppendResponse(r, m, pr);
  else if (m.type === 'heartbeat-resp') handleHeartbeatResponse(r, m, pr);
}

/**
 * §5.4.2 and Figure 8: an entry is committed once stored on a majority, but the leader
 * only counts replicas for an entry of its own term; earlier entries commit indirectly.
 */
export function maybeCommit(r: Raft): boolean {
  const index = r.tracker.committed();
  if (index <= r.log.committed) return false;
  if (!r.cfg.bugs?.commitOldTerm && r.log.term(index) !== r.term) return false;
  r.log.commitTo(Math.min(index, r.log.lastIndex()));
  releasePendingReads(r);
  return true;
}

function handleAppendResponse(r: Raft, m: Message, pr: Progress): void {
  pr.recentActive = true;
  if (m.reject && m.context === NEED_SNAPSHOT) {
    // A new member without a configuration: it starts from our snapshot (see follower.ts).
    if (pr.state !== 'snapshot') sendSnapshot(r, m.from, pr);
    return;
  }
  if (m.reject) {
    // Fast backtracking (etcd): jump over the follower's whole conflicting term at once.
    let hint = m.rejectHint ?? 0;
    if ((m.logTerm ?? 0) > 0) hint = r.log.findConflictByTerm(hint, m.logTerm ?? 0).index;
    if (pr.maybeDecrTo(m.index ?? 0, hint)) {
      if (pr.state === 'replicate') pr.becomeProbe();
      sendAppend(r, m.from);
    }
    return;
  }
  const index = m.index ?? 0;
  const wasPaused = pr.isPaused();
  const updated = pr.maybeUpdate(index);
  // A snapshot the follower already had (or the empty one at index 0) is acknowledged
  // without news: it is landed all the same, so leave the snapshot state (etcd does too).
  const snapshotLanded = pr.state === 'snapshot' && index >= pr.pendingSnapshot;
  if (updated || snapshotLanded || (pr.match === index && pr.state === 'probe')) {
    if (pr.state === 'probe') pr.becomeReplicate();
    else if (pr.state === 'snapshot' && pr.match >= pr.pendingSnapshot) {
      pr.becomeProbe();
      pr.becomeReplicate();
    } else if (pr.state === 'replicate') pr.freeInflightsUpTo(index);
    if (maybeCommit(r)) bcastAppend(r);
    else if (wasPaused) sendAppend(r, m.from);
    while (sendAppend(r, m.from, false)) {
      /* stream while the window allows */
    }
    if (m.from === r.leadTransferee && pr.match === r.log.lastIndex()) sendTimeoutNow(r, m.from);
  }
}

function handleHeartbeatResponse(r: Raft, m: Message, pr: Progress): void {
  pr.recentActive = true;
  pr.probeSent = false;
  if (pr.state === 'replicate' && pr.inflights.length >= pr.maxInflight) pr.freeInflightsUpTo(pr.inflights[0] ?? 0);
  if (pr.match < r.log.lastIndex()) sendAppend(r, m.from);
  const round = parseRound(m.context);
  if (round === 0) return;
  for (const read of r.readOnly.ack(round, m.from, r.tracker.voters)) answerRead(r, read.from, read.context, read.index);
}

function handleReadIndex(r: Raft, m: Message): void {
  const context = m.context ?? '';
  if (r.cfg.bugs?.staleLeaderRead) {
    answerRead(r, m.from, context, r.log.committed); // no check that we still lead: the bug
    return;
  }
  if (r.tracker.voters.length === 1 && r.tracker.isVoter(r.id)) {
    answerRead(r, m.from, context, r.log.committed);
    return;
  }
  // The commit index is only known to be current once an entry of this term is committed (§8).
  if (r.log.term(r.log.committed) !== r.term) {
    r.pendingReads.push(m);
    return;
  }
  const round = r.readOnly.add(r.log.committed, m.from, context);
  r.readOnly.ack(round, r.id, r.tracker.voters);
  bcastHeartbeat(r);
}

function releasePendingReads(r: Raft): void {
  if (r.pendingReads.length === 0 || r.log.term(r.log.committed) !== r.term) return;
  const reads = r.pendingReads;
  r.pendingReads = [];
  for (const m of reads) handleReadIndex(r, m);
}

function answerRead(r: Raft, to: NodeId, context: string, index: number): void {
  if (to === r.id) r.readStates.push({ index, context });
  else r.send({ type: 'read-index-resp', to, index, context });
}

function handleTransfer(r: Raft, target: NodeId): void {
  const pr = r.tracker.progress.get(target);
  if (!pr || pr.isLearner) return;
  if (r.leadTransferee === target) return;
  // A new request replaces a pending one; a transfer to ourselves just cancels it, so
  // proposals are taken again at once (etcd stepLeader MsgTransferLeader, abortLeaderTransfer).
  r.leadTransferee = NONE;
  if (target === r.id) return;
  r.leadTransferee = target;
  // Thesis 3.10: stop accepting proposals, bring the target up to date, then tell it to campaign.
  r.transferDeadline = r.now + r.minElection();
  if (pr.match === r.log.lastIndex()) sendTimeoutNow(r, target);
  else sendAppend(r, target);
}

function sendTimeoutNow(r: Raft, to: NodeId): void {
  r.send({ type: 'timeout-now', to });
}

/** Sends the follower what it needs next: entries after `next`, or a snapshot when they are compacted. */
export function sendAppend(r: Raft, to: NodeId, sendIfEmpty = true): boolean {
  const pr = r.tracker.progress.get(to);
  if (!pr || to === r.id || pr.isPaused()) return false;
  const prevIndex = pr.next - 1;
  const prevTerm = r.log.term(prevIndex);
  const entries = r.log.slice(pr.next, Math.min(pr.next + r.cfg.maxEntriesPerMsg, r.log.lastIndex() + 1));
  if (prevTerm === undefined || entries === undefined) return sendSnapshot(r, to, pr);
  if (entries.length === 0 && !sendIfEmpty) return false;
  r.send({ type: 'append', to, index: prevIndex, logTerm: prevTerm, entries, commit: r.log.committed });
  const last = entries[entries.length - 1];
  pr.sentAppend(entries.length, last ? last.index : prevIndex);
  return true;
}

function sendSnapshot(r: Raft, to: NodeId, pr: Progress): boolean {
  if (!pr.recentActive) return false;
  const snapshot = r.log.storage.snapshot;
  pr.becomeSnapshot(snapshot.meta.index);
  r.send({ type: 'snapshot', to, snapshot });
  return true;
}

export function bcastAppend(r: Raft): void {
  for (const id of r.tracker.progress.keys()) if (id !== r.id) sendAppend(r, id);
}

/** Heartbeats carry min(match, commit): a follower may not yet hold what the leader committed. */
export function bcastHeartbeat(r: Raft): void {
  const round = r.readOnly.lastPendingRound();
  const ctx = round === undefined ? undefined : String(round);
  for (const [id, pr] of r.tracker.progress) {
    if (id === r.id) continue;
    const commit = Math.min(pr.match, r.log.committed);
    r.send({ type: 'heartbeat', to: id, commit, ...(ctx ? { context: ctx } : {}) });
  }
}

/** A snapshot message was lost or rejected by the transport: probe again (etcd ReportSnapshot). */
export function reportSnapshotFailure(r: Raft, to: NodeId): void {
  const pr = r.tracker.progress.get(to);
  if (r.role !== 'leader' || !pr || pr.state !== 'snapshot') return;
  pr.pendingSnapshot = 0;
  pr.becomeProbe();
  pr.probeSent = true; // wait for a heartbeat reply before trying again
}

export { NONE };
