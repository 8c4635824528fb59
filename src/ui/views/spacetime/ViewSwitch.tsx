// The switch between the logs, the terms timeline and the space-time diagram in the
// lesson column's lower area. On a screen with room to spare the terms sit beside the
// logs instead (BottomPanel), and the switch offers only the other two.

import { useTranslation } from 'react-i18next';

export type BottomView = 'logs' | 'terms' | 'spacetime';

export function ViewSwitch({ view, setView, views }: { view: BottomView; setView: (v: BottomView) => void; views: readonly BottomView[] }) {
  const { t } = useTranslation('spacetime');
  return (
    <div className="st-switch" role="group" aria-label={t('tabs.label')}>
      {views.map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)} data-testid={`bottom-${v}`} data-view={v}>
          {t(`tabs.${v}`)}
        </button>
      ))}
    </div>
  );
}
