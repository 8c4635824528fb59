// Member and cluster ids, deterministic from the node ids. etcd derives a member's id from
// a SHA-1 of its peer URLs and the cluster token, and the cluster's id from its sorted
// member ids; here a 64-bit FNV-1a of the same inputs plays that role: stable, uint64,
// different for every node, printed in hex (member list) or decimal (json, fields).

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 2n ** 64n - 1n;

function fnv1a64(text: string): bigint {
  let h = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * FNV_PRIME) & MASK;
  }
  return h;
}

export function memberId(node: string): bigint {
  return fnv1a64(`http://${node}:2380|etcd-cluster`);
}

export function clusterId(nodes: readonly string[]): bigint {
  const ids = nodes.map(memberId).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return fnv1a64(ids.map((id) => id.toString(16)).join(','));
}

export const peerUrl = (node: string): string => `http://${node}:2380`;
export const clientUrl = (node: string): string => `http://${node}:2379`;
