// Each client's recent requests with etcd's answers: pending ones wait visibly, errors are
// red, an unknown outcome ("timeout") says in one phrase what that means; a request waiting
// while the run is paused says that Play lets the cluster answer.

import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElectionView } from '../../../protocol';
import type { Step } from '../../../sim/scenario-types';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { useSelectKey } from '../kv/use-select-key';
import { useActionRefusal } from '../challenges/use-action-gate';
import { seconds } from '../side/Narration';
import { usePlaybackActions } from '../playback/use-playback-actions';
import { opState, requestedNode, type ClientHistory, type ConnNote, type OpRecord, type WatchNote } from './op-history';
import { KvLine, ResultView } from './ResultView';
import { latency, opSummary } from './result-format';

/** Requests shown per client until the learner asks for more. */
const SHOWN = 4;

export function OpHistory({ histories }: { histories: ClientHistory[] }) {
  const { t } = useTranslation('clients');
  return (
    <section className="cl-history" aria-labelledby="cl-history-title" data-testid="client-history">
      <h3 id="cl-history-title" className="cl-h3">{t('list.title')}</h3>
      {histories.length === 0 && <p className="cl-empty">{t('list.empty')}</p>}
      {histories.map((h) => (
        <ClientOps key={h.client} history={h} />
      ))}
    </section>
  );
}

/** Redrawn only when its client's history changes (history-fold.ts keeps the others). */
const ClientOps = memo(function ClientOps({ history }: { history: ClientHistory }) {
  const { t } = useTranslation('clients');
  const bridge = useBridge();
  const [all, setAll] = useState(false);
  const refused = useActionRefusal(['client-crash']);
  const ops = all ? history.ops : history.ops.slice(0, SHOWN);
  return (
    <div className="cl-client" data-testid={`client-ops-${history.client}`}>
      <div className="cl-client-head">
        <span className="cl-client-name">{history.client}</span>
        <span className="cl-client-count">{t('list.count', { count: history.total })}</span>
        {history.crashed ? (
          <span className="cl-badge is-crashed">{t('list.crashed')}</span>
        ) : (
          // A client process dying is how an election key ends up orphaned, held only by its lease.
          <button type="button" className="cl-crash" onClick={() => bridge.act({ do: 'client-crash', client: history.client })} disabled={refused !== undefined} title={refused ?? t('list.crashTitle')} data-testid={`client-crash-${history.client}`}>
            {t('list.crash')}
          </button>
        )}
        {history.ops.length > SHOWN && (
          <button type="button" className="cl-more" onClick={() => setAll(!all)} aria-expanded={all}>
            {all ? '−' : '+'} {t('list.newest', { shown: all ? history.ops.length : SHOWN })}
          </button>
        )}
      </div>
      {history.conns && <ConnNotes notes={history.conns} />}
      <ol className="cl-ops">
        {ops.map((r) => (
          <OpItem key={r.id} record={r} />
        ))}
      </ol>
    </div>
  );
});

/** A request row: redrawn when its record changes (an answer, a watch delivery), not on every frame. */
export const OpItem = memo(function OpItem({ record, showClient }: { record: OpRecord; showClient?: boolean }) {
  const { t } = useTranslation('clients');
  const steps = useExplorer((s) => s.view.scenario?.steps);
  const elections = useExplorer((s) => s.view.elections);
  const selectedKey = useExplorer((s) => s.selection.key);
  const playing = useExplorer((s) => s.view.playing);
  const onSelectKey = useSelectKey();
  const state = opState(record);
  const node = nodeOf(steps, record);
  const took = latency(record.invokedAt, record.returned?.t);
  const r = record.returned;
  return (
    <li className={`cl-op is-${state}`} data-testid="client-op" data-state={state} data-op={record.op.type} data-id={record.id}>
      <div className="cl-op-head">
        <span className="cl-op-icon" aria-hidden="true">{ICONS[state]}</span>
        {showClient && <span className="cl-op-client">{record.client}</span>}
        <code className="cl-op-summary">{opSummary(record.op)}</code>
        <span className="cl-op-node">{node ? t('list.to', { node }) : t('list.toAny')}</span>
        <span className="cl-op-time">
          {t('list.sentAt', { time: seconds(record.invokedAt) })}
          {took !== undefined && ` · ${t('list.took', { ms: took })}`}
        </span>
      </div>
      {state === 'pending' && <p className="cl-op-status">{pendingText(record, elections, t)}</p>}
      {state === 'pending' && !playing && <PausedHint />}
      {state === 'error' && <p className="cl-op-error">{t('list.error')}: {r?.error}</p>}
      {state === 'unknown' && (
        <p className="cl-op-unknown">
          <strong>{t('list.unknown')}</strong> ({r?.error}): {t(r?.error === 'timeout' ? 'list.timeout' : 'list.unavailable')}
        </p>
      )}
      {state === 'ok' && r?.result && (
        <details className="cl-op-result" open>
          <summary className="kv-visually-hidden">{t('list.ok')}</summary>
          <ResultView result={r.result} selectedKey={selectedKey} onSelectKey={onSelectKey} />
        </details>
      )}
      {record.watchEvents.length > 0 && (
        <div className="cl-watch-events">
          <span className="cl-fact-name">{t('list.watchEvents')}</span>
          {record.watchEvents.flatMap((d, i) => d.events.map((e, j) => <KvLine key={`${i}.${j}`} name={e.type} kv={e.kv} selectedKey={selectedKey} onSelectKey={onSelectKey} />))}
        </div>
      )}
      {record.watchNotes && <WatchNotes notes={record.watchNotes} />}
      {r?.result && (
        <details className="cl-json">
          <summary title={t('list.jsonTitle')}>{t('list.json')}</summary>
          <pre>{JSON.stringify(r.result, null, 1)}</pre>
        </details>
      )}
    </li>
  );
});

