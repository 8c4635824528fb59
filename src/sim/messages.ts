// What travels on the simulated network, and the short summaries of Raft messages that
// the trace and the page show.

import type { ClientRequest, Reply } from '../cluster/client-protocol';
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
  /** A client ⇄ node message: the epoch of the connection it travels on (connections.ts). */
  readonly conn?: number;
}

export type Payload =
  | { readonly kind: 'raft'; readonly msg: Message }
  | { readonly kind: 'request'; readonly req: ClientRequest }
  | { readonly kind: 'reply'; readonly reply: Reply };

/** The fields of a Raft message worth showing, in a fixed order. */
function summarizeRaft(m: Message): MessageSummary {
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
  if (p.kind === 'request') {
    const body = p.req.body;
    const s: MessageSummary = { type: 'client-request', term: 0, stream: p.req.stream, seq: p.req.seq, op: body.kind === 'kv' ? body.label : body.kind };
    return s;
  }
  const r = p.reply;
  if (r.kind === 'watch') return { type: 'watch-event', term: 0, watchId: r.response.watchId, events: r.response.events.length };
  return { type: 'client-response', term: 0, stream: r.stream, seq: r.seq, ok: r.ok, ...(r.ok ? {} : { error: r.error }) };
}
