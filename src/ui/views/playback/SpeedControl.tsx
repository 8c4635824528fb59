// Playback speed: a logarithmic slider from 0.01x to 100x (on roomy screens), one-click
// presets named in words (the first, "Slow", is the scenario's slow motion, where each
// message is seen travelling), the speed with a short line of what it means under it (the
// full sentence in its title), or the speed actually reached when the page cannot keep up.

import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { meanLatency, teachingSpeed } from '../../../scenario';
import { useExplorer } from '../../store';
import { dragStands, formatSpeed, PRESETS, sameSpeed, shortfall, SLIDER_MAX, sliderPosition, sliderToSpeed, speedWords, type SliderDrag } from './speed';

export function SpeedControl({ setSpeed }: { setSpeed: (speed: number) => void }) {
  const { t } = useTranslation('playback');
  const speed = useExplorer((s) => s.view.speed);
  const network = useExplorer((s) => s.view.scenario?.network);
  const reached = useExplorer((s) => (s.view.playing ? shortfall(s.view.speed, s.view.achieved) : undefined));
  const slow = teachingSpeed(network);
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
  const words = speedWords(shown, meanLatency(network));
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
        aria-valuetext={`${formatSpeed(shown)}, ${t(`words.${words.key}`, words)}`}
        data-testid="speed-slider"
      />
      <span className="pb-speed-readout" title={t(`words.${words.key}`, words)}>
        <output className="pb-speed-value" data-testid="speed-value">
          {formatSpeed(shown)}
        </output>
        {reached === undefined ? (
          <span className="pb-speed-words" data-testid="speed-words" data-words={words.key}>
            {t(`short.${words.key}`, words)}
          </span>
        ) : (
          <em className="pb-speed-words pb-speed-short" data-testid="speed-reached" data-reached={reached} title={t('reached', { value: formatSpeed(reached) })}>
            {t('reachedShort', { value: formatSpeed(reached) })}
          </em>
        )}
      </span>
      <span className="pb-presets">
        <button type="button" className="pb-preset" aria-pressed={sameSpeed(speed, slow)} onClick={() => setSpeed(slow)} aria-label={t('slow')} title={t('slowTitle')} data-testid="speed-preset-slow">
          {t('slowShort')}
        </button>
        {PRESETS.map((p) => (
          <button key={p} type="button" className="pb-preset" aria-pressed={sameSpeed(speed, p)} onClick={() => setSpeed(p)} aria-label={presetWords(t, p)} title={presetWords(t, p)} data-testid={`speed-preset-${p}`}>
            {formatSpeed(p)}
          </button>
        ))}
      </span>
    </div>
  );
}

/** A preset's name in words, for its ARIA label and title ("Real time", "10 times faster"). */
function presetWords(t: TFunction, speed: number): string {
  // No latency: below 1x the words are "N× slower", not a message's time on screen.
  const words = speedWords(speed, 0);
  return t(`words.${words.key}`, words);
}
