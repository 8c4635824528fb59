// Playback speed: a logarithmic slider from 0.05x to 100x and one-click presets.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorer } from '../../store';
import { dragStands, formatSpeed, PRESETS, sameSpeed, SLIDER_MAX, sliderPosition, sliderToSpeed, type SliderDrag } from './speed';

export function SpeedControl({ setSpeed }: { setSpeed: (speed: number) => void }) {
  const { t } = useTranslation('playback');
  const speed = useExplorer((s) => s.view.speed);
  const [drag, setDrag] = useState<SliderDrag | null>(null);
  // When the worker reports a new speed, the user's position survives only if it means that speed.
  const [seenSpeed, setSeenSpeed] = useState(speed);
  if (seenSpeed !== speed) {
    setSeenSpeed(speed);
    if (drag && !dragStands(drag, speed)) setDrag(null);
  }
  const pos = sliderPosition(speed, drag);
  // While the pointer holds the thumb, the label follows it before the worker confirms.
  const shown = drag?.held ? sliderToSpeed(drag.pos) : speed;
  const move = (next: number) => {
    setDrag((d) => ({ pos: next, held: d?.held ?? false }));
    setSpeed(sliderToSpeed(next));
  };
  const release = () => setDrag((d) => (d ? { ...d, held: false } : d));
  return (
    <div className="pb-speed" role="group" aria-label={t('speed')}>
      <span className="pb-speed-label">{t('speed')}</span>
      <input
        type="range"
        className="pb-range pb-speed-range"
        min={0}
        max={SLIDER_MAX}
        step={1}
        value={pos}
        onChange={(e) => move(Number(e.currentTarget.value))}
        onPointerDown={() => setDrag({ pos, held: true })}
        onPointerUp={release}
        onPointerCancel={release}
        aria-label={t('speedSlider')}
        aria-valuetext={formatSpeed(shown)}
        data-testid="speed-slider"
      />
      <output className="pb-speed-value" data-testid="speed-value">
        {formatSpeed(shown)}
      </output>
      <span className="pb-presets">
        {PRESETS.map((p) => (
          <button key={p} type="button" className="pb-preset" aria-pressed={sameSpeed(speed, p)} onClick={() => setSpeed(p)} data-testid={`speed-preset-${p}`}>
            {formatSpeed(p)}
          </button>
        ))}
      </span>
    </div>
  );
}
