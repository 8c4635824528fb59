// What a server's snapshot holds (§7) besides the configuration in its metadata: the state
// machine's image, and the ids of the members removed so far. etcd keeps removed member ids
// in its membership store, which its snapshots carry, so a member restored from a snapshot
// still refuses a removed member ("member has been permanently removed").

export interface ServerSnapshot {
  readonly machine: unknown;
  readonly removed: readonly string[];
}

export function packSnapshot(machine: unknown, removed: ReadonlySet<string>): ServerSnapshot {
  return { machine, removed: [...removed].sort() };
}

/** The snapshot every log starts from (index 0) holds nothing: a fresh state machine, no removals. */
export function unpackSnapshot(data: unknown): ServerSnapshot {
  return data === undefined ? { machine: undefined, removed: [] } : (data as ServerSnapshot);
}
