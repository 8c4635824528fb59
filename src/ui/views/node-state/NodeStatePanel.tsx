// A node's Figure 2 state on click, as RaftScope shows it: the state every server keeps and,
// on the leader, nextIndex and matchIndex per follower with etcd's progress state, so log
// repair (§5.3, Figure 7) is seen as nextIndex stepping back and matchIndex jumping up. It
// lies over the side tools, which are secondary, so the ring, the logs, the narration and the
// playback stay in sight at 1280x720. × or Esc closes it and gives the focus back to the page.

import { useTranslation } from 'react-i18next';
import { useEscapeCloses } from '../../use-escape-closes';
import { useExplorer } from '../../store';
import { seconds } from '../side/Narration';
import { nodeStateModel, type NodeStateModel, type PeerRow } from './node-state';
import { useNodeStatePanel } from './node-state-store';
import './node-state.css';

export function NodeStatePanel() {
  const id = useNodeStatePanel((s) => s.node);
  const close = useNodeStatePanel((s) => s.close);
  const node = useExplorer((s) => (id ? s.view.nodes.find((n) => n.id === id) : undefined));
  const time = useExplorer((s) => s.view.time);
  useEscapeCloses(id !== null, close);
  if (!node) return null;
  return <StateCard model={nodeStateModel(node, time)} onClose={close} />;
}

function StateCard({ model: m, onClose }: { model: NodeStateModel; onClose(): void }) {
  const { t } = useTranslation('nodestate');
  const none = t('none');
  const lost = t('lost');
  return (
    <section className="node-state" data-region="node-state" data-node-state={m.id} data-testid="node-state" role="dialog" aria-label={t('title', { node: m.id })}>
      <div className="ns-head">
        <strong>{t('title', { node: m.id })}</strong>
        <span className={`ns-role is-${m.role}`}>{t(`role.${m.role}`)}</span>
        <button type="button" className="ns-close" onClick={onClose} aria-label={t('close')} data-testid="node-state-close">
          ×
        </button>
      </div>
      <dl className="ns-facts">
        <Fact name="currentTerm" value={m.term} />
        <Fact name="votedFor" value={m.votedFor || none} />
        <Fact name="lastLog" value={t('lastLogValue', { index: m.lastIndex, term: m.lastTerm })} />
        <Fact name="commitIndex" value={m.commit ?? lost} />
        <Fact name="lastApplied" value={m.applied ?? lost} />
        <Fact name="leader" value={m.lead || none} />
      </dl>
      {m.peers ? <PeerTable peers={m.peers} /> : <p className="ns-note">{t(m.up ? 'followerNote' : 'crashedNote')}</p>}
    </section>
  );
}

function Fact({ name, value }: { name: string; value: string | number }) {
  const { t } = useTranslation('nodestate');
  return (
    <div title={t(`why.${name}`)}>
      <dt>{t(`field.${name}`)}</dt>
      <dd data-field={name}>{value}</dd>
    </div>
  );
}

function PeerTable({ peers }: { peers: PeerRow[] }) {
  const { t } = useTranslation('nodestate');
  return (
    <table className="ns-peers" aria-label={t('peers')} title={t('peers')}>
      <thead>
        <tr>
          {(['peer', 'next', 'match', 'state', 'inflight'] as const).map((c) => (
            <th key={c} scope="col" title={t(`why.${c}`)}>
              {t(`col.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {peers.map((p) => (
          <tr key={p.id} data-peer={p.id} data-next={p.next} data-match={p.match} data-state={p.state} data-paused={p.paused}>
            <th scope="row">{p.id}</th>
            <IndexCell value={p.next} at={p.nextChangedAt} recent={p.nextRecent} />
            <IndexCell value={p.match} at={p.matchChangedAt} recent={p.matchRecent} />
            <td className={`ns-state is-${p.state}`} title={t('why.state')}>
              {t(`state.${p.state}`, { defaultValue: p.state })}
              {/* The paused flag rides with the state it comes from (probe unanswered, window full, snapshot). */}
              {p.paused && <span className="ns-paused" title={t('why.paused')}>{t('paused')}</span>}
            </td>
            <td>{p.inflight}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An index and when it last moved; just moved, it is marked so the eye finds the change. */
function IndexCell({ value, at, recent }: { value: number; at: number; recent: boolean }) {
  const { t } = useTranslation('nodestate');
  return (
    <td className={recent ? 'ns-index is-recent' : 'ns-index'} title={t('changedAt', { time: seconds(at) })}>
      <span className="ns-num">{value}</span>
      <span className="ns-at">{t('at', { time: seconds(at) })}</span>
    </td>
  );
}
