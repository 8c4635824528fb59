// A lease id as a request names it. etcd's lease ids are int64 (etcdctl parses them with
// strconv.ParseInt(s, 16, 64)), so a client may name any signed 64-bit id; this store grants
// only ids in [1, 2^53) (MAX_LEASE_ID), which a JS number holds exactly. An id outside that
// range travels as a decimal string, protobuf's JSON form of int64 (etcd's gateway answers
// `"ID":"9223279459140130424"`), so no precision is lost; no lease here can have it, so the
// server answers "etcdserver: requested lease not found", as etcd does for an unknown id.

/** Lease ids this store grants are positive integers below 2^53 (the scenario format's rule). */
export const MAX_LEASE_ID = Number.MAX_SAFE_INTEGER;

/** A lease id in a request: a number in the store's range, or any int64 as a decimal string. */
export type LeaseRef = number | string;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** A lease id no lease can have: the lookup of an id outside the store's range. */
export const NO_SUCH_LEASE = -1;

/** Whether `s` is a signed 64-bit integer in decimal, as protobuf's JSON writes an int64. */
export function isInt64Decimal(s: string): boolean {
  if (!/^-?(0|[1-9][0-9]{0,18})$/.test(s)) return false;
  const n = BigInt(s);
  return n >= INT64_MIN && n <= INT64_MAX;
}

/** The store's number for a lease id; NO_SUCH_LEASE for an id it can never have granted. */
export function leaseNumber(ref: LeaseRef): number {
  if (typeof ref === 'number') return ref;
  const n = Number(ref);
  return Number.isSafeInteger(n) && n >= 0 && n <= MAX_LEASE_ID ? n : NO_SUCH_LEASE;
}
