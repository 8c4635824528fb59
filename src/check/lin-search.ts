// The linearizability search of Wing & Gong (1993), with Lowe's memoization (2017) as
// Porcupine does it. The history is a list of call and return entries in time order. At
// each configuration (the operations linearized so far, the model's state), the calls
// that may come next are those before the first return still in the list (its operation
// must be linearized before that time). A depth-first search tries them one by one; a
// configuration seen before is not explored again. The history is linearizable when a
// path passes every return.
//
// Operations with an unknown outcome have no return entry: they may be linearized at any
// point after their call, or never.
//
// Any order of trying the candidates is complete; a good one finds the linearization of
// a correct history without backtracking much. etcd's revisions give one: writes in the
// order of the revisions they took, a read after the write of its header revision and
// before the next; calls without a revision by deadline; unknown outcomes last (only
// when nothing else fits).
// The model may offer several next states (a txn compare on a revision it knows only up
// to a range, unseen puts taking effect): each is a separate child.

import { EMPTY_STORE, stateKey, type ModelState } from './lin-model';
import { stepModel, type ModelCall, type ModelStep, type UnseenAvailable } from './lin-model-step';
import { OpenStretches, type KeyStretches } from './lin-stretches';
import { unseenCalledBefore, type UnseenPuts } from './lin-unseen-puts';

export interface SearchCall {
  /** Trace index of the invoke event. */
  call: number;
  /** Trace index of the return event; undefined when the outcome is unknown. */
  ret?: number;
  model: ModelCall;
  /** Where the answer puts the call in etcd's revision order (revisionOrder); undefined when it does not. */
  order?: number;
}

/** A write comes just before the reads of its revision: h - 0.5 for a write of h, h for a read at h. */
export function revisionOrder(headerRevision: number | undefined, wrote: boolean | undefined): number | undefined {
  if (headerRevision === undefined || wrote === undefined) return undefined;
  return wrote ? headerRevision - 0.5 : headerRevision;
}

/** Steps left for all the searches of one check; shared so that the whole check is bounded. */
export interface StepBudget {
  remaining: number;
}

export type SearchVerdict = 'linearizable' | 'not-linearizable' | 'out-of-budget';

interface Entry {
  op: number;
  time: number;
  isCall: boolean;
  /** Sort keys among candidates: revision order, then deadline (both Infinity when unknown). */
  order: number;
  deadline: number;
  match?: Entry;
  prev?: Entry;
  next?: Entry;
}

/** One configuration on the depth-first path, and where its children stand. */
interface Frame {
  state: ModelState;
  /** The first return's time: the calls linearized from here happen before it. */
  horizon: number;
  /** The call linearized to reach this configuration (none at the root). */
  via?: Entry;
  candidates: Entry[];
  candidate: number;
  options: ModelStep[];
  option: number;
}

/** What the search knows besides the calls: unseen puts and stretches (lin-prepare.ts). */
export interface SearchHints {
  unseen?: UnseenPuts;
  stretches?: KeyStretches;
}

/** The history as a doubly linked list of entries in time order, behind a head sentinel. */
function entryList(calls: readonly SearchCall[]): Entry {
  const entries: Entry[] = [];
  calls.forEach((c, op) => {
    const order = c.order ?? Infinity;
    const deadline = c.ret ?? Infinity;
    const callEntry: Entry = { op, time: c.call, isCall: true, order, deadline };
    entries.push(callEntry);
    if (c.ret !== undefined) {
      callEntry.match = { op, time: c.ret, isCall: false, order, deadline };
      entries.push(callEntry.match);
    }
  });
  entries.sort((a, b) => a.time - b.time);
  const head: Entry = { op: -1, time: -Infinity, isCall: false, order: -Infinity, deadline: -Infinity };
  let last = head;
  for (const entry of entries) {
    last.next = entry;
    entry.prev = last;
    last = entry;
  }
  return head;
}

/** Takes a call (and its return) out of the list; `restore` puts them back (in reverse order). */
function lift(call: Entry): void {
  for (const entry of [call, call.match]) {
    if (!entry) continue;
    if (entry.prev) entry.prev.next = entry.next;
    if (entry.next) entry.next.prev = entry.prev;
  }
}

function restore(call: Entry): void {
  for (const entry of [call.match, call]) {
    if (!entry) continue;
    if (entry.prev) entry.prev.next = entry;
    if (entry.next) entry.next.prev = entry;
  }
}

/** The calls that may be linearized next, best first, and the first return's time. */
function candidatesOf(head: Entry): { candidates: Entry[]; horizon: number } {
  const candidates: Entry[] = [];
  let entry = head.next;
  for (; entry?.isCall; entry = entry.next) candidates.push(entry);
  candidates.sort((a, b) => a.order - b.order || a.deadline - b.deadline || a.time - b.time);
  return { candidates, horizon: entry ? entry.time : Infinity };
}

