// Leases: grant (minimum and maximum TTL, ids), revoke, keys moving between leases,
// keep-alive, expiry on the leader only, promote / demote, expiry spreading, time-to-live.
// "etcd 3.4" marks answers checked against etcd 3.4.23 (election 1000 ms, heartbeat 100 ms).

import { describe, expect, it } from 'vitest';
import {
  AUTO_LEASE_ID_BASE,
  ErrLeaseExists,
  ErrLeaseNotFound,
  ErrLeaseTTLTooLarge,
  ErrNotPrimary,
  MAX_LEASE_TTL,
  minLeaseTtlSeconds,
  type LeaseGrantResponse,
  type RangeResponse,
} from '../../src/kv';
import { must, mustFail, newKv, put, value } from './helpers';

const grant = (kv: ReturnType<typeof newKv>, ttl: number, id?: number, now = 0) =>
  must<LeaseGrantResponse>(kv, id === undefined ? { type: 'lease-grant', ttl } : { type: 'lease-grant', ttl, id }, now);

describe('lease grant and revoke', () => {
  it('computes etcd minimum TTL from the election timeout: ceil(1.5 x election) seconds', () => {
    expect(minLeaseTtlSeconds(10, 100)).toBe(2); // etcd defaults (etcd 3.4 grants TTL 2 for 1)
    expect(minLeaseTtlSeconds(10, 50)).toBe(1);
    expect(minLeaseTtlSeconds(30, 100)).toBe(5);
  });

  it('raises short TTLs to the minimum, refuses TTLs above the maximum (etcd 3.4)', () => {
    const kv = newKv();
    expect(grant(kv, 1, 1)).toEqual({ header: { revision: 1 }, id: 1, ttl: 2 });
    expect(grant(kv, 0, 2).ttl).toBe(2);
    expect(grant(kv, -5, 3).ttl).toBe(2);
    expect(grant(kv, 100, 4).ttl).toBe(100);
    expect(grant(kv, MAX_LEASE_TTL, 5).ttl).toBe(MAX_LEASE_TTL);
    expect(mustFail(kv, { type: 'lease-grant', ttl: MAX_LEASE_TTL + 1, id: 6 })).toBe(ErrLeaseTTLTooLarge);
    expect(kv.validate({ type: 'lease-grant', ttl: MAX_LEASE_TTL + 1 })).toBe('etcdserver: too large lease TTL');
  });

  it('refuses an id in use; picks free ids deterministically when none is given', () => {
    const kv = newKv();
    grant(kv, 10, 7);
    expect(mustFail(kv, { type: 'lease-grant', ttl: 10, id: 7 })).toBe(ErrLeaseExists);
    grant(kv, 10, AUTO_LEASE_ID_BASE + 2);
    expect(grant(kv, 10).id).toBe(AUTO_LEASE_ID_BASE + 1);
    expect(grant(kv, 10).id).toBe(AUTO_LEASE_ID_BASE + 3);
    const replica = newKv();
    grant(replica, 10, 7);
    grant(replica, 10, AUTO_LEASE_ID_BASE + 2);
    expect([grant(replica, 10).id, grant(replica, 10).id]).toEqual([AUTO_LEASE_ID_BASE + 1, AUTO_LEASE_ID_BASE + 3]);
  });

  it('revoking an unknown lease, or one already revoked, is lease-not-found (etcd 3.4)', () => {
    const kv = newKv();
    grant(kv, 10, 1);
    must(kv, { type: 'lease-revoke', id: 1 });
    expect(mustFail(kv, { type: 'lease-revoke', id: 1 })).toBe('etcdserver: requested lease not found');
  });

  it('a put with an unknown lease fails and changes nothing (etcd 3.4)', () => {
    const kv = newKv();
    expect(mustFail(kv, { type: 'put', key: 'x', value: 'y', lease: 99 })).toBe(ErrLeaseNotFound);
    expect(kv.revision).toBe(1);
  });
});

describe('keys and leases', () => {
  it('a put moves a key between leases; a put without lease or a delete detaches it', () => {
    const kv = newKv();
    grant(kv, 60, 1);
    grant(kv, 60, 2);
    put(kv, 'a', '1', 1);
    put(kv, 'b', '1', 1);
    put(kv, 'c', '1', 1);
    put(kv, 'a', '2', 2); // a moves to lease 2
    put(kv, 'b', '2'); // b leaves lease 1
    must(kv, { type: 'delete', key: 'c' }); // c leaves lease 1
    expect(kv.leaseTimeToLive(1, 0, true).keys).toEqual([]);
    expect(kv.leaseTimeToLive(2, 0, true).keys).toEqual(['a']);
    must(kv, { type: 'lease-revoke', id: 1 });
    expect(must<RangeResponse>(kv, { type: 'get', key: 'a', rangeEnd: 'z' }).kvs.map((x) => `${x.key}:${x.lease}`)).toEqual(['a:2', 'b:0']);
    must(kv, { type: 'lease-revoke', id: 2 });
    expect(must<RangeResponse>(kv, { type: 'get', key: 'a', rangeEnd: 'z' }).kvs.map((x) => x.key)).toEqual(['b']);
  });

  it('time-to-live: remaining seconds truncated, granted TTL, keys; -1 for no such lease (etcd 3.4)', () => {
    const kv = newKv();
    kv.promote(0, 0);
    grant(kv, 100, 9, 0);
    put(kv, 'lk2', 'y', 9);
    put(kv, 'lk1', 'x', 9);
    expect(kv.leaseTimeToLive(9, 1500, true)).toEqual({ header: { revision: 3 }, id: 9, ttl: 98, grantedTtl: 100, keys: ['lk1', 'lk2'] });
    expect(kv.leaseTimeToLive(123, 0)).toEqual({ header: { revision: 3 }, id: 123, ttl: -1, grantedTtl: 0 });
  });

  it('lists leases soonest deadline first', () => {
    const kv = newKv();
    kv.promote(0, 0);
    grant(kv, 50, 1);
    grant(kv, 20, 2);
    grant(kv, 30, 3);
    expect(kv.leaseLeases().leases).toEqual([{ id: 2 }, { id: 3 }, { id: 1 }]);
  });
});

