// The key-value tab: one node's MVCC store (the selected node's, else the leader's) with its
// revision and compact revision up front, its keys, and its newest revisions. A key clicked
// here is selected everywhere.

import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorer } from '../../store';
import { HistoryList } from './HistoryList';
import { KeyTable } from './KeyTable';
import { isFresh, storeStatus, updateFreshness, type Freshness } from './kv-view';
import { NodePicker } from './NodePicker';
import { useSelectKey } from './use-select-key';
import './kv.css';

export function KvTab({ wanted }: { wanted: string | null }) {
  const { t } = useTranslation('kv');
  const kv = useExplorer((s) => s.view.kv);
  const nodes = useExplorer((s) => s.view.nodes);
  const epoch = useExplorer((s) => s.view.epoch);
  const selectedKey = useExplorer((s) => s.selection.key);
  const selectKey = useSelectKey();
  const status = storeStatus(kv, wanted, nodes);
  const freshness = useRef<Freshness | undefined>(undefined);
  // Wall-clock time on purpose: the flash marks what changed while the learner looked.
  const now = performance.now();
  if (kv && status === 'ok') freshness.current = updateFreshness(freshness.current, kv, epoch, now);
  const fresh = (revision: number) => isFresh(freshness.current, revision, now);

  return (
    <div className="kv" data-testid="kv-view" data-node={status === 'ok' ? kv?.node : ''}>
      <NodePicker shown={status === 'ok' ? kv?.node : (wanted ?? undefined)} />
      {status !== 'ok' && <p className={`kv-status is-${status}`}>{t(`status.${status}`, { node: wanted ?? '' })}</p>}
      {kv && status === 'ok' && (
        <>
          <div className="kv-stats">
            <div className="kv-stat" title={t('revisionTitle')}>
              <span className="kv-stat-label">{t('revision')}</span>
              <span className="kv-stat-value" data-testid="kv-revision">{kv.revision}</span>
            </div>
            <div className="kv-stat" title={t('compactedTitle')}>
              <span className="kv-stat-label">{t('compacted')}</span>
              <span className="kv-stat-value is-secondary" data-testid="kv-compact-revision">{kv.compactRevision > 0 ? kv.compactRevision : t('compactedNone')}</span>
            </div>
          </div>
          <KeyTable kv={kv} fresh={fresh} selectedKey={selectedKey} onSelectKey={selectKey} />
          <HistoryList kv={kv} fresh={fresh} selectedKey={selectedKey} onSelectKey={selectKey} />
        </>
      )}
    </div>
  );
}

