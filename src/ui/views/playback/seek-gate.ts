// Seeking while the scrubber is dragged: send one seek, then hold later positions until the
// worker has answered with a frame, and send only the latest of them. A backward seek
// replays the run from the start (until checkpoints exist), so a slow seek must not pile up
// a queue of stale ones; a fast one answers quickly and the drag follows the pointer.

/** If no frame came back in this long, stop waiting (the worker may have been busy). */
export const STALE_MS = 1000;

export class SeekGate {
  private inFlightSince: number | null = null;
  private pending: number | null = null;

  /** A new scrubber position. Returns the time to seek to now, or null to hold it. */
  request(time: number, now: number): number | null {
    if (this.inFlightSince !== null && now - this.inFlightSince < STALE_MS) {
      this.pending = time;
      return null;
    }
    this.pending = null;
    this.inFlightSince = now;
    return time;
  }

  /** A frame arrived. Returns the held position to seek to next, if any. */
  frameArrived(now: number): number | null {
    this.inFlightSince = null;
    if (this.pending === null) return null;
    const next = this.pending;
    this.pending = null;
    this.inFlightSince = now;
    return next;
  }

  /** Nothing sent and unanswered, nothing held: the page shows the last position asked for. */
  idle(): boolean {
    return this.inFlightSince === null && this.pending === null;
  }
}