describe('expiry is decided by the leader', () => {
  it('followers keep leases forever and refuse keep-alives', () => {
    const kv = newKv();
    grant(kv, 10, 1);
    expect(kv.expiredLeases(1e9)).toEqual([]);
    expect(kv.leaseKeepAlive(1, 0)).toEqual({ ok: false, error: ErrNotPrimary });
  });

  it('a grant on the leader starts the deadline; the lease expires at now + TTL, reported again after the retry interval', () => {
    const kv = newKv({ expiredLeaseRetryMs: 3000 });
    kv.promote(0, 0);
    grant(kv, 10, 1, 1000);
    expect(kv.expiredLeases(10_999)).toEqual([]);
    expect(kv.expiredLeases(11_000)).toEqual([1]);
    expect(kv.expiredLeases(11_001)).toEqual([]); // proposed already; wait for the revocation
    expect(kv.expiredLeases(14_000)).toEqual([1]); // not revoked yet: ask again
    must(kv, { type: 'lease-revoke', id: 1 });
    expect(kv.expiredLeases(20_000)).toEqual([]);
  });

  it('a keep-alive restarts the deadline at now + TTL and answers the TTL; an expired lease is not found', () => {
    const kv = newKv();
    kv.promote(0, 0);
    grant(kv, 10, 1, 0);
    put(kv, 'k', 'v', 1);
    expect(value(kv.leaseKeepAlive(1, 8000))).toEqual({ header: { revision: 2 }, id: 1, ttl: 10 });
    expect(kv.expiredLeases(17_999)).toEqual([]);
    expect(kv.expiredLeases(18_000)).toEqual([1]);
    expect(kv.leaseKeepAlive(1, 18_000)).toEqual({ ok: false, error: ErrLeaseNotFound });
    expect(kv.leaseKeepAlive(42, 0)).toEqual({ ok: false, error: ErrLeaseNotFound });
  });

  it('promote restarts every deadline at now + extend + TTL; demote drops them', () => {
    const kv = newKv();
    grant(kv, 10, 1);
    grant(kv, 5, 2);
    kv.promote(50_000, 1500);
    expect(kv.lessor.lookup(1)?.expiry).toBe(61_500);
    expect(kv.lessor.lookup(2)?.expiry).toBe(56_500);
    expect(kv.expiredLeases(56_499)).toEqual([]);
    expect(kv.expiredLeases(61_500)).toEqual([2, 1]);
    kv.demote();
    expect(kv.lessor.lookup(1)?.expiry).toBeNull();
    expect(kv.expiredLeases(1e9)).toEqual([]);
  });

  it('a checkpointed remaining TTL is what a new leader restarts with', () => {
    const kv = newKv();
    grant(kv, 100, 1);
    must(kv, { type: 'lease-checkpoint', checkpoints: [{ id: 1, remainingTtl: 30 }, { id: 99, remainingTtl: 5 }] });
    kv.promote(0, 0);
    expect(kv.lessor.lookup(1)?.expiry).toBe(30_000);
    value(kv.leaseKeepAlive(1, 1000)); // a keep-alive goes back to the full TTL
    expect(kv.lessor.lookup(1)?.expiry).toBe(101_000);
  });

  it('spreads expiries when many leases would expire together (etcd Promote, revoke rate scaled to 8/s)', () => {
    const kv = newKv({ leaseRevokeRate: 8 });
    for (let id = 1; id <= 10; id++) grant(kv, 10, id);
    kv.promote(0, 0);
    // 3/4 of 8 = 6 may expire in the first second; each further one moves back by (n / 6) s.
    const expiries = Array.from({ length: 10 }, (_, i) => kv.lessor.lookup(i + 1)?.expiry);
    expect(expiries).toEqual([10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 11_166, 11_333, 11_500, 11_666]);
    // Fewer leases than the revoke rate: no spreading.
    const few = newKv({ leaseRevokeRate: 8 });
    for (let id = 1; id <= 7; id++) grant(few, 10, id);
    few.promote(0, 0);
    expect(new Set(Array.from({ length: 7 }, (_, i) => few.lessor.lookup(i + 1)?.expiry))).toEqual(new Set([10_000]));
  });

  it('reports at most half the revoke rate per call', () => {
    const kv = newKv({ leaseRevokeRate: 8 });
    kv.promote(0, 0);
    for (let id = 1; id <= 6; id++) grant(kv, 10, id);
    expect(kv.expiredLeases(20_000)).toEqual([1, 2, 3, 4]);
    expect(kv.expiredLeases(20_000)).toEqual([5, 6]);
  });
});
