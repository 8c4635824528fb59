// The membership steps (SCENARIO.md add-node / remove-node / promote): what an operator does
// with etcdctl member add / remove / promote. The leader proposes one conf change (single-
// server changes, thesis chapter 4; see src/raft/conf.ts); it takes effect on each node when
// that node applies the entry, and the trace's member event marks it taking effect on the
// leader. Like etcd's server, the step refuses what etcd refuses, and says why.

import { quorumSize, type ConfChange, type ConfState } from '../raft';
import type { Server } from '../cluster/server';
import type { Simulation } from './simulation';
import type { Step } from './scenario-types';

/** The majority formula, for the worker (which may not import src/raft): one place, src/raft/quorum.ts. */
export { quorumSize };

type MembershipStep = Extract<Step, { do: 'add-node' | 'remove-node' | 'promote' }>;

/** Members at most (SCENARIO.md: 1 to 9 nodes). */
export const MAX_MEMBERS = 9;

/** etcd promotes a learner only once its log is within 90% of the leader's (isLearnerReady). */
export const LEARNER_READY_RATIO = 0.9;

/** etcd's --max-learners default (etcd 3.5): one learner at a time. */
export const MAX_LEARNERS = 1;

/**
 * etcd's own words for a change its server refuses (etcdserver/errors.go, membership/errors.go).
 * A refusal reads "<etcd's error> — <why, in this run>"; etcdctl prints the part before the dash.
 */
export const ETCD_REFUSALS = {
  unhealthy: 'etcdserver: unhealthy cluster',
  notEnoughStarted: 'etcdserver: re-configuration failed due to not enough started members',
  tooManyLearners: 'etcdserver: too many learner members in cluster',
  notFound: 'etcdserver: member not found',
  notLearner: 'etcdserver: can only promote a learner member',
  learnerNotReady: 'etcdserver: can only promote a learner member which is in sync with leader',
} as const;

const SEPARATOR = ' — ';

function refused(etcd: keyof typeof ETCD_REFUSALS, why: string): string {
  return `${ETCD_REFUSALS[etcd]}${SEPARATOR}${why}`;
}

/** etcd's error in a refusal this module gave (the whole text for any other reason). */
export function etcdErrorOf(reason: string): string {
  const at = reason.indexOf(SEPARATOR);
  return at < 0 ? reason : reason.slice(0, at);
}

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
  sim.processes.withServer(leader.id, (s) => (err = s.proposeConfChange(cc, sim.now)));
  if (err) return err;
  // etcdctl member add, then start the new member: it joins empty.
  if (step.do === 'add-node') sim.processes.join(node);
  return undefined;
}

function changeOf(step: MembershipStep): ConfChange['change'] {
  if (step.do === 'add-node') return step.learner ? 'add-learner' : 'add';
  return step.do === 'remove-node' ? 'remove' : 'promote';
}

/**
 * What etcd's server checks before it proposes a change, with --strict-reconfig-check on
 * (its default): mayAddMember, mayRemoveMember, mayPromoteMember and isLearnerReady in
 * etcdserver/server.go, and what applying the change would refuse (ValidateConfigurationChange).
 * Every member of a run has started (published itself), so "not enough started members" only
 * comes up when removing the last voter; "unhealthy cluster" is about who the leader reaches.
 */
function refusal(sim: Simulation, leader: Server, change: ConfChange['change'], node: string): string | undefined {
  const conf: ConfState = leader.node.conf();
  const member = conf.voters.includes(node) || conf.learners.includes(node);
  switch (change) {
    case 'add':
    case 'add-learner': {
      if (sim.isNode(node)) return `${node} is already a node of this run; a new member needs a new id`;
      if (conf.voters.length + conf.learners.length >= MAX_MEMBERS) return `a cluster has at most ${MAX_MEMBERS} members`;
      if (change === 'add-learner' && conf.learners.length >= MAX_LEARNERS) return refused('tooManyLearners', `${conf.learners.join(', ')} is a learner already; etcd allows ${MAX_LEARNERS}`);
      const away = conf.voters.filter((v) => !connected(sim, leader.id, v));
      if (away.length > 0) return refused('unhealthy', `the leader does not reach ${away.join(', ')}; etcd adds a member only when every voter is connected`);
      return undefined;
    }
    case 'remove':
      if (!member) return refused('notFound', `${node} is not a member`);
      if (conf.learners.includes(node)) return undefined;
      if (conf.voters.length === 1) return refused('notEnoughStarted', `${node} is the last voter`);
      return removalBreaksQuorum(sim, leader, conf.voters, node);
    case 'promote':
      if (!member) return refused('notFound', `${node} is not a member`);
      if (!conf.learners.includes(node)) return refused('notLearner', `${node} is a voter already`);
      return learnerNotReady(leader, node);
  }
}

/** mayRemoveMember: a member that is down may go; otherwise the voters left connected must still be a majority. */
function removalBreaksQuorum(sim: Simulation, leader: Server, voters: readonly string[], node: string): string | undefined {
  if (node !== leader.id && !connected(sim, leader.id, node)) return undefined;
  const active = voters.filter((v) => v === leader.id || connected(sim, leader.id, v)).length;
  const quorumAfter = quorumSize(voters.length - 1);
  if (active - 1 >= quorumAfter) return undefined;
  return refused('unhealthy', `only ${active} of ${voters.length} voters are connected to the leader; without ${node} the rest would be no majority`);
}

/** The leader and `peer` exchange messages both ways (etcd's transport counts the peer active). */
function connected(sim: Simulation, leader: string, peer: string): boolean {
  if (peer === leader) return true;
  const isNode = (id: string) => sim.isNode(id);
  return sim.isUp(peer) && sim.network.blocked(leader, peer, isNode) === undefined && sim.network.blocked(peer, leader, isNode) === undefined;
}

function learnerNotReady(leader: Server, node: string): string | undefined {
  const status = leader.node.status(true);
  const match = status.progress?.find((p) => p.id === node)?.match ?? 0;
  const leaderMatch = status.lastIndex;
  if (match < leaderMatch * LEARNER_READY_RATIO) {
    return refused('learnerNotReady', `${node} has ${match} of the leader's ${leaderMatch} entries; etcd promotes a learner once it has 90%`);
  }
  return undefined;
}
