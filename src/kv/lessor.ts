// Leases, as etcd's lessor (server/lease/lessor.go). Granting, revoking, checkpointing and
// attaching keys are replicated: every node applies them from the log. Expiry is not: only
// the primary lessor (the Raft leader's) tracks deadlines, renews leases on keep-alive and
// reports expired leases, which the cluster then revokes through Raft. Followers keep every
// lease "forever"; a new leader's promote() restarts every deadline at now + extend + TTL.
//
// Time is virtual milliseconds passed in; TTLs are seconds, as in etcd.

import { ErrLeaseExists, ErrLeaseNotFound, ErrLeaseTTLTooLarge, ErrNotPrimary, fail, ok, type Outcome } from './errors';
import { compareKeys } from './keys';
import type { LeaseBinder } from './mvcc-store';
import { spreadExpiries } from './lease-spread';
import { leaseNumber, type LeaseRef } from './lease-ref';

/** etcd's MaxLeaseTTL, in seconds. */
export const MAX_LEASE_TTL = 9_000_000_000;
/** etcd's leaseRevokeRate: at most this many revocations a second; promote spreads expiries to keep under it. */
export const LEASE_REVOKE_RATE = 1000;
/**
 * etcd's defaultExpiredleaseRetryInterval: an expired lease is reported again after this long
 * if still not revoked. (etcd's server passes its request timeout instead: 5 s + 2 election
 * timeouts; see LessorOptions.expiredRetryMs.)
 */
export const EXPIRED_LEASE_RETRY_MS = 3000;
/** Auto-picked lease ids count up from here, away from the small ids scenarios choose by hand. */
export const AUTO_LEASE_ID_BASE = 1_000_000;
export { MAX_LEASE_ID } from './lease-ref';

export interface LessorOptions {
  /**
   * Minimum TTL in seconds: shorter grants are raised to it. etcd sets it to
   * ceil(1.5 * election timeout) in seconds (server.go: (3 * electionTicks / 2) * tickMs).
   */
  minTtl: number;
  /** etcd's leaseRevokeRate (default 1000); a test knob for the expiry spreading. */
  revokeRate?: number;
  /** Re-report an expired, unrevoked lease after this many ms (default EXPIRED_LEASE_RETRY_MS). */
  expiredRetryMs?: number;
}

/** One lease. `expiry` and `notifyAt` are leader-only state: null on followers ("forever"). */
export interface Lease {
  readonly id: number;
  /** Granted TTL in seconds (raised to the minimum). */
  ttl: number;
  /** Checkpointed remaining TTL in seconds; 0 means unset, use the full ttl. */
  remainingTtl: number;
  /** Virtual ms when the lease expires; null when this lessor is not primary. */
  expiry: number | null;
  /** When expired() may next report this lease (etcd's leaseExpiredNotifier item time). */
  notifyAt: number | null;
  keys: Set<string>;
}

/** A lessor as plain JSON data; `primary` (and deadlines) only in exact snapshots. */
export interface LessorSnapshot {
  leases: { id: number; ttl: number; remainingTtl: number; expiry?: number | null; notifyAt?: number | null }[];
  lastAutoId: number;
  primary?: boolean;
}

export class Lessor implements LeaseBinder {
  readonly minTtl: number;
  readonly revokeRate: number;
  readonly expiredRetryMs: number;
  private leases = new Map<number, Lease>();
  private itemMap = new Map<string, number>();
  private primary = false;
  private lastAutoId = AUTO_LEASE_ID_BASE;

  constructor(options: LessorOptions) {
    this.minTtl = options.minTtl;
    this.revokeRate = options.revokeRate ?? LEASE_REVOKE_RATE;
    this.expiredRetryMs = options.expiredRetryMs ?? EXPIRED_LEASE_RETRY_MS;
  }

  /** An independent copy (leases are small; copied whole). */
  clone(): Lessor {
    const copy = new Lessor(this.options());
    for (const l of this.leases.values()) copy.leases.set(l.id, { ...l, keys: new Set(l.keys) });
    copy.itemMap = new Map(this.itemMap);
    copy.primary = this.primary;
    copy.lastAutoId = this.lastAutoId;
    return copy;
  }

