// The simulation's agenda: events ordered by (virtual time, priority, insertion sequence).
// Scenario steps have the highest priority, so a step at time T runs before anything else
// at T whether it was in the scenario from the start or added live by the page: a session
// recorded in the browser replays headless event for event.

export interface Scheduled<T> {
  readonly time: number;
  readonly priority: number;
  readonly seq: number;
  readonly event: T;
}

export class EventQueue<T> {
  private heap: Scheduled<T>[] = [];
  private nextSeq = 0;

  get size(): number {
    return this.heap.length;
  }

  /** Schedules `event` at `time`; lower priorities run first among events at the same time. */
  push(time: number, event: T, priority = 1): void {
    this.heap.push({ time, priority, seq: this.nextSeq++, event });
    this.siftUp(this.heap.length - 1);
  }

  peek(): Scheduled<T> | undefined {
    return this.heap[0];
  }

  pop(): Scheduled<T> | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top && last && heap.length > 0) {
      heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  /** Removes every event `keep` refuses (rare: history forks), keeping the order of the rest. */
  filter(keep: (e: T) => boolean): void {
    const kept = this.heap.filter((s) => keep(s.event));
    this.heap = [];
    for (const s of kept) {
      this.heap.push(s);
      this.siftUp(this.heap.length - 1);
    }
  }

  /** Replaces each event by `change(event)`, dropping those it maps to undefined; times and order stay. */
  mapEvents(change: (e: T) => T | undefined): void {
    const kept: Scheduled<T>[] = [];
    for (const s of this.heap) {
      const event = change(s.event);
      if (event !== undefined) kept.push(event === s.event ? s : { ...s, event });
    }
    this.heap = [];
    for (const s of kept) {
      this.heap.push(s);
      this.siftUp(this.heap.length - 1);
    }
  }

  clone(copyEvent: (e: T) => T = (e) => e): EventQueue<T> {
    const q = new EventQueue<T>();
    q.heap = this.heap.map((s) => ({ ...s, event: copyEvent(s.event) }));
    q.nextSeq = this.nextSeq;
    return q;
  }

  private before(a: Scheduled<T>, b: Scheduled<T>): boolean {
    if (a.time !== b.time) return a.time < b.time;
    if (a.priority !== b.priority) return a.priority < b.priority;
    return a.seq < b.seq;
  }

  private siftUp(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(heap[i] as Scheduled<T>, heap[parent] as Scheduled<T>)) break;
      [heap[i], heap[parent]] = [heap[parent] as Scheduled<T>, heap[i] as Scheduled<T>];
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && this.before(heap[l] as Scheduled<T>, heap[m] as Scheduled<T>)) m = l;
      if (r < heap.length && this.before(heap[r] as Scheduled<T>, heap[m] as Scheduled<T>)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m] as Scheduled<T>, heap[i] as Scheduled<T>];
      i = m;
    }
  }
}
