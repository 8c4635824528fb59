// The time scrubber over [0, until]: dragging seeks as it goes, gated by SeekGate so that
// slow backward seeks (a replay from the start) never queue up behind each other.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { SeekGate } from './seek-gate';
import { formatSeconds } from './time-format';

export function Scrubber() {
  const { t } = useTranslation('playback');
  const bridge = useBridge();
  const time = useExplorer((s) => s.view.time);
  const until = useExplorer((s) => s.view.until);
  /** The position being dragged to; shown instead of the time until the worker catches up. */
  const [drag, setDrag] = useState<number | null>(null);
  const [gate] = useState(() => new SeekGate());
  const held = useRef(false);

  useEffect(
    () =>
      useExplorer.subscribe((s, prev) => {
        if (s.view === prev.view) return;
        const next = gate.frameArrived(performance.now());
        if (next !== null) bridge.send({ type: 'seek', time: next });
        else if (!held.current && gate.idle()) setDrag(null);
      }),
    [bridge, gate],
  );

  const seek = (value: number) => {
    setDrag(value);
    const now = gate.request(value, performance.now());
    if (now !== null) bridge.send({ type: 'seek', time: now });
  };
  const release = () => {
    held.current = false;
    if (gate.idle()) setDrag(null);
  };
  const shown = drag ?? time;

  return (
    <div className="pb-scrubber">
      <input
        type="range"
        className="pb-range pb-time-range"
        min={0}
        max={Math.max(1, until)}
        step={1}
        value={Math.min(shown, Math.max(1, until))}
        disabled={until <= 0}
        onChange={(e) => seek(Number(e.currentTarget.value))}
        onPointerDown={() => (held.current = true)}
        onPointerUp={release}
        onPointerCancel={release}
        onKeyUp={release}
        onBlur={release}
        aria-label={t('scrubber')}
        aria-valuetext={t('timeSeconds', { value: formatSeconds(shown) })}
        data-testid="scrubber"
      />
      <span className="pb-until">{t('until', { value: formatSeconds(until) })}</span>
    </div>
  );
}
