// From the form to a client action (SCENARIO.md `client` step), or to problems that name
// the field and say what is wrong. Only what the scenario format cannot carry is stopped
// here (a TTL that is not a whole number, a negative revision, an unknown node, strings
// over 256 characters, a bad client name); what etcd itself refuses (an empty key, a
// compacted or future revision, an unknown lease) goes through so the learner sees etcd's
// answer. The scenario parser checks the result once more, so nothing invalid reaches the
// simulation. Pure.

import type { Action } from '../../../protocol';
import type { ClientOp, Compare, TxnInnerOp } from '../../../sim/scenario-types';
import { parseScenario, scenarioLimits } from '../../../scenario';
import { ANY_NODE, chosenClient, type CompareRow, type FormState, type TxnRow } from './form-state';

export interface Problem {
  /** An i18n key under clients:problem. */
  code: 'client-name' | 'unknown-node' | 'too-long' | 'whole-number' | 'negative' | 'required' | 'ttl-positive' | 'lease-hex' | 'lease-range' | 'too-large' | 'scenario';
  params?: Record<string, string | number>;
}

/** Problems by field: "key", "ttl", "compares.0.value", "success.1.key" ... */
export type Problems = Record<string, Problem>;

export type Checked = { ok: true; action: Action } | { ok: false; problems: Problems };

export interface FormContext {
  /** Node ids of the cluster now. */
  nodes: readonly string[];
}

/** Collects problems while reading fields; each reader returns a value or undefined. */
class Reader {
  problems: Problems = {};

  text(field: string, value: string): string {
    if (value.length > scenarioLimits.MAX_STRING) this.problems[field] = { code: 'too-long', params: { length: value.length, max: scenarioLimits.MAX_STRING } };
    return value;
  }

  /** A whole number; empty gives undefined unless required. */
  integer(field: string, raw: string, opts: { required?: boolean; min?: number } = {}): number | undefined {
    const text = raw.trim();
    if (text === '') {
      if (opts.required) this.problems[field] = { code: 'required' };
      return undefined;
    }
    if (!/^[+-]?\d+$/.test(text)) {
      this.problems[field] = { code: 'whole-number', params: { value: raw } };
      return undefined;
    }
    const n = Number(text);
    if (!Number.isSafeInteger(n)) this.problems[field] = { code: 'too-large', params: { max: Number.MAX_SAFE_INTEGER } };
    else if (opts.min === 0 && n < 0) this.problems[field] = { code: 'negative', params: { value: n } };
    else if (opts.min === 1 && n < 1) this.problems[field] = { code: 'ttl-positive', params: { value: n } };
    else return n;
    return undefined;
  }

  /** A lease id in hex, as etcdctl prints and reads it ("694d77aa9e38260f", or "0x..."). */
  lease(field: string, raw: string, required: boolean): number | undefined {
    const ref = this.leaseRef(field, raw, required);
    if (typeof ref === 'string') {
      this.problems[field] = { code: 'lease-range', params: { value: raw } };
      return undefined;
    }
    return ref;
  }

  /**
   * A lease id an op may name: any int64 in hex, as etcdctl parses it (ParseInt(s, 16, 64));
   * ids past 2^53 become their exact decimal string (scenario-types LeaseRef), so the server
   * answers them ("requested lease not found") instead of the form refusing them.
   */
  leaseRef(field: string, raw: string, required: boolean): number | string | undefined {
    const text = raw.trim().replace(/^0x/i, '');
    if (/^[0-9a-f]+$/i.test(text) && BigInt(`0x${text}`) > BigInt(scenarioLimits.MAX_LEASE_ID) && BigInt(`0x${text}`) < 2n ** 63n) {
      return BigInt(`0x${text}`).toString();
    }
    return this.leaseNumber(field, raw, required);
  }

  private leaseNumber(field: string, raw: string, required: boolean): number | undefined {
    const text = raw.trim().replace(/^0x/i, '');
    if (text === '') {
      if (required) this.problems[field] = { code: 'required' };
      return undefined;
    }
    if (!/^[0-9a-f]+$/i.test(text)) {
      this.problems[field] = { code: 'lease-hex', params: { value: raw } };
      return undefined;
    }
    const n = parseInt(text, 16);
    if (n < 1 || n > scenarioLimits.MAX_LEASE_ID) {
      this.problems[field] = { code: 'lease-range', params: { value: raw } };
      return undefined;
    }
    return n;
  }
}

export function checkForm(form: FormState, ctx: FormContext): Checked {
  const r = new Reader();
  const client = chosenClient(form);
  if (!scenarioLimits.ID_PATTERN.test(client)) r.problems.client = { code: 'client-name', params: { name: client } };
  const node = form.node === ANY_NODE ? undefined : form.node;
  if (node !== undefined && node !== scenarioLimits.LEADER && !ctx.nodes.includes(node)) {
    r.problems.node = { code: 'unknown-node', params: { node, nodes: ctx.nodes.join(', ') } };
  }
  const op = readOp(form, r);
  if (!op || Object.keys(r.problems).length > 0) return { ok: false, problems: r.problems };
  const action: Action = node === undefined ? { do: 'client', client, op } : { do: 'client', client, op, node };
  return confirmWithParser(action);
}

