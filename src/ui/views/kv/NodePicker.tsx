// One button per node with its store's revision: the leader's first-hand, followers' a step
// behind while they apply; a crashed node has no store to show.

import { useTranslation } from 'react-i18next';
import { useExplorer } from '../../store';
import { nodeRevisions } from './kv-view';

export function NodePicker({ shown }: { shown: string | undefined }) {
  const { t } = useTranslation('kv');
  const nodes = useExplorer((s) => s.view.nodes);
  const selection = useExplorer((s) => s.selection);
  const select = useExplorer((s) => s.select);
  const pick = (id: string, isLeader: boolean) => {
    // Picking the leader goes back to following whoever leads; other fields of the selection stay.
    const { node: _node, ...rest } = selection;
    select(isLeader ? rest : { ...rest, node: id });
  };
  return (
    <div className="kv-picker" role="group" aria-label={t('storeOf')}>
      <span className="kv-picker-label" title={t('pickerHint')}>
        {t('storeOf')}
      </span>
      {nodeRevisions(nodes).map((n) => (
        <button
          key={n.id}
          type="button"
          className={`kv-chip${n.leader ? ' is-leader' : ''}${n.behind > 0 ? ' is-behind' : ''}`}
          aria-pressed={n.id === shown}
          disabled={!n.up}
          onClick={() => pick(n.id, n.leader)}
          title={t('chipTitle', { node: n.id, revision: n.revision })}
          data-testid={`kv-chip-${n.id}`}
        >
          <span className="kv-chip-node">{n.id}</span>
          <span className="kv-chip-rev">{n.up ? t('nodeRev', { revision: n.revision }) : t('down')}</span>
          {n.leader && <span className="kv-chip-tag">{t('leader')}</span>}
          {n.behind > 0 && <span className="kv-chip-tag is-behind">{t('behind', { count: n.behind })}</span>}
        </button>
      ))}
    </div>
  );
}
