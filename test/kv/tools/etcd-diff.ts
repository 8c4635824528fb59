// Differential check of the kv store against a real etcd (not part of the test suite: it
// needs a running etcd). Start a FRESH etcd (the store must be at revision 1), then:
//
//   npx tsx test/kv/tools/etcd-diff.ts http://127.0.0.1:23790 [seed] [ops]
//
// It applies the same random requests to both, through etcd's JSON gateway, and stops at the
// first answer that differs; then it compares watch replays (with prev_kv) from around the
// last compaction. Leases get TTLs long enough not to expire during the run. Results so far:
// ~25,000 requests and their watch replays agree with etcd 3.4.23, except the one known
// difference noted in compareWatch (a tombstone at exactly the compaction revision).

import { clientRange, KvStateMachine, type Compare, type Kv, type KvRequest, type TxnOpRequest } from '../../../src/kv';
import { prng } from '../helpers';

type Json = Record<string, unknown>;
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const unb64 = (s: unknown) => (typeof s === 'string' ? Buffer.from(s, 'base64').toString('utf8') : '');
const num = (x: unknown) => (x === undefined ? 0 : Number(x));

const SORT_TARGET = { key: 'KEY', version: 'VERSION', create: 'CREATE', mod: 'MOD', value: 'VALUE' };
const SORT_ORDER = { none: 'NONE', ascend: 'ASCEND', descend: 'DESCEND' };
const RESULT = { '=': 'EQUAL', '!=': 'NOT_EQUAL', '<': 'LESS', '>': 'GREATER' };
const TARGET_FIELD = { create: 'create_revision', mod: 'mod_revision', version: 'version', value: 'value', lease: 'lease' };

/** Key and range end as clientv3 sends them (an empty key with prefix / from-key is key "\\0"). */
function wireRange(op: { key: string; rangeEnd?: string; prefix?: boolean }): Json {
  const { key, rangeEnd } = clientRange(op.key, op.rangeEnd, op.prefix);
  return { key: b64(key), ...(rangeEnd ? { range_end: b64(rangeEnd) } : {}) };
}

function toEtcdOp(op: TxnOpRequest): Json {
  switch (op.type) {
    case 'get': {
      return {
        ...wireRange(op),
        limit: op.limit ?? 0,
        revision: op.revision ?? 0,
        sort_target: SORT_TARGET[op.sortTarget ?? 'key'],
        sort_order: SORT_ORDER[op.sortOrder ?? 'none'],
        keys_only: !!op.keysOnly,
        count_only: !!op.countOnly,
        min_mod_revision: op.minModRevision ?? 0,
        max_mod_revision: op.maxModRevision ?? 0,
        min_create_revision: op.minCreateRevision ?? 0,
        max_create_revision: op.maxCreateRevision ?? 0,
      };
    }
    case 'put':
      return { key: b64(op.key), value: b64(op.value), lease: op.lease ?? 0, prev_kv: !!op.prevKv, ignore_value: !!op.ignoreValue, ignore_lease: !!op.ignoreLease };
    case 'delete': {
      return { ...wireRange(op), prev_kv: !!op.prevKv };
    }
    case 'txn':
      return {
        compare: op.compare.map(toEtcdCompare),
        success: op.success.map(toRequestOp),
        failure: op.failure.map(toRequestOp),
      };
  }
}

function toEtcdCompare(c: Compare): Json {
  const v = c.target === 'value' ? b64(String(c.value)) : c.value;
  return { key: b64(c.key), ...(c.rangeEnd ? { range_end: b64(c.rangeEnd) } : {}), target: c.target.toUpperCase(), result: RESULT[c.result], [TARGET_FIELD[c.target]]: v };
}

function toRequestOp(op: TxnOpRequest): Json {
  const field = { get: 'request_range', put: 'request_put', delete: 'request_delete_range', txn: 'request_txn' }[op.type];
  return { [field]: toEtcdOp(op) };
}

function fromEtcdKv(kv: Json): Kv {
  return { key: unb64(kv.key), value: unb64(kv.value), createRevision: num(kv.create_revision), modRevision: num(kv.mod_revision), version: num(kv.version), lease: num(kv.lease) };
}

