// etcd's watch guarantees, checked from a trace alone (etcd's API guarantees, "Watch APIs";
// tests/robustness/validate/watch.go does the same for a real cluster):
//   ordered   events of a watch come in revision order, never going back;
//   atomic    all events of one revision come in one response;
//   unique    no (key, revision) twice;
//   no gap    every change of a watched key between the watch's start and the last revision
//             it delivered is delivered, with the right kv: the changes known from the trace
//             (other watches, answers of puts, deletes and gets) and a key's versions (a PUT
//             of version v > 1 follows the PUT of version v - 1 of the same generation);
//   resumable a watch resumed after a broken connection starts at its last revision + 1;
//   compacted a watch is canceled as compacted only when the revision it needs is below the
//             compaction it names, a compaction some client asked for.

import type { EventOf, Kv, TraceEvent, WatchOp } from './trace-events';

export type WatchCheck = { ok: true; watches: number; events: number } | { ok: false; property: string; message: string; event: number };

interface Watch {
  readonly name: string;
  readonly op: WatchOp;
  readonly start: number;
  /** The highest revision delivered so far (start - 1 before any). */
  last: number;
  canceled: boolean;
  readonly seen: Set<string>;
  /** The latest event of each key delivered. */
  readonly latest: Map<string, { type: 'PUT' | 'DELETE'; kv: Kv }>;
}

type Change = { type: 'PUT' | 'DELETE'; kv?: Kv; event: number };

class Violation extends Error {
  constructor(
    readonly property: string,
    message: string,
    readonly event: number,
  ) {
    super(message);
  }
}

export function checkWatches(trace: readonly TraceEvent[]): WatchCheck {
  try {
    return new WatchChecker(trace).run();
  } catch (e) {
    if (e instanceof Violation) return { ok: false, property: e.property, message: e.message, event: e.event };
    throw e;
  }
}

class WatchChecker {
  private invokes = new Map<string, EventOf<'invoke'>>();
  private watches = new Map<string, Watch>();
  private all: Watch[] = [];
  /** What is known to have changed, by `${revision} ${key}`. */
  private changes = new Map<string, Change>();
  private compactions: number[] = [];
  private delivered = 0;

  constructor(private readonly trace: readonly TraceEvent[]) {}

  run(): WatchCheck {
    this.trace.forEach((e, i) => this.step(e, i));
    for (const w of this.all) this.complete(w);
    return { ok: true, watches: this.all.length, events: this.delivered };
  }

  private step(e: TraceEvent, i: number): void {
    if (e.ev === 'invoke') {
      this.invokes.set(`${e.client}#${e.id}`, e);
      if (e.op.type === 'compact') this.compactions.push(e.op.revision);
    } else if (e.ev === 'return') this.returned(e, i);
    else if (e.ev === 'watch') this.events(e, i);
    else if (e.ev === 'watch-resume') this.resumed(e, i);
    else if (e.ev === 'watch-cancel') this.canceled(e, i);
  }

  private returned(e: EventOf<'return'>, i: number): void {
    const inv = this.invokes.get(`${e.client}#${e.id}`);
    if (!inv || !e.ok || !e.result) return;
    const op = inv.op;
    const r = e.result;
    const rev = r.header.revision;
    if (op.type === 'watch' && r.watchId !== undefined && !r.canceled) {
      const w: Watch = { name: `${e.client} watch ${r.watchId} (${watchedText(op)})`, op, start: op.startRevision || rev + 1, last: 0, canceled: false, seen: new Set(), latest: new Map() };
      w.last = w.start - 1;
      this.watches.set(`${e.client}#${r.watchId}`, w);
      this.all.push(w);
    } else if (op.type === 'put') {
      this.know(op.key, rev, { type: 'PUT', event: i });
    } else if (op.type === 'delete' && !op.prefix && !op.rangeEnd && r.deleted === 1) {
      this.know(op.key, rev, { type: 'DELETE', event: i });
    } else if (op.type === 'get') {
      for (const kv of r.kvs ?? []) this.know(kv.key, kv.modRevision, { type: 'PUT', kv, event: i });
    }
  }

  /** A change known to have happened; two sources that disagree about it are a violation. */
  private know(key: string, revision: number, c: Change): void {
    const k = `${revision} ${key}`;
    const had = this.changes.get(k);
    if (had && (had.type !== c.type || (had.kv && c.kv && !sameKv(had.kv, c.kv)))) {
      throw new Violation('watch: right kv', `${c.type} of "${key}" at revision ${revision} disagrees with the ${had.type} seen at event ${had.event}`, c.event);
    }
    if (!had || (!had.kv && c.kv)) this.changes.set(k, c);
  }

