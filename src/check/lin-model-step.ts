// One step of the model: every state the store can be in after an operation, given what
// its client saw (the answer), or given nothing when the outcome is unknown. An empty
// list means the operation cannot take effect there with that answer.
//
// A put, delete or get is run as a txn without compares and with one operation, whose
// answer is the operation's own: that is also how etcd's server runs them.

import { matchAnswer } from './lin-model-match';
import { readAt, writeAt, type ModelState } from './lin-model';
import { applyInner, branchWrites, evaluateCompares } from './lin-model-txn';
import { withUnseenPuts } from './lin-unseen-puts';
import type { KvOp, OpResult, TxnInnerOp, TxnOp } from './trace-events';

export interface ModelCall {
  op: KvOp;
  /** The client's answer (ok: true); undefined when the outcome is unknown. */
  result?: OpResult;
  /**
   * Without an answer: the revision at which the write is known to have taken effect
   * (lin-applied.ts). It must be linearized, must write, and its answer is not matched.
   */
  applied?: number;
}

/** A state the operation can lead to, and which keys it wrote or deleted on the way. */
export interface ModelStep {
  state: ModelState;
  written: readonly string[];
  deleted: readonly string[];
}

/** How many unseen puts of a key may take effect now (lin-unseen-puts.ts); undefined: none. */
export type UnseenAvailable = (key: string) => number;

/** What the model knows of a call's effect: its revision, its answers, and whether it surely happened. */
interface Known {
  revision: number | undefined;
  answered: boolean;
  /** Settled from an apply that moved the store's revision: it wrote (lin-applied.ts). */
  wrote: boolean;
}

export function stepModel(state: ModelState, call: ModelCall, unseen?: UnseenAvailable): ModelStep[] {
  const { op, result, applied } = call;
  const known: Known = { revision: result?.header?.revision ?? applied, answered: result !== undefined || applied !== undefined, wrote: applied !== undefined };
  if (op.type === 'txn') return stepTxn(state, op, result, known, unseen);
  return beforeWrites(state, [op], unseen).flatMap((before) => {
    const next = runBranch(before, [op], known, result && [result]);
    return next ? [next] : [];
  });
}

function stepTxn(state: ModelState, op: TxnOp, result: OpResult | undefined, known: Known, unseen: UnseenAvailable | undefined): ModelStep[] {
  const wanted = result?.succeeded;
  const next: ModelStep[] = [];
  for (const outcome of compareOutcomes(state, op, known.answered, unseen)) {
    if (wanted !== undefined && outcome.succeeded !== wanted) continue;
    const branch = outcome.succeeded ? op.success : op.failure;
    // Unseen puts never share a key with a compare (lin-unseen-puts.ts), so they can come after the compares.
    for (const before of beforeWrites(outcome.state, branch, unseen)) {
      const after = runBranch(before, branch, known, result?.responses);
      if (after) next.push(after);
    }
  }
  return next;
}

/**
 * How the compares of a txn can come out. An unknown txn that compares a key with unseen
 * puts called by now may have run where some of them had taken effect (lin-unseen-puts.ts
 * moves them to the next write): its compares may then go either way.
 */
function compareOutcomes(state: ModelState, op: TxnOp, answered: boolean, unseen: UnseenAvailable | undefined) {
  if (!answered && unseen && op.compare.some((c) => unseen(c.key) > 0)) {
    return [
      { state, succeeded: true },
      { state, succeeded: false },
    ];
  }
  return evaluateCompares(state, op.compare);
}

/** The states in which the writes of ops may find their keys: after unseen puts, if any. */
function beforeWrites(state: ModelState, ops: readonly TxnInnerOp[], unseen: UnseenAvailable | undefined): ModelState[] {
  if (!unseen) return [state];
  const keys = ops.flatMap((op) => (op.type === 'put' || op.type === 'delete' ? [op.key] : []));
  return withUnseenPuts(state, keys, unseen);
}

/**
 * Runs a branch as one write transaction at header revision `known.revision`: a new
 * revision when it writes, else the current one. `responses` (one per operation) are
 * matched against the state each operation ran on.
 */
function runBranch(state: ModelState, ops: readonly TxnInnerOp[], known: Known, responses: readonly OpResult[] | undefined): ModelStep | undefined {
  const writes = branchWrites(state, ops);
  const { revision, answered } = known;
  // etcd refuses the whole request: an answered success is impossible; otherwise no effect.
  if (writes === 'fails') return answered ? undefined : { state, written: [], deleted: [] };
  // An apply that moved the revision wrote: a branch that writes nothing is not what ran.
  if (known.wrote && !writes) return undefined;
  if (responses && responses.length !== ops.length) return undefined;
  const start = writes ? writeAt(state, revision) : { state: readAt(state, revision), revision: undefined };
  if (!start?.state) return undefined;
  const writeRevision = start.revision ?? { lo: start.state.floor, hi: start.state.floor };
  const written: string[] = [];
  const deleted: string[] = [];
  let current: ModelState | undefined = start.state;
  for (const [index, op] of ops.entries()) {
    const response = responses?.[index];
    if (response) current = matchAnswer(current, op, response);
    if (!current) return undefined;
    if (op.type === 'put' || (op.type === 'delete' && current.keys[op.key])) written.push(op.key);
    if (op.type === 'delete' && current.keys[op.key]) deleted.push(op.key);
    current = applyInner(current, op, writeRevision);
  }
  return { state: current, written, deleted };
}