/** etcd's JSON answer in our shape, given the request it answers. */
function fromEtcd(req: KvRequest | TxnOpRequest, r: Json): unknown {
  const header = { revision: num((r.header as Json | undefined)?.revision) };
  switch (req.type) {
    case 'get':
      return { header, kvs: ((r.kvs as Json[]) ?? []).map(fromEtcdKv), count: num(r.count), ...(r.more ? { more: true } : {}) };
    case 'put':
      return { header, ...(r.prev_kv ? { prevKv: fromEtcdKv(r.prev_kv as Json) } : {}) };
    case 'delete':
      return { header, deleted: num(r.deleted), ...(r.prev_kvs ? { prevKvs: (r.prev_kvs as Json[]).map(fromEtcdKv) } : {}) };
    case 'txn': {
      const ops = r.succeeded ? req.success : req.failure;
      const responses = ((r.responses as Json[]) ?? []).map((resp, i) => fromEtcd(ops[i] as TxnOpRequest, Object.values(resp)[0] as Json));
      return { header, succeeded: !!r.succeeded, responses };
    }
    case 'lease-grant':
      return { header, id: num(r.ID), ttl: num(r.TTL) };
    default:
      return { header };
  }
}

/** Ours, with the optional empty prevKvs dropped (etcd's JSON omits empty lists). */
function normalizeOurs(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x, (k, v) => (k === 'prevKvs' && Array.isArray(v) && v.length === 0 ? undefined : v)));
}

const PATHS: Record<KvRequest['type'], string> = {
  get: 'kv/range',
  put: 'kv/put',
  delete: 'kv/deleterange',
  txn: 'kv/txn',
  compact: 'kv/compaction',
  'lease-grant': 'lease/grant',
  'lease-revoke': 'lease/revoke',
  'lease-checkpoint': '',
};

async function callEtcd(base: string, req: KvRequest): Promise<{ ok: boolean; value: unknown }> {
  let body: Json;
  if (req.type === 'compact') body = { revision: req.revision };
  else if (req.type === 'lease-grant') body = { TTL: req.ttl, ID: req.id ?? 0 };
  else if (req.type === 'lease-revoke') body = { ID: req.id };
  else body = toEtcdOp(req as TxnOpRequest);
  const res = await fetch(`${base}/v3/${PATHS[req.type]}`, { method: 'POST', body: JSON.stringify(body) });
  const json = (await res.json()) as Json;
  if (typeof json.error === 'string') return { ok: false, value: json.error };
  return { ok: true, value: fromEtcd(req, json) };
}

// '' exercises clientv3's whole-keyspace spelling (get/del "" --prefix) and etcd's empty-key error.
const KEYS = ['a', 'b', 'k1', 'k2', 'k3', 'k4', ''];

function randomOp(rand: (n: number) => number, rev: number, depth = 0): TxnOpRequest {
  const key = KEYS[rand(KEYS.length)] as string;
  const roll = rand(depth > 0 ? 9 : 10);
  if (roll < 4) return { type: 'put', key, value: `v${rand(4)}`, ...(rand(3) === 0 ? { lease: 1 + rand(3) } : {}), ...(rand(2) ? { prevKv: true } : {}), ...(rand(8) === 0 ? { value: '', ignoreValue: true } : {}) };
  if (roll < 6) {
    const sorts = [{}, { sortTarget: 'value' as const }, { sortTarget: 'mod' as const, sortOrder: 'descend' as const }, { sortOrder: 'descend' as const }, { sortTarget: 'version' as const, sortOrder: 'ascend' as const }];
    return { type: 'get', key: rand(2) ? 'k' : key, ...(rand(2) === 0 ? { prefix: true } : rand(6) === 0 ? { rangeEnd: '\0' } : {}), limit: rand(4), ...sorts[rand(sorts.length)], ...(rand(4) === 0 ? { revision: 1 + rand(rev + 1) } : {}), ...(rand(5) === 0 ? { minModRevision: rand(rev + 1), maxCreateRevision: rand(rev + 1) } : {}), ...(rand(6) === 0 ? { keysOnly: true } : {}), ...(rand(8) === 0 ? { countOnly: true } : {}) };
  }
  if (roll < 8) return { type: 'delete', key: rand(3) === 0 ? 'k' : key, prefix: rand(3) === 0, prevKv: rand(2) === 0 };
  const targets = ['create', 'mod', 'version', 'value'] as const;
  const target = targets[rand(4)] as Compare['target'];
  const compare: Compare = { key, ...(rand(4) === 0 ? { rangeEnd: 'k9' } : {}), target, result: (['=', '!=', '<', '>'] as const)[rand(4)] as Compare['result'], value: target === 'value' ? `v${rand(4)}` : rand(rev + 2) };
  const ops = (n: number) => Array.from({ length: n }, () => randomOp(rand, rev, depth + 1)).filter((op) => op.type !== 'txn' || depth < 1);
  return { type: 'txn', compare: rand(4) ? [compare] : [], success: ops(rand(4)), failure: ops(rand(3)) };
}

