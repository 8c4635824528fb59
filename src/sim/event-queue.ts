// The simulation's agenda: events ordered by (virtual time, priority, insertion sequence).
// Scenario steps have the highest priority, so a step at time T runs before anything else
// at T whether it was in the scenario from the start or added live by the page: a session
// recorded in the browser replays headless event for event.
//
// A binary heap over parallel arrays (time, order, event): pushing and popping allocate
// nothing per event, which matters at some 2,500 events a virtual second (issue 17).
// `order` packs priority and sequence into one number that compares like the pair.

/** Sequence numbers stay below this (2^44: 17 trillion events), so priority * SEQ_SPAN + seq is exact. */
const SEQ_SPAN = 2 ** 44;

export class EventQueue<T> {
  private times: number[] = [];
  private orders: number[] = [];
  private events: T[] = [];
  private nextSeq = 0;

  get size(): number {
    return this.events.length;
  }

  /** Schedules `event` at `time`; lower priorities run first among events at the same time. */
  push(time: number, event: T, priority = 1): void {
    this.insert(time, priority * SEQ_SPAN + this.nextSeq++, event);
  }

  /** The time of the next event, if any. */
  peekTime(): number | undefined {
    return this.times[0];
  }

  /** The next event, if any, left on the agenda. */
  peekEvent(): T | undefined {
    return this.events[0];
  }

  /** Takes the next event off the agenda (its time is peekTime() before the call). */
  pop(): T | undefined {
    const n = this.events.length;
    if (n === 0) return undefined;
    const top = this.events[0] as T;
    const time = this.times.pop() as number;
    const order = this.orders.pop() as number;
    const event = this.events.pop() as T;
    if (n > 1) this.siftDown(time, order, event);
    return top;
  }

  /** Removes every event `keep` refuses (rare: history forks), keeping the order of the rest. */
  filter(keep: (e: T) => boolean): void {
    this.mapEvents((e) => (keep(e) ? e : undefined));
  }

  /** Replaces each event by `change(event)`, dropping those it maps to undefined; times and order stay. */
  mapEvents(change: (e: T) => T | undefined): void {
    const { times, orders, events } = this;
    this.times = [];
    this.orders = [];
    this.events = [];
    for (let i = 0; i < events.length; i++) {
      const event = change(events[i] as T);
      if (event !== undefined) this.insert(times[i] as number, orders[i] as number, event);
    }
  }

  clone(copyEvent: (e: T) => T = (e) => e): EventQueue<T> {
    const q = new EventQueue<T>();
    q.times = this.times.slice();
    q.orders = this.orders.slice();
    q.events = this.events.map(copyEvent);
    q.nextSeq = this.nextSeq;
    return q;
  }

  private insert(time: number, order: number, event: T): void {
    const { times, orders, events } = this;
    let i = events.length;
    times.push(time);
    orders.push(order);
    events.push(event);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent] as number;
      if (pt < time || (pt === time && (orders[parent] as number) < order)) break;
      times[i] = pt;
      orders[i] = orders[parent] as number;
      events[i] = events[parent] as T;
      i = parent;
    }
    times[i] = time;
    orders[i] = order;
    events[i] = event;
  }

  /** Places (time, order, event) from the root down, moving the smaller child up each level. */
  private siftDown(time: number, order: number, event: T): void {
    const { times, orders, events } = this;
    const n = events.length;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n && before(times[r] as number, orders[r] as number, times[c] as number, orders[c] as number)) c = r;
      if (!before(times[c] as number, orders[c] as number, time, order)) break;
      times[i] = times[c] as number;
      orders[i] = orders[c] as number;
      events[i] = events[c] as T;
      i = c;
    }
    times[i] = time;
    orders[i] = order;
    events[i] = event;
  }
}

function before(ta: number, oa: number, tb: number, ob: number): boolean {
  return ta < tb || (ta === tb && oa < ob);
}
