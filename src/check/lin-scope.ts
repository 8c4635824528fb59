// Which operations the linearizability checker can judge soundly.
//
// The model sees only plain put / get / delete / txn on single keys. Other writers change
// keys behind its back: lease expiry and revocation delete a lease's keys, the election
// recipe (campaign / resign) writes keys under the election prefix, a range delete
// touches keys it does not name. So a key is CHECKED only when every operation in the
// history that might write it is one the model runs:
//  - a key is TAINTED if a put with a lease names it, a range or prefix delete covers it,
//    it lies under a campaigned or resigned election prefix, or an `elected` event names
//    it; and so are the keys a txn might write when the txn is not modelled (a range or
//    lease or nested txn inside, a compare on a range, a key written twice, or any key it
//    touches tainted: found by iterating to a fixed point);
//  - every operation on checked keys only is checked; reads with a range are projected
//    onto the checked keys they cover (lin-ranges.ts), or skipped when their answer is
//    incomplete (they write nothing, so skipping them is sound); serializable reads and
//    reads at a past revision are not linearizable in etcd, and get a weaker check
//    (lin-reads-from).
// Checked operations are split into partitions of keys that txns connect; since every
// write to a partition's keys is in that partition, each can be searched on its own
// (P-compositionality). Revisions couple partitions only through the global counter,
// which the model treats as a lower bound (lin-revision.ts) and lin-revision-order checks
// across the whole history.

import { settleFromApplies } from './lin-applied';
import { collectCalls, type ClientCall } from './lin-history';
import { judgementOf, type Judgement } from './lin-judged';
import { spanContains, spanOf, type KeySpan } from './lin-keys';
import { isRangeGet, projectRange } from './lin-ranges';
import type { ClientOp, GetOp, TraceEvent, TxnInnerOp, TxnOp } from './trace-events';

export interface Partition {
  keys: string[];
  calls: ClientCall[];
}

export interface CheckScope {
  calls: ClientCall[];
  partitions: Partition[];
  /** Serializable and past-revision reads of checked keys. */
  looseReads: ClientCall[];
  checkedKeys: ReadonlySet<string>;
  /** How many key-value calls are judged, and why the others are not (lin-judged.ts). */
  judgement: Judgement;
  /**
   * Nothing writes outside the checked calls, so the store's revision counts only their
   * writes: every key is checked and there is no lease, election or compaction call.
   */
  closed: boolean;
}

const KV_OR_WATCH = new Set(['put', 'get', 'delete', 'txn', 'watch']);

class TaintedKeys {
  private exact = new Set<string>();
  private spans: KeySpan[] = [];

  get empty(): boolean {
    return this.exact.size === 0 && this.spans.length === 0;
  }
  add(span: KeySpan): void {
    if (span.kind === 'key') this.exact.add(span.key);
    else this.spans.push(span);
  }
  has(key: string): boolean {
    return this.exact.has(key) || this.spans.some((span) => spanContains(span, key));
  }
}

export function scopeOf(trace: readonly TraceEvent[]): CheckScope {
  // Unknown-outcome writes settled from the apply events first: they may untaint nothing,
  // but they decide which calls are answered (lin-applied.ts).
  const calls = settleFromApplies(trace, collectCalls(trace));
  const tainted = taintedKeys(trace, calls);
  const modelled = (call: ClientCall) => isModelled(call.op, tainted.keys);
  const checkedKeys = new Set(calls.filter(modelled).flatMap((call) => namedKeys(call.op)));
  // Range reads, projected onto the checked keys they cover (lin-ranges.ts).
  const projections = new Map(calls.filter((call) => isRangeGet(call.op)).map((call) => [call, projectRange(call, checkedKeys)] as const));
  const judged = [...calls, ...[...projections.values()].flat()].filter(modelled);
  const searched = judged.filter((call) => call.outcome !== 'failed' && !isLooseRead(call.op));
  return {
    calls,
    partitions: partition(searched.filter((call) => !(call.op.type === 'get' && call.outcome === 'unknown'))),
    looseReads: judged.filter((call) => call.outcome === 'ok' && isLooseRead(call.op)),
    checkedKeys,
    judgement: judgementOf(calls, { projections, modelledShape: isModelledShape, modelled }),
    closed: tainted.keys.empty && !tainted.someTxnUnmodelled && calls.every((call) => KV_OR_WATCH.has(call.op.type)),
  };
}