  options(): LessorOptions {
    return { minTtl: this.minTtl, revokeRate: this.revokeRate, expiredRetryMs: this.expiredRetryMs };
  }

  get isPrimary(): boolean {
    return this.primary;
  }

  /** The id an auto grant takes next: the next unused id after the last auto-picked one. */
  nextAutoId(): number {
    let id = this.lastAutoId + 1;
    while (this.leases.has(id)) id++;
    return id;
  }

  /**
   * Grants a lease (etcd lessor.Grant). `id` 0 / undefined picks the next auto id. The TTL
   * is raised to the minimum; a primary lessor starts the deadline at once.
   */
  grant(id: number | undefined, ttl: number, now: number): Outcome<Lease> {
    if (ttl > MAX_LEASE_TTL) return fail(ErrLeaseTTLTooLarge);
    const auto = id === undefined || id === 0;
    const leaseId = auto ? this.nextAutoId() : id;
    if (this.leases.has(leaseId)) return fail(ErrLeaseExists);
    if (auto) this.lastAutoId = leaseId;
    const lease: Lease = { id: leaseId, ttl: Math.max(ttl, this.minTtl), remainingTtl: 0, expiry: null, notifyAt: null, keys: new Set() };
    this.leases.set(leaseId, lease);
    if (this.primary) this.refresh(lease, now, 0);
    return ok(lease);
  }

  /**
   * Removes a lease (etcd lessor.Revoke) and returns its keys in key order: the caller
   * deletes them all in one write transaction, sorted so every member deletes alike.
   */
  revoke(ref: LeaseRef): Outcome<string[]> {
    const id = leaseNumber(ref);
    const lease = this.leases.get(id);
    if (lease === undefined) return fail(ErrLeaseNotFound);
    const keys = [...lease.keys].sort(compareKeys);
    for (const key of keys) this.itemMap.delete(key);
    this.leases.delete(id);
    return ok(keys);
  }

  /** Records a checkpointed remaining TTL (etcd lessor.Checkpoint); unknown ids are ignored, as etcd does. */
  checkpoint(id: number, remainingTtl: number): void {
    const lease = this.leases.get(id);
    if (lease !== undefined) lease.remainingTtl = remainingTtl;
  }

  /**
   * A keep-alive (etcd lessor.Renew): only the primary renews; the deadline restarts at
   * now + TTL and the checkpointed remainder is cleared. A lease past its deadline but not yet
   * revoked answers not-found: etcd makes the renewal wait for the revocation, then says so.
   */
  renew(ref: LeaseRef, now: number): Outcome<number> {
    if (!this.primary) return fail(ErrNotPrimary);
    const lease = this.leases.get(leaseNumber(ref));
    if (lease === undefined) return fail(ErrLeaseNotFound);
    if (lease.expiry !== null && lease.expiry <= now) return fail(ErrLeaseNotFound);
    lease.remainingTtl = 0;
    this.refresh(lease, now, 0);
    return ok(lease.ttl);
  }

  lookup(ref: LeaseRef): Readonly<Lease> | undefined {
    return this.leases.get(leaseNumber(ref));
  }

  /** Remaining seconds, truncated (etcd: int64(Remaining().Seconds())); off the primary, the TTL it would restart with. */
  remainingSeconds(lease: Readonly<Lease>, now: number): number {
    if (lease.expiry === null) return effectiveTtl(lease);
    return Math.trunc((lease.expiry - now) / 1000) || 0; // never -0
  }

  /** Every lease, soonest expiry first (etcd Leases), ties by id. */
  list(): Readonly<Lease>[] {
    return [...this.leases.values()].sort(byExpiryThenId);
  }

  /**
   * This node became leader (etcd lessor.Promote): every lease's deadline restarts at
   * now + extendMs + its (checkpointed) TTL, and when a thousand or more leases exist their
   * deadlines are spread so no more than 3/4 of the revoke rate fall in any second.
   */
  promote(now: number, extendMs: number): void {
    this.primary = true;
    for (const lease of this.leases.values()) this.refresh(lease, now, extendMs);
    if (this.leases.size < this.revokeRate) return;
    const delays = spreadExpiries([...this.leases.values()].sort(byExpiryThenId), now, this.revokeRate);
    for (const [lease, delay] of delays) this.refresh(lease, now, delay + extendMs);
  }