  private watchOf(e: { client: string; watchId: number }, i: number): Watch {
    const w = this.watches.get(`${e.client}#${e.watchId}`);
    if (!w) throw new Violation('watch: unknown', `${e.client} got events of watch ${e.watchId}, which it never created`, i);
    if (w.canceled) throw new Violation('watch: canceled', `${w.name} delivers after it was canceled`, i);
    return w;
  }

  private events(e: EventOf<'watch'>, i: number): void {
    const w = this.watchOf(e, i);
    const first = e.events[0]?.kv.modRevision ?? Infinity;
    if (first <= w.last) {
      const property = first === w.last ? 'watch: atomic per revision' : 'watch: ordered';
      throw new Violation(property, `${w.name} delivers revision ${first} after it delivered revision ${w.last}`, i);
    }
    let prev = first;
    for (const ev of e.events) {
      const { key, modRevision: rev } = ev.kv;
      if (rev < prev) throw new Violation('watch: ordered', `${w.name} delivers revision ${rev} after ${prev} in one response`, i);
      if (!inRange(w.op, key)) throw new Violation('watch: range', `${w.name} delivers "${key}", outside what it watches`, i);
      if (w.seen.has(`${rev} ${key}`)) throw new Violation('watch: unique', `${w.name} delivers "${key}" at revision ${rev} twice`, i);
      w.seen.add(`${rev} ${key}`);
      this.followsVersion(w, ev, i);
      this.know(key, rev, ev.type === 'PUT' ? { type: 'PUT', kv: ev.kv, event: i } : { type: 'DELETE', event: i });
      prev = rev;
    }
    w.last = prev;
    this.delivered += e.events.length;
  }

  /** A key's versions count up within a generation (etcd key_index.go): a skipped one is a gap. */
  private followsVersion(w: Watch, ev: EventOf<'watch'>['events'][number], i: number): void {
    const kv = ev.kv;
    const before = w.latest.get(kv.key);
    w.latest.set(kv.key, ev);
    if (ev.type === 'DELETE') return;
    const gap = (what: string) => new Violation('watch: no gap', `${w.name} delivers "${kv.key}" version ${kv.version} at revision ${kv.modRevision} ${what}`, i);
    if (!before) {
      if (kv.createRevision >= w.start && kv.version !== 1) throw gap(`without its creation at revision ${kv.createRevision}`);
      return;
    }
    if (before.type === 'DELETE' && kv.version !== 1) throw gap('right after its deletion');
    if (before.type === 'PUT' && (kv.version !== before.kv.version + 1 || kv.createRevision !== before.kv.createRevision)) {
      throw gap(`after version ${before.kv.version} (created at ${before.kv.createRevision})`);
    }
  }

  private resumed(e: EventOf<'watch-resume'>, i: number): void {
    const w = this.watchOf(e, i);
    if (e.revision !== w.last + 1) throw new Violation('watch: resumable', `${w.name} resumes on ${e.node} from revision ${e.revision}, not ${w.last + 1} (its last revision + 1)`, i);
  }

  private canceled(e: EventOf<'watch-cancel'>, i: number): void {
    const w = this.watchOf(e, i);
    w.canceled = true;
    const c = e.compactRevision;
    if (c === undefined) return;
    if (w.last + 1 >= c) throw new Violation('watch: compacted', `${w.name} is canceled as compacted at ${c}, yet it needs revision ${w.last + 1}, which is not compacted`, i);
    if (!this.compactions.some((r) => r >= c)) throw new Violation('watch: compacted', `${w.name} is canceled as compacted at ${c}, a compaction no client asked for`, i);
  }

  /** At the end: every known change the watch should have delivered, it delivered. */
  private complete(w: Watch): void {
    for (const [k, c] of this.changes) {
      const space = k.indexOf(' ');
      const rev = Number(k.slice(0, space));
      const key = k.slice(space + 1);
      if (rev < w.start || rev > w.last || !inRange(w.op, key) || w.seen.has(k)) continue;
      throw new Violation('watch: no gap', `${w.name} delivered revisions up to ${w.last} but not the ${c.type} of "${key}" at revision ${rev}`, c.event);
    }
  }
}

function inRange(op: WatchOp, key: string): boolean {
  if (op.prefix) return key.startsWith(op.key);
  if (op.rangeEnd === undefined || op.rangeEnd === '') return key === op.key;
  // etcd: a range end of "\0" means every key from `key` on.
  return key >= op.key && (op.rangeEnd === '\0' || key < op.rangeEnd);
}

function watchedText(op: WatchOp): string {
  return op.prefix ? `prefix "${op.key}"` : op.rangeEnd ? `["${op.key}", "${op.rangeEnd}")` : `"${op.key}"`;
}

function sameKv(a: Kv, b: Kv): boolean {
  return a.key === b.key && a.value === b.value && a.createRevision === b.createRevision && a.modRevision === b.modRevision && a.version === b.version && a.lease === b.lease;
}
