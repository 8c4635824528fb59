// The key to the log view's marks, so a class can read it without the teacher explaining it.

import { useTranslation } from 'react-i18next';

export function LogLegend() {
  const { t } = useTranslation('logs');
  return (
    <ul className="logs-legend" aria-label={t('legend.title')}>
      <li>
        <span className="legend-swatch swatch-committed" />
        {t('legend.committed')}
      </li>
      <li>
        <span className="legend-swatch swatch-uncommitted" />
        {t('legend.uncommitted')}
      </li>
      <li>
        <span className="legend-swatch swatch-applied" />
        {t('legend.applied')}
      </li>
      <li>
        <span className="legend-swatch swatch-commit" />
        {t('legend.commit')}
      </li>
      <li>
        <span className="legend-swatch swatch-snapshot" />
        {t('legend.snapshot')}
      </li>
      <li className="legend-note">{t('legend.term')}</li>
    </ul>
  );
}
