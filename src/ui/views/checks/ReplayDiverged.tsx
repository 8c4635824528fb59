// The banner that says time travel went wrong: a replay from a checkpoint regenerated an
// event other than the recorded one (src/sim/replay-check.ts), so the views may show a past
// that did not happen. Shown above the cluster view instead of silently drawing it.

import { useTranslation } from 'react-i18next';
import { useExplorer } from '../../store';
import './checks.css';

export function ReplayDiverged() {
  const { t } = useTranslation('checks');
  const diverged = useExplorer((s) => s.view.diverged);
  if (!diverged) return null;
  const values = { at: diverged.at, index: diverged.index, detail: diverged.detail };
  return (
    <div className="replay-diverged" role="alert" data-testid="replay-diverged" data-at={diverged.at} title={t('diverged.title', values)}>
      <span aria-hidden="true">⚠</span>
      <span>
        <span data-testid="replay-diverged-text">{t('diverged.badge', values)}</span>
        <span className="replay-diverged-note"> {t('diverged.note')}</span>
      </span>
    </div>
  );
}
