// "Compare A/B…" in the header: pick the one setting side B changes, then compare.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorer } from '../../store';
import { Dialog } from '../faults/Dialog';
import { useCompare } from './compare-store';
import { settingLabel, sideValues } from './labels';
import { COMPARE_SETTINGS, type CompareSetting } from './settings';

export function CompareButton() {
  const { t } = useTranslation('classroom');
  const comparing = useCompare((s) => s.setting !== null);
  const [open, setOpen] = useState(false);
  // While comparing, the comparison's own Stop button ends it.
  if (comparing) return null;
  return (
    <>
      <button type="button" className="copy-link" onClick={() => setOpen(true)} title={t('compare.openTitle')} data-testid="compare-open">
        {t('compare.open')}
      </button>
      {open && <CompareDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function CompareDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('classroom');
  const scenario = useExplorer((s) => s.view.scenario);
  const start = useCompare((s) => s.start);
  const [setting, setSetting] = useState<CompareSetting>('preVote');
  const values = sideValues(t, scenario, setting);
  return (
    <Dialog title={t('compare.dialogTitle')} testId="compare-dialog" onClose={onClose}>
      <p className="dialog-intro">{t('compare.intro')}</p>
      <label className="dialog-field">
        {t('compare.settingLabel')}{' '}
        <select value={setting} onChange={(e) => setSetting(e.target.value as CompareSetting)} data-testid="compare-setting">
          {COMPARE_SETTINGS.map((s) => (
            <option key={s} value={s}>
              {settingLabel(t, s)}
            </option>
          ))}
        </select>
      </label>
      <p>
        {t('compare.side', { side: 'A', value: values.a })} · {t('compare.side', { side: 'B', value: values.b })}
      </p>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('compare.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            start(setting);
            onClose();
          }}
          data-testid="compare-start"
        >
          {t('compare.start')}
        </button>
      </div>
    </Dialog>
  );
}
