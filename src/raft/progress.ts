// The leader's view of one follower (etcd's tracker.Progress): how far its log is known
// to match (match), what to send next (next), and how to send it:
//   probe     - one append at a time until the follower's log position is found;
//   replicate - stream appends optimistically, at most maxInflight unacknowledged;
//   snapshot  - the entries it needs are compacted; wait for the snapshot to land.

export type ProgressState = 'probe' | 'replicate' | 'snapshot';

export class Progress {
  match = 0;
  next: number;
  state: ProgressState = 'probe';
  /** In probe state: an append is out and we wait for its answer (or a heartbeat reply). */
  probeSent = false;
  pendingSnapshot = 0;
  /** Heard from since the last CheckQuorum round (§6.2 of the thesis). */
  recentActive = false;
  /** Last index of each append in flight, oldest first. */
  inflights: number[] = [];
  /**
   * When `next` and `match` last changed (virtual ms), for the page's Figure 2 panel: log
   * repair (§5.3, Figure 7) is next stepping back and match jumping up. Stamped by the host
   * handle after each input (RaftNode), so the many places that move them need not know time.
   */
  nextChangedAt = 0;
  matchChangedAt = 0;
  private stampedNext: number | undefined;
  private stampedMatch: number | undefined;

  constructor(
    next: number,
    readonly maxInflight: number,
    public isLearner = false,
  ) {
    this.next = next;
  }

  isPaused(): boolean {
    if (this.state === 'probe') return this.probeSent;
    if (this.state === 'replicate') return this.inflights.length >= this.maxInflight;
    return true;
  }

  /** An append acknowledged up to `index`; false when it tells us nothing new. */
  maybeUpdate(index: number): boolean {
    const updated = this.match < index;
    if (updated) {
      this.match = index;
      this.probeSent = false;
    }
    this.next = Math.max(this.next, index + 1);
    return updated;
  }

  /**
   * An append at `rejected` was refused; `hint` is the follower's estimate of a matching
   * index. Returns false for a stale rejection (§5.3 with etcd's fast backtracking).
   */
  maybeDecrTo(rejected: number, hint: number): boolean {
    if (this.state === 'replicate') {
      if (rejected <= this.match) return false;
      this.next = this.match + 1;
      return true;
    }
    if (this.next - 1 !== rejected) return false;
    this.next = Math.max(Math.min(rejected, hint + 1), this.match + 1);
    this.probeSent = false;
    return true;
  }

  becomeProbe(): void {
    const after = this.state === 'snapshot' ? Math.max(this.match, this.pendingSnapshot) : this.match;
    this.reset('probe');
    this.next = after + 1;
  }

  becomeReplicate(): void {
    this.reset('replicate');
    this.next = this.match + 1;
  }

  becomeSnapshot(index: number): void {
    this.reset('snapshot');
    this.pendingSnapshot = index;
  }

  /** Bookkeeping after sending an append whose last entry is `lastIndex` (or none). */
  sentAppend(entryCount: number, lastIndex: number): void {
    if (this.state === 'replicate' && entryCount > 0) {
      this.next = lastIndex + 1;
      this.inflights.push(lastIndex);
    } else if (this.state === 'probe') {
      this.probeSent = true;
    }
  }

  /** Frees the in-flight slots acknowledged by a reply up to `index`. */
  freeInflightsUpTo(index: number): void {
    // In place (clones copy the array): at most maxInflight numbers, shifted on every ack.
    while (this.inflights.length > 0 && (this.inflights[0] as number) <= index) this.inflights.shift();
  }

  /** Records `now` as the change time of next and match if they moved since the last call. */
  noteChanges(now: number): void {
    if (this.stampedNext !== this.next) {
      this.stampedNext = this.next;
      this.nextChangedAt = now;
    }
    if (this.stampedMatch !== this.match) {
      this.stampedMatch = this.match;
      this.matchChangedAt = now;
    }
  }

  private reset(state: ProgressState): void {
    this.state = state;
    this.probeSent = false;
    this.pendingSnapshot = 0;
    this.inflights = [];
  }

  clone(): Progress {
    const copy = Object.create(Progress.prototype) as Progress;
    Object.assign(copy, this, { inflights: this.inflights.slice() });
    return copy;
  }
}
