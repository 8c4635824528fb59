// One trace event as a sentence a student reads (i18n namespace "events"). Used by the
// violation list, rule provenance and the space-time diagram.

import type { TFunction } from 'i18next';
import type { TraceEvent } from '../../../sim/trace-types';

type T = TFunction<'events'>;

export function describeEvent(e: TraceEvent, t: T): string {
  switch (e.ev) {
    case 'role':
      return t(`role.${e.role}`, { node: e.node, term: e.term });
    case 'vote':
      return t('vote', { node: e.node, term: e.term, for: e.for });
    case 'append':
    case 'apply':
      return t(e.ev, { ...e, entry: entryLabel(e.entry) });
    case 'truncate':
    case 'snapshot':
    case 'commit':
    case 'crash':
    case 'restart':
    case 'timeout':
    case 'isolate':
    case 'transfer':
    case 'recv':
      return t(e.ev, { ...e });
    case 'link':
      return t('link', { ...e });
    case 'partition':
      return t('partition', { groups: e.groups.map((g) => `{${g.join(', ')}}`).join(' ') });
    case 'heal':
      return t('heal');
    case 'invoke':
      return t('invoke', { client: e.client, op: opText(e.op as unknown as Record<string, unknown>) });
    case 'return':
      return e.ok ? t('returnOk', { client: e.client, id: e.id, result: resultText(e.result) }) : t('returnError', { client: e.client, id: e.id, error: e.error ?? '' });
    case 'send':
      return t('send', { from: e.from, to: e.to, type: e.msg.type, term: e.msg.term });
    case 'drop':
      return t('drop', { ...e });
    case 'conn':
      return e.state === 'broken' ? t('connBroken', { client: e.client, node: e.node, reason: e.reason ?? '' }) : t('connOpen', { client: e.client, node: e.node });
    case 'request-failed':
      if (!e.retry) return t('requestFailed', { ...e });
      return e.refused ? t('requestRefused', { ...e, next: e.next ?? '' }) : t('requestRetried', { ...e, next: e.next ?? '' });
    case 'watch-resume':
      return t('watchResume', { ...e });
    case 'watch-cancel':
      return e.compactRevision !== undefined ? t('watchCompacted', { ...e }) : t('watchCancel', { ...e });
    case 'etcdctl':
      return e.interrupt ? t('etcdctlInterrupt', { client: e.client }) : t('etcdctl', { client: e.client, line: e.line ?? '' });
    default:
      return t('other', { ev: e.ev });
  }
}

/** "3:put a=1 c1#7" -> "put a=1 c1#7" (the term is said separately). */
export function entryLabel(entry: string): string {
  const colon = entry.indexOf(':');
  return colon < 0 ? entry : entry.slice(colon + 1);
}

function opText(op: Record<string, unknown>): string {
  const parts = [String(op.type)];
  if (typeof op.key === 'string') parts.push(op.value !== undefined ? `${op.key}=${String(op.value)}` : op.key);
  if (op.serializable) parts.push('(serializable)');
  return parts.join(' ');
}

function resultText(result: { header: { revision: number }; kvs?: { key: string; value: string }[] } | undefined): string {
  if (!result) return 'ok';
  const kvs = result.kvs ? (result.kvs.length ? result.kvs.map((kv) => `${kv.key}=${kv.value}`).join(', ') + ', ' : '∅, ') : '';
  return `${kvs}rev ${result.header.revision}`;
}
