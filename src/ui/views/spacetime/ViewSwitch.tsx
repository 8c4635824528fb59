// The switch between the logs and the space-time diagram in the bottom-left area.

import { useTranslation } from 'react-i18next';

export type BottomView = 'logs' | 'spacetime';

export function ViewSwitch({ view, setView }: { view: BottomView; setView: (v: BottomView) => void }) {
  const { t } = useTranslation('spacetime');
  return (
    <div className="st-switch" role="group" aria-label={t('tabs.label')}>
      {(['logs', 'spacetime'] as const).map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)} data-testid={`bottom-${v}`}>
          {t(`tabs.${v}`)}
        </button>
      ))}
    </div>
  );
}
