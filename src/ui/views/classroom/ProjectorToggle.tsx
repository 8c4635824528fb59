// The header's projector switch (display-mode.ts): pressed means projector mode is on.

import { useTranslation } from 'react-i18next';
import { useDisplay } from '../../display-mode';

export function ProjectorToggle() {
  const { t } = useTranslation('classroom');
  const on = useDisplay((s) => s.projector);
  const set = useDisplay((s) => s.setProjector);
  return (
    <button type="button" className="projector-toggle" aria-pressed={on} title={t('projector.title')} onClick={() => set(!on, true)} data-testid="projector-toggle">
      <span aria-hidden="true">▣</span> {t('projector.label')}
    </button>
  );
}
