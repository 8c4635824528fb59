// In a node's log row: the snapshot on its way to it (InstallSnapshot in flight), drawn as a
// dashed block over the indexes it will cover beyond what the node holds.

import { useTranslation } from 'react-i18next';
import { CELL_W, columnX, type IndexDomain } from '../logs/log-window';
import './members.css';

/** Columns the block spans at least, so its label stays readable. */
const MIN_COLUMNS = 3;

export function IncomingSnapshot({ index, lastIndex, domain }: { index: number; lastIndex: number; domain: IndexDomain }) {
  const { t } = useTranslation('members');
  const to = Math.max(index, domain.lo);
  const from = Math.max(domain.lo, Math.min(lastIndex + 1, to - MIN_COLUMNS + 1));
  return (
    <div
      className="log-incoming"
      data-testid="log-incoming-snapshot"
      data-index={index}
      style={{ left: columnX(from, domain), width: (to - from + 1) * CELL_W - 4 }}
      title={t('incomingTitle', { index })}
    >
      {t('incoming', { index })}
    </div>
  );
}
