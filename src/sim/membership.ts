// The membership steps (SCENARIO.md add-node / remove-node / promote): what an operator does
// with etcdctl member add / remove / promote. The leader proposes one conf change (single-
// server changes, thesis chapter 4; see src/raft/conf.ts); it takes effect on each node when
// that node applies the entry, and the trace's member event marks it taking effect on the
// leader. Like etcd's server, the step refuses what etcd refuses, and says why.

import type { ConfChange, ConfState } from '../raft';
import type { Server } from '../cluster/server';
import type { Simulation } from './simulation';
import type { Step } from './scenario-types';

type MembershipStep = Extract<Step, { do: 'add-node' | 'remove-node' | 'promote' }>;

/** Members at most (SCENARIO.md: 1 to 9 nodes). */
export const MAX_MEMBERS = 9;

/** etcd promotes a learner only once its log is within 90% of the leader's (isLearnerReady). */
export const LEARNER_READY_RATIO = 0.9;

/** Carries out a membership step; returns why it did nothing, if it did nothing. */
export function changeMembership(sim: Simulation, step: MembershipStep): string | undefined {
  const leader = sim.leader();
  if (!leader) return 'there is no leader';
  const node = step.node === 'leader' ? leader.id : step.node;
  const change = changeOf(step);
  const refused = refusal(sim, leader, change, node);
  if (refused) return refused;
  const cc: ConfChange = { change, node };
  let err: string | undefined;
  sim.withServer(leader.id, (s) => (err = s.proposeConfChange(cc, sim.now)));
  if (err) return err;
  // etcdctl member add, then start the new member: it joins empty.
  if (step.do === 'add-node') sim.join(node);
  return undefined;
}

function changeOf(step: MembershipStep): ConfChange['change'] {
  if (step.do === 'add-node') return step.learner ? 'add-learner' : 'add';
  return step.do === 'remove-node' ? 'remove' : 'promote';
}

/** What etcd's server checks before it proposes a change (etcdserver ValidateConfigurationChange, mayPromoteMember). */
function refusal(sim: Simulation, leader: Server, change: ConfChange['change'], node: string): string | undefined {
  const conf: ConfState = leader.node.conf();
  const member = conf.voters.includes(node) || conf.learners.includes(node);
  switch (change) {
    case 'add':
    case 'add-learner':
      if (sim.isNode(node)) return `${node} is already a node of this run; a new member needs a new id`;
      if (conf.voters.length + conf.learners.length >= MAX_MEMBERS) return `a cluster has at most ${MAX_MEMBERS} members`;
      return undefined;
    case 'remove':
      if (!member) return `${node} is not a member`;
      if (conf.voters.length === 1 && conf.voters[0] === node) return `${node} is the last voter`;
      return undefined;
    case 'promote':
      if (!conf.learners.includes(node)) return `${node} is not a learner`;
      return learnerNotReady(leader, node);
  }
}

function learnerNotReady(leader: Server, node: string): string | undefined {
  const status = leader.node.status(true);
  const match = status.progress?.find((p) => p.id === node)?.match ?? 0;
  const leaderMatch = status.lastIndex;
  if (match < leaderMatch * LEARNER_READY_RATIO) {
    return `${node} is not in sync with the leader yet (${match} of ${leaderMatch} entries); etcd promotes a learner only once it has caught up`;
  }
  return undefined;
}
