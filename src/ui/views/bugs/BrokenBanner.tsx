// A run with bug toggles on is marked as broken on purpose, above the cluster: which rules
// it breaks, and for a counterexample the search loaded, which property fails.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedText } from '../../../scenario';
import { useExplorer } from '../../store';
import { BugsDialog } from './BugsDialog';
import { useSearch } from './search-store';
import './bugs.css';

export function BrokenBanner() {
  const { t } = useTranslation('bugs');
  const scenario = useExplorer((s) => s.view.scenario);
  const lang = useExplorer((s) => s.lang);
  const found = useSearch((s) => s.found);
  const [open, setOpen] = useState(false);
  if (!scenario || scenario.cluster.bugs.length === 0) return null;
  const isCounterexample = found !== null && localizedText(found.scenario.name, lang) === localizedText(scenario.name, lang);
  return (
    <div className="broken-banner" role="note" data-testid="broken-banner">
      <strong className="broken-label">{t('banner.label')}</strong>
      <span>{t('banner.bugs', { bugs: scenario.cluster.bugs.join(', ') })}</span>
      {isCounterexample && (
        <span data-testid="counterexample" title={found.message}>
          {t('banner.found', {
            seed: found.seed,
            tried: found.tried,
            from: found.originalSteps,
            to: found.scenario.steps.length,
            property: t(`checks:property.${found.property}.name`, { defaultValue: found.property }),
          })}{' '}
          {t('banner.hint')}
        </span>
      )}
      <button type="button" data-testid="broken-change" onClick={() => setOpen(true)}>
        {t('banner.change')}
      </button>
      {open && <BugsDialog scenario={scenario} onClose={() => setOpen(false)} />}
    </div>
  );
}
