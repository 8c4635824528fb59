// Txn semantics of the model (etcd v3 TxnRequest): the compares decide the branch, then
// the branch's operations run in order as one write transaction, sharing one revision.
//
// Compares follow etcd's applyCompare: on a missing key, a "value" compare is false and
// the others compare against zero (createRevision, modRevision and version are 0); values
// compare as bytes. A compare on a revision the model knows only up to a range may go
// either way: the model follows both, narrowing the range to what each outcome implies.

import { compareKeys } from './lin-keys';
import { applyDelete, applyPut, narrowKey, putFails, withKey, type KeyState, type ModelState } from './lin-model';
import { splitRange, type IntRange } from './lin-revision';
import type { Compare, TxnInnerOp } from './trace-events';

export interface CompareOutcome {
  state: ModelState;
  succeeded: boolean;
}

/** Every way the compares can come out, each with the state narrowed to fit it. */
export function evaluateCompares(state: ModelState, compares: readonly Compare[]): CompareOutcome[] {
  let outcomes: CompareOutcome[] = [{ state, succeeded: true }];
  for (const compare of compares) {
    // Once one compare failed the txn fails whatever the rest say; skipping their
    // narrowing only loosens the model.
    outcomes = outcomes.flatMap((outcome) =>
      outcome.succeeded ? evaluateCompare(outcome.state, compare) : [outcome],
    );
  }
  return outcomes;
}

function evaluateCompare(state: ModelState, compare: Compare): CompareOutcome[] {
  const key = state.keys[compare.key];
  switch (compare.target) {
    case 'value':
      if (!key) return [{ state, succeeded: false }];
      return [{ state, succeeded: holds(compareKeys(key.value, String(compare.value)), compare.result) }];
    case 'version':
    case 'create':
    case 'mod':
      if (!key) return [{ state, succeeded: holds(Math.sign(0 - Number(compare.value)), compare.result) }];
      return compareNumber(state, compare, key, compare.target);
  }
}

/** A compare on a number the model may know only up to a range: each outcome that fits. */
function compareNumber(state: ModelState, compare: Compare, key: KeyState, which: 'version' | 'create' | 'mod'): CompareOutcome[] {
  const { holds: whenHolds, fails: whenFails } = splitRange(key[which], compare.result, Number(compare.value));
  const outcomes: CompareOutcome[] = [];
  const narrowTo = (range: IntRange | undefined, succeeded: boolean) => {
    const narrowed = range && narrowKey(key, which, range);
    if (narrowed) outcomes.push({ state: withKey(state, compare.key, narrowed), succeeded });
  };
  narrowTo(whenHolds, true);
  narrowTo(whenFails, false);
  return outcomes;
}

function holds(order: number, operator: Compare['result']): boolean {
  switch (operator) {
    case '=':
      return order === 0;
    case '!=':
      return order !== 0;
    case '<':
      return order < 0;
    case '>':
      return order > 0;
  }
}

/**
 * Whether a branch changes the store (so takes a new revision): a put always does, a
 * delete when its key exists at that point. 'fails' when etcd would refuse the txn.
 */
export function branchWrites(state: ModelState, ops: readonly TxnInnerOp[]): boolean | 'fails' {
  const exists = new Map<string, boolean>();
  const existsNow = (name: string) => exists.get(name) ?? Boolean(state.keys[name]);
  let writes = false;
  for (const op of ops) {
    if (op.type === 'put') {
      if ((op.ignoreValue || op.ignoreLease) && !existsNow(op.key)) return 'fails';
      exists.set(op.key, true);
      writes = true;
    } else if (op.type === 'delete') {
      writes ||= existsNow(op.key);
      exists.set(op.key, false);
    }
  }
  return writes;
}

/** Applies one single-key operation of a branch (gets change nothing). */
export function applyInner(state: ModelState, op: TxnInnerOp, revision: IntRange): ModelState {
  switch (op.type) {
    case 'put':
      return putFails(state, op) ? state : applyPut(state, op, revision);
    case 'delete':
      return state.keys[op.key] ? applyDelete(state, op) : state;
    default:
      return state;
  }
}