  /** This node stopped leading (etcd lessor.Demote): no deadlines any more. */
  demote(): void {
    this.primary = false;
    for (const lease of this.leases.values()) {
      lease.expiry = null;
      lease.notifyAt = null;
    }
  }

  /**
   * Ids of leases past their deadline that the leader must now revoke through Raft (etcd
   * revokeExpiredLeases / findExpiredLeases): at most revokeRate / 2 per call, soonest first.
   * A reported lease is reported again only after expiredRetryMs if still not revoked.
   */
  expired(now: number): number[] {
    if (!this.primary) return [];
    const due = [...this.leases.values()]
      .filter((l) => l.notifyAt !== null && l.notifyAt <= now && l.expiry !== null && l.expiry <= now)
      .sort((a, b) => (a.notifyAt as number) - (b.notifyAt as number) || a.id - b.id)
      .slice(0, Math.floor(this.revokeRate / 2));
    for (const lease of due) lease.notifyAt = now + this.expiredRetryMs;
    return due.map((l) => l.id);
  }

  // ---- LeaseBinder: the store attaches and detaches keys as it writes ----

  leaseOf(key: string): number {
    return this.itemMap.get(key) ?? 0;
  }

  attach(id: number, key: string): void {
    const lease = this.leases.get(id);
    if (lease === undefined) return;
    lease.keys.add(key);
    this.itemMap.set(key, id);
  }

  detach(id: number, key: string): void {
    const lease = this.leases.get(id);
    if (lease === undefined) return;
    lease.keys.delete(key);
    this.itemMap.delete(key);
  }

  /**
   * The lessor as plain data. Like etcd, a snapshot carries id, TTL and checkpointed remainder
   * of each lease; attached keys are rebuilt from the store. `exact` adds the leader-only
   * deadlines and role, for checkpoints that must resume exactly (time travel).
   */
  toSnapshot(exact = false): LessorSnapshot {
    const leases = [...this.leases.values()]
      .sort((a, b) => a.id - b.id)
      .map((l) => (exact ? { id: l.id, ttl: l.ttl, remainingTtl: l.remainingTtl, expiry: l.expiry, notifyAt: l.notifyAt } : { id: l.id, ttl: l.ttl, remainingTtl: l.remainingTtl }));
    return exact ? { leases, lastAutoId: this.lastAutoId, primary: this.primary } : { leases, lastAutoId: this.lastAutoId };
  }

  /**
   * A lessor from a snapshot (etcd initAndRecover): TTLs raised to the minimum, no deadlines,
   * not primary; unless the snapshot is exact, which restores deadlines and role as they were.
   */
  static fromSnapshot(snapshot: LessorSnapshot, options: LessorOptions): Lessor {
    const lessor = new Lessor(options);
    lessor.lastAutoId = snapshot.lastAutoId;
    const exact = snapshot.primary !== undefined;
    lessor.primary = snapshot.primary ?? false;
    for (const l of snapshot.leases) {
      const ttl = exact ? l.ttl : Math.max(l.ttl, lessor.minTtl);
      const deadline = exact ? { expiry: l.expiry ?? null, notifyAt: l.notifyAt ?? null } : { expiry: null, notifyAt: null };
      lessor.leases.set(l.id, { id: l.id, ttl, remainingTtl: l.remainingTtl, ...deadline, keys: new Set() });
    }
    return lessor;
  }

  /** etcd Lease.refresh: the deadline becomes now + extend + (checkpointed) TTL. */
  private refresh(lease: Lease, now: number, extendMs: number): void {
    lease.expiry = now + extendMs + effectiveTtl(lease) * 1000;
    lease.notifyAt = lease.expiry;
  }
}

/** etcd Lease.RemainingTTL: the checkpointed remainder when set, else the full TTL. */
function effectiveTtl(lease: Readonly<Lease>): number {
  return lease.remainingTtl > 0 ? lease.remainingTtl : lease.ttl;
}

function byExpiryThenId(a: Readonly<Lease>, b: Readonly<Lease>): number {
  const ea = a.expiry ?? Number.POSITIVE_INFINITY;
  const eb = b.expiry ?? Number.POSITIVE_INFINITY;
  return ea === eb ? a.id - b.id : ea - eb;
}