/** Which operations are linearized, as a compact string for the memo. */
class LinearizedSet {
  private words: Uint32Array;
  constructor(size: number) {
    this.words = new Uint32Array(Math.ceil(size / 32));
  }
  toggle(op: number): void {
    this.words[op >>> 5] = (this.words[op >>> 5] ?? 0) ^ (1 << (op & 31));
  }
  key(): string {
    let key = '';
    for (const word of this.words) key += String.fromCharCode(word & 0xffff, word >>> 16);
    return key;
  }
}

export function searchLinearization(
  calls: readonly SearchCall[],
  budget: StepBudget,
  hints: SearchHints = {},
  initial: ModelState = EMPTY_STORE,
): SearchVerdict {
  return new Search(calls, budget, hints).run(initial);
}

/** One depth-first search: the history's list, the path of configurations, the memo. */
class Search {
  private head: Entry;
  private linearized: LinearizedSet;
  private seen = new Set<string>();
  /** States repeat across configurations: the memo names each by a small number. */
  private stateIds = new Map<string, number>();
  private returnsLeft: number;
  private open: OpenStretches;
  /** The horizon of the configuration being expanded (for unseen puts). */
  private horizon = Infinity;
  private available: UnseenAvailable | undefined;

  constructor(
    private calls: readonly SearchCall[],
    private budget: StepBudget,
    { unseen = new Map(), stretches = new Map() }: SearchHints,
  ) {
    this.head = entryList(calls);
    this.linearized = new LinearizedSet(calls.length);
    this.returnsLeft = calls.filter((c) => c.ret !== undefined).length;
    this.open = new OpenStretches(stretches);
    if (unseen.size > 0) this.available = (key) => (unseen.has(key) ? unseenCalledBefore(unseen, key, this.horizon) : 0);
  }

  run(initial: ModelState): SearchVerdict {
    if (this.returnsLeft === 0) return 'linearizable';
    const path: Frame[] = [this.frameAt(initial)];
    while (path.length > 0) {
      const frame = path[path.length - 1] as Frame;
      const child = this.nextChild(frame);
      if (this.budget.remaining <= 0) return 'out-of-budget';
      if (!child) {
        path.pop();
        if (frame.via) this.undo(frame.via);
        continue;
      }
      this.take(child.entry);
      if (this.returnsLeft === 0) return 'linearizable';
      path.push(this.frameAt(child.state, child.entry));
    }
    return 'not-linearizable';
  }

  private frameAt(state: ModelState, via?: Entry): Frame {
    const { candidates, horizon } = candidatesOf(this.head);
    return { state, horizon, via, candidates, candidate: -1, options: [], option: 0 };
  }

  private take(call: Entry): void {
    this.linearized.toggle(call.op);
    this.open.update(call.op, true);
    lift(call);
    if (call.match) this.returnsLeft--;
  }

  private undo(call: Entry): void {
    this.linearized.toggle(call.op);
    this.open.update(call.op, false);
    restore(call);
    if (call.match) this.returnsLeft++;
  }

  /** The next unexplored child of frame: its call and state, or undefined when none is left. */
  private nextChild(frame: Frame): { entry: Entry; state: ModelState } | undefined {
    for (;;) {
      while (frame.option >= frame.options.length) {
        if (++frame.candidate >= frame.candidates.length) return undefined;
        if (this.budget.remaining-- <= 0) return undefined;
        const entry = frame.candidates[frame.candidate] as Entry;
        this.horizon = frame.horizon;
        frame.options = stepModel(frame.state, (this.calls[entry.op] as SearchCall).model, this.available);
        frame.option = 0;
      }
      const entry = frame.candidates[frame.candidate] as Entry;
      const step = frame.options[frame.option++] as ModelStep;
      // An unknown operation that changes nothing here may as well come later: skip it.
      if (!entry.match && (this.breaksStretch(step) || stateKey(step.state) === stateKey(frame.state))) continue;
      this.linearized.toggle(entry.op);
      const memo = `${this.linearized.key()}${this.idOf(step.state)}`;
      this.linearized.toggle(entry.op);
      if (!this.seen.has(memo)) {
        this.seen.add(memo);
        return { entry, state: step.state };
      }
    }
  }

  /** An unknown operation may not write a key inside a stretch the answers show free of writes. */
  private breaksStretch({ written, deleted }: ModelStep): boolean {
    return written.some((key) => this.open.blocks('noWrite', key)) || deleted.some((key) => this.open.blocks('noDelete', key));
  }

  private idOf(state: ModelState): number {
    const key = stateKey(state);
    let id = this.stateIds.get(key);
    if (id === undefined) this.stateIds.set(key, (id = this.stateIds.size));
    return id;
  }
}
