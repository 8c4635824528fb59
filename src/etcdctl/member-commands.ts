// etcdctl member add / remove / promote over the simulation. The console issues the
// membership step (SCENARIO.md add-node / remove-node / promote), which runs etcd's server
// checks (src/sim/membership.ts, strict reconfiguration included), and answers once the change
// takes effect on the leader (the trace's member event), as etcd's server answers once the
// conf change is applied. A refusal prints etcd's error. Unlike etcd, where the operator
// starts the new member with the printed ETCD_* settings, the simulator starts it at once.

import { etcdErrorOf } from '../sim/membership';
import type { Simulation } from '../sim/simulation';
import type { TraceEvent } from '../sim/trace-types';
import { memberId, peerUrl } from './ids';
import { members } from './nodes';
import type { MemberInfo } from './print';
import type { MemberChangeShown } from './print-members';

export type MemberAction = { kind: 'member-add'; name: string; learner: boolean } | { kind: 'member-remove'; id: bigint } | { kind: 'member-promote'; id: bigint };

export type MembershipStep = { do: 'add-node'; node: string; learner?: boolean } | { do: 'remove-node'; node: string } | { do: 'promote'; node: string };

/** What a member command needs of the console. */
export interface MemberContext {
  readonly sim: Simulation;
  act(step: MembershipStep): string | undefined;
  show(shown: MemberChangeShown): void;
  error(message: string): void;
  /** The first trace event `match` accepts answers (within the command timeout, else the deadline error). */
  awaitEvent(match: (e: TraceEvent) => boolean, then: (e: TraceEvent) => void): void;
  /** Fails with "context deadline exceeded" once the command timeout has passed. */
  timeOut(): void;
}

/** Raft refusals that etcd's server does not answer: the request waits until the client gives up. */
const TIMES_OUT = ['there is no leader', 'a membership change is already in progress'];

export function runMemberChange(ctx: MemberContext, a: MemberAction): void {
  const sim = ctx.sim;
  if (a.kind === 'member-add' && sim.isNode(a.name)) return ctx.error(`the simulator gives each member a name once: ${a.name} has been a member of this run; add a new name`);
  const node = a.kind === 'member-add' ? a.name : sim.nodeIds.find((n) => memberId(n) === a.id && !sim.isRetired(n));
  if (node === undefined) return ctx.error('etcdserver: member not found');
  const step: MembershipStep = a.kind === 'member-add' ? { do: 'add-node', node, ...(a.learner ? { learner: true } : {}) } : { do: a.kind === 'member-remove' ? 'remove-node' : 'promote', node };
  const change = a.kind === 'member-add' ? (a.learner ? 'add-learner' : 'add') : a.kind === 'member-remove' ? 'remove' : 'promote';
  const at = sim.now + 1;
  const refused = ctx.act(step);
  if (refused) return ctx.error(refused);
  ctx.awaitEvent(
    (e) => (e.ev === 'member' && e.node === node && e.change === change) || (e.ev === 'noop' && e.t === at && e.do === step.do),
    (e) => {
      if (e.ev !== 'noop') return ctx.show(shownOf(sim, a, node));
      if (TIMES_OUT.includes(e.reason)) return ctx.timeOut();
      ctx.error(etcdErrorOf(e.reason));
    },
  );
}

function shownOf(sim: Simulation, a: MemberAction, node: string): MemberChangeShown {
  const list = members(sim);
  if (a.kind !== 'member-add') return { kind: a.kind, id: memberId(node), members: list };
  // etcd answers before the new member has started and published its name and client URLs.
  const added: MemberInfo = { id: memberId(node), name: '', peerUrls: [peerUrl(node)], clientUrls: [], isLearner: a.learner };
  return { kind: 'member-add', name: node, member: added, members: list.map((m) => (m.id === added.id ? added : m)) };
}
