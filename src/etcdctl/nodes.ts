// What `member list` and `endpoint status` report, read from the simulated nodes' real state
// (etcd's Status RPC: the member's leader, raft term, committed index as "raft index", and
// applied index), and the header every answer carries.

import type { Simulation } from '../sim/simulation';
import type { Header } from './header';
import { clientUrl, clusterId, memberId, peerUrl } from './ids';
import type { EndpointStatus, MemberInfo } from './print';
import { ETCDCTL_VERSION } from './usage';

/** The node an endpoint names: "n2", "n2:2379", "http://n2:2379". */
export function endpointNode(sim: Simulation, endpoint: string): string | undefined {
  const host = endpoint.replace(/^[a-z]+:\/\//, '').replace(/:\d+$/, '');
  return sim.nodeIds.includes(host) ? host : undefined;
}

export function termOf(sim: Simulation, node: string): number {
  const s = sim.servers.get(node);
  return s ? s.node.term : (sim.storages.get(node)?.hardState.term ?? 0);
}

export function headerFor(sim: Simulation, node: string, revision: number): Header {
  return { clusterId: clusterId(sim.scenario.cluster.nodes), memberId: memberId(node), revision, raftTerm: termOf(sim, node) };
}

/**
 * The members as the leader's configuration has them (any running node's without a leader),
 * sorted by member id as etcd lists them (membership.MembersByID).
 */
export function members(sim: Simulation): MemberInfo[] {
  const server = sim.leader() ?? [...sim.servers.values()][0];
  const conf = server?.node.conf();
  const ids = conf ? sim.nodeIds.filter((id) => conf.voters.includes(id) || conf.learners.includes(id)) : sim.nodeIds;
  const list = ids.map((id) => ({ id: memberId(id), name: id, peerUrls: [peerUrl(id)], clientUrls: [clientUrl(id)], isLearner: conf?.learners.includes(id) ?? false }));
  return list.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Status of a running node; undefined when it is down (etcdctl then fails to connect). */
export function endpointStatus(sim: Simulation, ep: string, node: string): EndpointStatus | undefined {
  const server = sim.servers.get(node);
  if (!server) return undefined;
  const s = server.node.status(false);
  const revision = server.machine.revision();
  const size = dbSize(revision);
  return {
    ep,
    header: headerFor(sim, node, revision),
    version: ETCDCTL_VERSION,
    dbSize: size,
    dbSizeInUse: size,
    leader: s.lead ? memberId(s.lead) : 0n,
    isLearner: server.node.conf().learners.includes(node),
    raftIndex: s.commit,
    raftTerm: s.term,
    raftAppliedIndex: s.applied,
    errors: [],
  };
}

/** A nominal bbolt file size: 20 kB as a fresh etcd has, one 4 KiB page more per 16 revisions. */
function dbSize(revision: number): number {
  return 20480 + 4096 * Math.floor(revision / 16);
}
