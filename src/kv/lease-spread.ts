// etcd's lease pile-up avoidance on promotion (lessor.Promote, "adjust expiries in case of
// overlap"). After a leader change every lease restarts at now + extend + TTL, so leases
// granted close together would all expire in the same second and flood the log with
// revocations. Walking the leases in expiry order, etcd counts expiries per one-second
// window; past 3/4 of the revoke rate it pushes each further lease back by
// (count / target) seconds minus how far into the window it already is.

/** What the spreading needs of a lease: its deadline after the promotion's refresh. */
export interface Deadline {
  expiry: number | null;
}

/**
 * Given leases sorted by deadline (all refreshed at `now`), returns the leases to push back
 * and by how many ms each (etcd then refreshes them with delay + extend). Delays are
 * truncated to whole milliseconds (etcd: to nanoseconds).
 */
export function spreadExpiries<L extends Deadline>(leases: readonly L[], now: number, revokeRate: number): [L, number][] {
  const pushed: [L, number][] = [];
  const first = leases[0];
  if (first === undefined) return pushed;
  const targetPerSecond = Math.floor((3 * revokeRate) / 4);
  let baseWindow = remaining(first, now);
  let nextWindow = baseWindow + 1000;
  let expires = 0;
  for (const lease of leases) {
    const left = remaining(lease, now);
    if (left > nextWindow) {
      baseWindow = left;
      nextWindow = baseWindow + 1000;
      expires = 1;
      continue;
    }
    expires++;
    if (expires <= targetPerSecond) continue;
    // If leases are extended by n seconds, leases n seconds ahead of the base window are extended by only one second.
    const delay = Math.trunc(1000 * (expires / targetPerSecond) - (left - baseWindow));
    nextWindow = baseWindow + delay;
    pushed.push([lease, delay]);
  }
  return pushed;
}

function remaining(lease: Deadline, now: number): number {
  return lease.expiry === null ? Number.POSITIVE_INFINITY : lease.expiry - now;
}
