// The message-loss rate, 0 to 100 %. Moving the slider only moves the slider; the new rate
// becomes a scenario step when the gesture ends (pointer released, focus left, or a short
// pause after the last key), so one gesture records one "loss" step, not dozens.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';

/** Wall-clock pause after the last arrow key before the rate is recorded. */
const KEY_SETTLE_MS = 500;

export function LossSlider({ disabled, why }: { disabled: boolean; why?: string }) {
  const { t } = useTranslation('faults');
  const bridge = useBridge();
  const loss = Math.round(useExplorer((s) => s.view.network.loss) * 100);
  const [draft, setDraft] = useState<number | null>(null);
  // The draft stays until a frame reports that very rate: an earlier commit landing while
  // the user is still moving the slider must not throw the newer position away.
  const [seen, setSeen] = useState(loss);
  if (seen !== loss) {
    setSeen(loss);
    if (draft === loss) setDraft(null);
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const shown = draft ?? loss;
  const commit = () => {
    clearTimeout(timer.current);
    if (draft !== null && draft !== loss) bridge.act({ do: 'loss', rate: draft / 100 });
    else setDraft(null);
  };
  const commitSoon = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(commit, KEY_SETTLE_MS);
  };
  return (
    <label className={`loss-slider${loss > 0 ? ' lossy' : ''}`} title={why}>
      <span>{t('toolbar.loss')}</span>
      <input
        type="range"
        min={0}
        max={100}
        step={5}
        value={shown}
        disabled={disabled}
        data-testid="loss-slider"
        aria-valuetext={t('toolbar.lossValue', { value: shown })}
        onChange={(e) => setDraft(Number(e.target.value))}
        onPointerUp={commit}
        onKeyUp={commitSoon}
        onBlur={commit}
      />
      <output data-testid="loss-value">{t('toolbar.lossValue', { value: shown })}</output>
    </label>
  );
}
