// The response header every etcd answer carries (etcdserverpb.ResponseHeader): the cluster,
// the member that answered, the store revision and that member's raft term.

export interface Header {
  clusterId: bigint;
  memberId: bigint;
  revision: number;
  raftTerm: number;
}
