// What the playback controls and the keyboard shortcuts do, in one place. Reads the store at
// call time (not render time) so a shortcut pressed between frames acts on the latest state.

import { useMemo } from 'react';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { clampSpeed, nextSpeed } from './speed';

export interface PlaybackActions {
  togglePlay(): void;
  stepEvent(): void;
  stepDelivery(): void;
  stepBack(): void;
  setSpeed(speed: number): void;
  speedUp(): void;
  speedDown(): void;
}

export function usePlaybackActions(): PlaybackActions {
  const bridge = useBridge();
  return useMemo(() => {
    const view = () => useExplorer.getState().view;
    // The speed last asked for: two key presses between frames must both count.
    let requested: number | undefined;
    const currentSpeed = () => (requested !== undefined && requested !== view().speed ? requested : view().speed);
    const setSpeed = (speed: number) => {
      requested = clampSpeed(speed);
      bridge.send({ type: 'speed', value: requested });
    };
    return {
      togglePlay() {
        const v = view();
        if (v.playing) return bridge.send({ type: 'pause' });
        // At the end, play means "watch it again" rather than nothing at all.
        if (v.until > 0 && v.time >= v.until) bridge.send({ type: 'seek', time: 0 });
        bridge.send({ type: 'play' });
      },
      stepEvent: () => bridge.send({ type: 'step', unit: 'event' }),
      stepDelivery: () => bridge.send({ type: 'step', unit: 'delivery' }),
      // One event back: the worker restores a checkpoint and replays up to the event before.
      stepBack: () => bridge.send({ type: 'step', unit: 'back' }),
      setSpeed,
      speedUp: () => setSpeed(nextSpeed(currentSpeed(), 1)),
      speedDown: () => setSpeed(nextSpeed(currentSpeed(), -1)),
    };
  }, [bridge]);
}