function readOp(form: FormState, r: Reader): ClientOp | undefined {
  switch (form.type) {
    case 'put':
    case 'get':
    case 'delete':
      return readKvOp(form, r, form.type);
    case 'txn':
      return readTxn(form, r);
    case 'compact': {
      const revision = r.integer('revision', form.revision, { required: true, min: 0 });
      return revision === undefined ? undefined : { type: 'compact', revision };
    }
    case 'watch': {
      const key = r.text('key', form.key);
      const start = r.integer('revision', form.revision, { min: 0 });
      return { type: 'watch', key, ...(form.prefix ? { prefix: true } : {}), ...(start ? { startRevision: start } : {}) };
    }
    default:
      return readLeaseOp(form, r) ?? readElectionOp(form, r);
  }
}

function readKvOp(form: FormState, r: Reader, type: 'put' | 'get' | 'delete'): ClientOp | undefined {
  const key = r.text('key', form.key);
  if (type === 'put') {
    const value = r.text('value', form.value);
    const lease = r.leaseRef('lease', form.lease, false);
    return { type, key, value, ...(lease ? { lease } : {}), ...(form.prevKv ? { prevKv: true } : {}) };
  }
  if (type === 'delete') return { type, key, ...(form.prefix ? { prefix: true } : {}), ...(form.prevKv ? { prevKv: true } : {}) };
  const revision = r.integer('revision', form.revision, { min: 0 });
  return { type, key, ...(form.prefix ? { prefix: true } : {}), ...(revision ? { revision } : {}), ...(form.serializable ? { serializable: true } : {}) };
}

function readLeaseOp(form: FormState, r: Reader): ClientOp | undefined {
  switch (form.type) {
    case 'lease-grant': {
      const ttl = r.integer('ttl', form.ttl, { required: true });
      const id = r.lease('grantId', form.grantId, false);
      return ttl === undefined ? undefined : { type: 'lease-grant', ttl, ...(id ? { id } : {}) };
    }
    case 'lease-revoke':
    case 'lease-keepalive':
    case 'lease-timetolive': {
      const id = r.leaseRef('lease', form.lease, true);
      if (id === undefined) return undefined;
      return form.type === 'lease-timetolive' ? { type: form.type, id, ...(form.keys ? { keys: true } : {}) } : { type: form.type, id };
    }
    case 'lease-leases':
      return { type: 'lease-leases' };
    default:
      return undefined;
  }
}

function readElectionOp(form: FormState, r: Reader): ClientOp | undefined {
  switch (form.type) {
    case 'campaign':
    case 'lock': {
      // etcd's session keeps its lease alive every TTL/3: a TTL under a second means nothing.
      const ttl = r.integer('sessionTtl', form.sessionTtl, { min: 1 });
      const withTtl = ttl === undefined ? {} : { ttl };
      if (form.type === 'lock') return { type: 'lock', name: r.text('lockName', form.lockName), ...withTtl };
      return { type: 'campaign', election: r.text('election', form.election), value: r.text('value', form.value), ...withTtl };
    }
    case 'proclaim':
      return { type: 'proclaim', election: r.text('election', form.election), value: r.text('value', form.value) };
    case 'resign':
    case 'leader':
    case 'observe':
      return { type: form.type, election: r.text('election', form.election) };
    case 'unlock':
      return { type: 'unlock', name: r.text('lockName', form.lockName) };
    default:
      return undefined;
  }
}

function readTxn(form: FormState, r: Reader): ClientOp {
  const compare = form.compares.map((c, i) => readCompare(c, `compares.${i}`, r));
  const rows = (list: TxnRow[], part: 'success' | 'failure') => list.map((row, i) => readTxnRow(row, `${part}.${i}`, r));
  return { type: 'txn', compare: compare.filter((c): c is Compare => c !== undefined), success: rows(form.success, 'success'), failure: rows(form.failure, 'failure') };
}

function readCompare(c: CompareRow, at: string, r: Reader): Compare | undefined {
  const key = r.text(`${at}.key`, c.key);
  if (c.target === 'value') return { key, target: c.target, result: c.result, value: r.text(`${at}.value`, c.value) };
  // Revisions and versions are whole numbers; etcd compares them as int64, so 0 and negatives are fine.
  const value = r.integer(`${at}.value`, c.value, { required: true });
  return value === undefined ? undefined : { key, target: c.target, result: c.result, value };
}

function readTxnRow(row: TxnRow, at: string, r: Reader): TxnInnerOp {
  const key = r.text(`${at}.key`, row.key);
  if (row.type === 'put') return { type: 'put', key, value: r.text(`${at}.value`, row.value) };
  return { type: row.type, key, ...(row.prefix ? { prefix: true } : {}) };
}

/** The scenario format's own check of the step, so the page never records what it would refuse. */
function confirmWithParser(action: Action): Checked {
  if (action.do !== 'client') return { ok: true, action };
  const { node: _node, ...step } = action;
  const parsed = parseScenario({ version: 1, seed: 1, cluster: { nodes: ['n1'] }, steps: [{ at: 0, ...step }] });
  if (parsed.ok) return { ok: true, action };
  return { ok: false, problems: { form: { code: 'scenario', params: { message: parsed.error.replace(/^steps\[0\]\./, '') } } } };
}
