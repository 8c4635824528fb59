// While a long run opens at a later moment (a share link's time), the page already shows
// the run's start; this bar says that the replay to the link's moment is under way and how
// far it got, so that a learner does not take the start for the shared moment.

import { useTranslation } from 'react-i18next';
import { useOpening } from './opening-store';
import './opening.css';

export function OpeningBanner() {
  const { t } = useTranslation('checks');
  const progress = useOpening((s) => s.progress);
  if (!progress) return null;
  const percent = progress.target > 0 ? Math.floor((100 * progress.reached) / progress.target) : 100;
  const values = { time: (progress.target / 1000).toFixed(1), percent };
  return (
    <div className="opening-banner" role="status" data-testid="opening" data-reached={progress.reached} data-target={progress.target}>
      <span>{t('opening.text', values)}</span>
      <span className="opening-bar" aria-hidden="true">
        <span className="opening-fill" style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}