function randomRequest(rand: (n: number) => number, rev: number): KvRequest {
  const roll = rand(20);
  if (roll === 0) return { type: 'compact', revision: Math.max(0, rev + 1 - rand(8)) };
  if (roll === 1) return { type: 'lease-grant', ttl: 1000 + rand(100), id: 1 + rand(3) };
  if (roll === 2) return { type: 'lease-revoke', id: 1 + rand(3) };
  return randomOp(rand, rev);
}

/** Replays etcd's history through a watch from `startRevision` (prev_kv on), until `count` events came. */
async function etcdWatchReplay(base: string, startRevision: number, count: number): Promise<unknown[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const body = { create_request: { key: b64('\0'), range_end: b64('\0'), start_revision: startRevision, prev_kv: true } };
  const res = await fetch(`${base}/v3/watch`, { method: 'POST', body: JSON.stringify(body), signal: controller.signal });
  const events: unknown[] = [];
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  let buffered = '';
  try {
    while (events.length < count) {
      const { done, value } = await reader.read();
      if (done) break;
      buffered += Buffer.from(value).toString('utf8');
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = JSON.parse(buffered.slice(0, nl)) as { result?: { events?: Json[]; canceled?: boolean; compact_revision?: string } };
        buffered = buffered.slice(nl + 1);
        if (line.result?.canceled) return [{ canceled: true, compactRevision: num(line.result.compact_revision) }];
        for (const e of line.result?.events ?? []) {
          events.push({ type: e.type ?? 'PUT', kv: fromEtcdKv(e.kv as Json), ...(e.prev_kv ? { prevKv: fromEtcdKv(e.prev_kv as Json) } : {}) });
        }
      }
    }
  } catch {
    // aborted: compare what arrived
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return events;
}

async function compareWatch(base: string, kv: KvStateMachine, startRevision: number): Promise<boolean> {
  const responses = kv.watch({ key: '\0', rangeEnd: '\0', startRevision, prevKv: true }).slice(1);
  // Known difference: etcd 3.4 drops a tombstone at exactly the compaction revision; etcd >= 3.5
  // (and this store) keep it, so a watch from the compaction revision sees that delete.
  const keptTombstone = (e: { type: string; kv: Kv }) => e.type === 'DELETE' && e.kv.modRevision === kv.compactRevision;
  const ours = responses[0]?.canceled
    ? [{ canceled: true, compactRevision: responses[0].compactRevision }]
    : responses.flatMap((r) => r.events).filter((e) => !keptTombstone(e));
  const theirs = await etcdWatchReplay(base, startRevision, ours.length);
  if (JSON.stringify(ours) === JSON.stringify(theirs)) return true;
  console.log(`WATCH MISMATCH from ${startRevision}\n ours: ${JSON.stringify(ours).slice(0, 2000)}\n etcd: ${JSON.stringify(theirs).slice(0, 2000)}`);
  return false;
}

async function main(): Promise<void> {
  const [base = 'http://127.0.0.1:23790', seedArg = '1', countArg = '500'] = process.argv.slice(2);
  const rand = prng(Number(seedArg));
  const kv = new KvStateMachine({ minLeaseTtl: 2 });
  const tally = new Map<string, number>();
  for (let i = 0; i < Number(countArg); i++) {
    const req = randomRequest(rand, kv.revision);
    const invalid = kv.validate(req);
    const ours = invalid !== null ? { ok: false, value: invalid } : (({ outcome }) => (outcome.ok ? { ok: true, value: normalizeOurs(outcome.value) } : { ok: false, value: outcome.error }))(kv.apply(req, 0));
    const theirs = await callEtcd(base, req);
    const label = ours.ok ? req.type : String(ours.value);
    tally.set(label, (tally.get(label) ?? 0) + 1);
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
      console.log(`MISMATCH at op ${i}: ${JSON.stringify(req)}\n ours:  ${JSON.stringify(ours)}\n etcd:  ${JSON.stringify(theirs)}`);
      process.exit(1);
    }
  }
  console.log(`ok: ${countArg} requests agree, revision ${kv.revision}`);
  for (const start of [kv.compactRevision - 1, kv.compactRevision, kv.compactRevision + 1, kv.revision - 20]) {
    if (!(await compareWatch(base, kv, start))) process.exit(1);
  }
  console.log(`ok: watch replays agree from ${kv.compactRevision - 1}, ${kv.compactRevision}, ${kv.compactRevision + 1}, ${kv.revision - 20}`);
  console.log(JSON.stringify(Object.fromEntries([...tally].sort())));
}

void main();