/** The client's connection breaks, newest last: where it was talking, why it broke, where it went. */
function ConnNotes({ notes }: { notes: readonly ConnNote[] }) {
  const { t } = useTranslation('clients');
  return (
    <ul className="cl-conn-notes" data-testid="client-conn-notes">
      {notes.map((n) => {
        const why = t(`cluster:brokenLink.why.${n.reason}`, { node: n.node });
        return (
          <li key={`${n.t}-${n.node}`} className="cl-conn-note" data-testid="client-conn-note" data-node={n.node} data-reason={n.reason} title={t('list.connTitle', { time: seconds(n.t) })}>
            <span aria-hidden="true">⚡</span> {n.to ? t('list.connReconnect', { node: n.node, why, to: n.to }) : t('list.connBroken', { node: n.node, why })}
          </li>
        );
      })}
    </ul>
  );
}

/** A watch's stream resumed elsewhere, or canceled (compacted: the revision etcd names). */
function WatchNotes({ notes }: { notes: readonly WatchNote[] }) {
  const { t } = useTranslation('clients');
  return (
    <ul className="cl-watch-notes">
      {notes.map((n) => (
        <li key={`${n.t}-${n.kind}`} className={`cl-watch-note is-${n.kind}`} data-testid="client-watch-note" data-kind={n.kind}>
          {n.kind === 'resumed'
            ? t('list.watchResumed', { revision: n.revision, node: n.node })
            : n.compactRevision !== undefined
              ? t('list.watchCompacted', { compact: n.compactRevision, revision: n.revision })
              : t('list.watchCanceled')}
        </li>
      ))}
    </ul>
  );
}

/**
 * Paused, a request waits for ever: only the run moves messages. Say so, and offer Play
 * right here (Play at the end of a run plays on: free play).
 */
function PausedHint() {
  const { t } = useTranslation('clients');
  const { togglePlay } = usePlaybackActions();
  return (
    <p className="cl-op-paused" data-testid="client-paused-hint">
      <span>{t('list.pausedHint')}</span>
      <button type="button" className="cl-op-play" onClick={togglePlay} data-testid="client-paused-play">
        ▶ {t('list.pausedPlay')}
      </button>
    </p>
  );
}

const ICONS = { pending: '…', ok: '✓', error: '✗', unknown: '?' } as const;

function nodeOf(steps: readonly Step[] | undefined, record: OpRecord): string | undefined {
  return requestedNode(steps, record.client, record.id);
}

/** A campaign or lock waits for the election: say where it stands in the chain. */
function pendingText(record: OpRecord, elections: ElectionView[], t: (k: string, o?: Record<string, unknown>) => string): string {
  const op = record.op;
  if (op.type !== 'campaign' && op.type !== 'lock') return t('list.pending');
  const name = op.type === 'campaign' ? op.election : op.name;
  const c = elections.find((e) => e.election === name)?.campaigners.find((x) => x.client === record.client);
  if (!c) return t('list.pending');
  const phase = c.phase === 'waiting' ? t('side:chain.phase.waiting', { key: c.waitKey ?? '?' }) : t(`side:chain.phase.${c.phase}`);
  return t('list.campaigning', { phase });
}
