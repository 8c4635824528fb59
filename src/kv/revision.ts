// Revisions as etcd's mvcc has them (server/storage/mvcc/revision.go): every write
// transaction takes the next main revision, and each change inside it a sub-revision
// 0, 1, 2, ... in order. A key's history is a list of these pairs.

export interface Revision {
  readonly main: number;
  readonly sub: number;
}

/** Negative when a < b, zero when equal, positive when a > b (main first, then sub). */
export function compareRevisions(a: Revision, b: Revision): number {
  return a.main !== b.main ? a.main - b.main : a.sub - b.sub;
}

/** A map key for a revision, for keep-sets during compaction. */
export function revisionId(rev: Revision): string {
  return `${rev.main}.${rev.sub}`;
}

export const ZERO_REVISION: Revision = Object.freeze({ main: 0, sub: 0 });
