// What the client form holds: plain strings as typed, turned into an op by validate.ts.
// One set of fields serves every operation (key, value, revision, ttl, lease ...): the form
// shows the ones the chosen operation takes, so switching operations keeps what was typed.

import type { CompareResult, CompareTarget } from '../../../sim/scenario-types';

export const OP_TYPES = [
  'put',
  'get',
  'delete',
  'txn',
  'compact',
  'watch',
  'lease-grant',
  'lease-revoke',
  'lease-keepalive',
  'lease-timetolive',
  'lease-leases',
  'campaign',
  'proclaim',
  'resign',
  'leader',
  'observe',
  'lock',
  'unlock',
] as const;
export type FormOpType = (typeof OP_TYPES)[number];

/** How the operation picker groups them (etcdctl's kv, lease, elect and lock commands). */
export const OP_GROUPS: { group: 'kv' | 'lease' | 'election' | 'lock'; types: FormOpType[] }[] = [
  { group: 'kv', types: ['put', 'get', 'delete', 'txn', 'compact', 'watch'] },
  { group: 'lease', types: ['lease-grant', 'lease-revoke', 'lease-keepalive', 'lease-timetolive', 'lease-leases'] },
  { group: 'election', types: ['campaign', 'proclaim', 'resign', 'leader', 'observe'] },
  { group: 'lock', types: ['lock', 'unlock'] },
];

export const COMPARE_TARGETS: readonly CompareTarget[] = ['create', 'mod', 'version', 'value'];
export const COMPARE_RESULTS: readonly CompareResult[] = ['=', '!=', '<', '>'];
export const TXN_OP_TYPES = ['put', 'get', 'delete'] as const;
export type TxnRowType = (typeof TXN_OP_TYPES)[number];

/** Rows in each part of the txn builder: enough to teach, few enough to read. */
export const MAX_TXN_ROWS = 6;

export interface CompareRow {
  key: string;
  target: CompareTarget;
  result: CompareResult;
  value: string;
}

export interface TxnRow {
  type: TxnRowType;
  key: string;
  value: string;
  prefix: boolean;
}

/** The client choice that reveals a text field for a new client name. */
export const NEW_CLIENT = '+new';
/** The node choice that lets the client pick (its leader hint, else a node of its own). */
export const ANY_NODE = '';

export interface FormState {
  client: string;
  newClient: string;
  node: string;
  type: FormOpType;
  key: string;
  value: string;
  prefix: boolean;
  prevKv: boolean;
  serializable: boolean;
  /** get: read at; watch: start at; compact: compact up to. */
  revision: string;
  /** lease-grant's TTL. */
  ttl: string;
  /** campaign / lock: the session lease's TTL (a separate field: a different lease). */
  sessionTtl: string;
  /** Lease id in hex, as etcdctl takes it: put --lease, revoke, keep-alive, timetolive. */
  lease: string;
  /** lease-grant: an id of our choosing (hex), or empty for the server's. */
  grantId: string;
  keys: boolean;
  election: string;
  lockName: string;
  compares: CompareRow[];
  success: TxnRow[];
  failure: TxnRow[];
}

export function initialForm(): FormState {
  return {
    client: 'c1',
    newClient: '',
    node: ANY_NODE,
    type: 'put',
    key: 'a',
    value: '1',
    prefix: false,
    prevKv: false,
    serializable: false,
    revision: '',
    ttl: '',
    sessionTtl: '',
    lease: '',
    grantId: '',
    keys: false,
    election: 'e',
    lockName: 'lock',
    compares: [{ key: 'a', target: 'version', result: '=', value: '1' }],
    success: [{ type: 'put', key: 'a', value: '2', prefix: false }],
    failure: [{ type: 'get', key: 'a', value: '', prefix: false }],
  };
}

/** The client the form sends as. */
export function chosenClient(form: FormState): string {
  return form.client === NEW_CLIENT ? form.newClient.trim() : form.client;
}