function taintedKeys(trace: readonly TraceEvent[], calls: readonly ClientCall[]) {
  const keys = new TaintedKeys();
  for (const event of trace) if (event.ev === 'elected') keys.add({ kind: 'key', key: event.key });
  for (const { op } of calls) {
    if (op.type === 'campaign' || op.type === 'resign') keys.add({ kind: 'prefix', prefix: op.election });
    else if (op.type === 'put' || op.type === 'delete') {
      if (!isModelledShape(op)) keys.add(spanOf(op));
    }
  }
  let txns = calls.map((call) => call.op).filter((op): op is TxnOp => op.type === 'txn');
  const someTxnUnmodelled = txns.some((op) => !isModelledShape(op));
  // A txn the model cannot run may write any key it names; that may taint other txns.
  for (let changed = true; changed; ) {
    const unmodelled = new Set(txns.filter((op) => !isModelled(op, keys)));
    for (const op of unmodelled) for (const span of writtenSpans(op)) keys.add(span);
    txns = txns.filter((op) => !unmodelled.has(op));
    changed = unmodelled.size > 0;
  }
  return { keys, someTxnUnmodelled };
}

/** Whether the model runs this operation: a modelled shape on untainted keys only. */
function isModelled(op: ClientOp, tainted: TaintedKeys): boolean {
  return isModelledShape(op) && namedKeys(op).every((key) => !tainted.has(key));
}

function isModelledShape(op: ClientOp | TxnInnerOp): boolean {
  switch (op.type) {
    case 'put':
      return !op.lease;
    case 'delete':
      return spanOf(op).kind === 'key';
    case 'get':
      return isModelledGet(op);
    case 'txn':
      return isModelledTxn(op);
    default:
      return false;
  }
}

function isModelledGet(op: GetOp): boolean {
  const filters = [op.minModRevision, op.maxModRevision, op.minCreateRevision, op.maxCreateRevision];
  return spanOf(op).kind === 'key' && filters.every((filter) => filter === undefined);
}

/**
 * Serializable reads may be stale, past-revision reads read history (etcd): not
 * linearizable. A revision of 0 or less means "the current one" in etcd.
 */
export function isLooseRead(op: ClientOp | TxnInnerOp): boolean {
  return op.type === 'get' && (Boolean(op.serializable) || (op.revision ?? 0) > 0);
}

function isModelledTxn(op: TxnOp): boolean {
  const comparesFit = op.compare.every(
    (c) => (c.rangeEnd ?? '') === '' && typeof c.value === (c.target === 'value' ? 'string' : 'number'),
  );
  const branchFits = (ops: readonly TxnInnerOp[]) => {
    const written = ops.filter((inner) => inner.type === 'put' || inner.type === 'delete').map((inner) => (inner as { key: string }).key);
    const innerFits = ops.every((inner) => inner.type !== 'txn' && isModelledShape(inner) && !isLooseRead(inner));
    return innerFits && new Set(written).size === written.length;
  };
  return comparesFit && branchFits(op.success) && branchFits(op.failure);
}

/** Every key an operation names (its ranges count by their first key only; see isModelledShape). */
function namedKeys(op: ClientOp | TxnInnerOp): string[] {
  switch (op.type) {
    case 'put':
    case 'get':
    case 'delete':
      return [op.key];
    case 'txn':
      return [...op.compare.map((c) => c.key), ...op.success.flatMap(namedKeys), ...op.failure.flatMap(namedKeys)];
    default:
      return [];
  }
}

/** The keys a txn might write, in either branch, nested txns included. */
function writtenSpans(op: TxnInnerOp): KeySpan[] {
  switch (op.type) {
    case 'put':
      return [{ kind: 'key', key: op.key }];
    case 'delete':
      return [spanOf(op)];
    case 'txn':
      return [...op.success, ...op.failure].flatMap(writtenSpans);
    default:
      return [];
  }
}

/** Groups calls into partitions of keys connected by txns (union-find over keys). */
function partition(calls: readonly ClientCall[]): Partition[] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    if (!parent.has(key)) parent.set(key, key);
    let root = key;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    parent.set(key, root);
    return root;
  };
  for (const call of calls) {
    const [first, ...rest] = namedKeys(call.op);
    if (first === undefined) continue;
    for (const key of rest) parent.set(find(key), find(first));
  }
  const groups = new Map<string, Partition>();
  for (const call of calls) {
    const root = find(namedKeys(call.op)[0] ?? '');
    if (!groups.has(root)) groups.set(root, { keys: [], calls: [] });
    groups.get(root)?.calls.push(call);
  }
  for (const [key] of parent) groups.get(find(key))?.keys.push(key);
  return [...groups.values()];
}
