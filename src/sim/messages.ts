// What travels on the simulated network, and the short summaries of Raft messages that
// the trace and the page show.

import type { Message } from '../raft';
import type { MessageSummary } from './trace-types';

/** A message on the wire: a Raft message between nodes, or a client request or answer. */
export interface Envelope {
  readonly id: number;
  readonly from: string;
  readonly to: string;
  readonly sentAt: number;
  readonly deliverAt: number;
  readonly payload: Payload;
}

export type Payload =
  | { readonly kind: 'raft'; readonly msg: Message }
  | { readonly kind: 'request'; readonly client: string; readonly seq: number; readonly req: unknown }
  | { readonly kind: 'response'; readonly client: string; readonly seq: number; readonly res: unknown };

/** The fields of a Raft message worth showing, in a fixed order. */
export function summarizeRaft(m: Message): MessageSummary {
  const s: MessageSummary = { type: m.type, term: m.term };
  if (m.index !== undefined) s.index = m.index;
  if (m.logTerm !== undefined) s.logTerm = m.logTerm;
  if (m.entries !== undefined) s.entries = m.entries.length;
  if (m.commit !== undefined) s.commit = m.commit;
  if (m.reject) s.reject = true;
  if (m.rejectHint !== undefined) s.hint = m.rejectHint;
  if (m.snapshot) {
    s.index = m.snapshot.meta.index;
    s.logTerm = m.snapshot.meta.term;
  }
  if (m.context !== undefined) s.context = m.context;
  return s;
}

export function summarize(p: Payload): MessageSummary {
  if (p.kind === 'raft') return summarizeRaft(p.msg);
  const s: MessageSummary = { type: p.kind === 'request' ? 'client-request' : 'client-response', term: 0 };
  s.client = p.client;
  s.seq = p.seq;
  return s;
}
