// Errors worded exactly as etcd's clients see them (api/v3rpc/rpctypes/error.go: the gRPC
// status messages), so that traces read like etcdctl output. Conditions etcd cannot meet
// (a malformed request object) use a "kv:" prefix instead of borrowing etcd's words.

export const ErrEmptyKey = 'etcdserver: key is not provided';
/** etcd's ErrKeyNotFound: ignore_value / ignore_lease on a key that does not exist; also an empty txn op. */
export const ErrKeyNotFound = 'etcdserver: key not found';
export const ErrValueProvided = 'etcdserver: value is provided';
export const ErrLeaseProvided = 'etcdserver: lease is provided';
export const ErrTooManyOps = 'etcdserver: too many operations in txn request';
export const ErrDuplicateKey = 'etcdserver: duplicate key given in txn request';
export const ErrCompacted = 'etcdserver: mvcc: required revision has been compacted';
export const ErrFutureRev = 'etcdserver: mvcc: required revision is a future revision';
export const ErrRequestTooLarge = 'etcdserver: request is too large';

export const ErrLeaseNotFound = 'etcdserver: requested lease not found';
export const ErrLeaseExists = 'etcdserver: lease already exists';
export const ErrLeaseTTLTooLarge = 'etcdserver: too large lease TTL';
/** lease.ErrNotPrimary: keep-alives are served by the leader's (primary) lessor only. */
export const ErrNotPrimary = 'lease: not a primary lessor';

/** mvcc.ErrEmptyWatcherRange, sent as a created-and-canceled watch response's cancel reason. */
export const ErrEmptyWatcherRange = 'mvcc: watcher range is empty';
export const ErrWatcherNotExist = 'mvcc: watcher does not exist';

/** Either a value, or an error string worded as etcd words it. Nothing in src/kv throws on input. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: string): Outcome<T> {
  return { ok: false, error };
}
