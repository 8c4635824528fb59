// Animates the watch chain between frames: when keys come and go, boxes slide to their new
// places and arrows swing to their new targets (blendLayouts), over a short wall-clock
// tween. A run that restarts (seek) or a learner who prefers reduced motion jumps straight
// to the new layout.

import { easeCubicInOut, timer } from 'd3';
import { useEffect, useRef, useState } from 'react';
import { blendLayouts, type ChainLayout } from './chain-layout';

export const TWEEN_MS = 650;

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function useTweenedLayout(target: ChainLayout, epoch: number): ChainLayout {
  const [shown, setShown] = useState(target);
  const current = useRef(target);
  const lastEpoch = useRef(epoch);
  useEffect(() => {
    const jump = lastEpoch.current !== epoch || reducedMotion();
    lastEpoch.current = epoch;
    if (jump) {
      current.current = target;
      setShown(target);
      return;
    }
    // Start from what is on screen now, even halfway through the previous tween.
    const from = current.current;
    const t = timer((elapsed) => {
      const k = Math.min(1, elapsed / TWEEN_MS);
      const next = k >= 1 ? target : blendLayouts(from, target, easeCubicInOut(k));
      current.current = next;
      setShown(next);
      if (k >= 1) t.stop();
    });
    return () => t.stop();
  }, [target, epoch]);
  return shown;
}
