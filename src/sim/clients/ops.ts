// From a scenario's client operation to what is sent to a server, and short labels for
// log entries ("put a=1").

import type { KvRequest } from '../../kv';
import type { ClientOp, TxnInnerOp } from '../scenario-types';

/** The kv request for an op that is one request (put, get, delete, txn, compact, leases). */
export function kvRequestOf(op: ClientOp): KvRequest | undefined {
  switch (op.type) {
    case 'put':
    case 'get':
    case 'delete':
    case 'txn':
    case 'compact':
    case 'lease-grant':
    case 'lease-revoke':
      return op as KvRequest;
    default:
      return undefined;
  }
}

const LABEL_VALUE_CHARS = 12;

export function labelOf(req: KvRequest | TxnInnerOp): string {
  switch (req.type) {
    case 'put':
      return `put ${req.key}=${short(req.value)}`;
    case 'get':
      return `get ${req.key}${req.prefix ? '*' : ''}`;
    case 'delete':
      return `del ${req.key}${req.prefix ? '*' : req.rangeEnd ? '..' : ''}`;
    case 'txn':
      return `txn ${req.compare.map((c) => c.key).join(',')}`;
    case 'compact':
      return `compact ${req.revision}`;
    case 'lease-grant':
      return `lease-grant ${req.ttl}s`;
    case 'lease-revoke':
      return `lease-revoke ${req.id.toString(16)}`;
    case 'lease-checkpoint':
      return 'lease-checkpoint';
  }
}

function short(value: string): string {
  return value.length > LABEL_VALUE_CHARS ? `${value.slice(0, LABEL_VALUE_CHARS)}…` : value;
}
