// A hidden tab pauses playback (the worker stops its loop), so a forgotten tab does not run
// the simulation, and the laptop's fan, for nobody.

import { useEffect } from 'react';
import { useBridge } from '../../bridge-context';

export function useVisibilityPause(): void {
  const bridge = useBridge();
  useEffect(() => {
    const report = () => bridge.send({ type: 'visible', visible: document.visibilityState !== 'hidden' });
    if (document.visibilityState === 'hidden') report();
    document.addEventListener('visibilitychange', report);
    return () => document.removeEventListener('visibilitychange', report);
  }, [bridge]);
}
