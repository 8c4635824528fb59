// What the playback controls and the keyboard shortcuts do, in one place. Reads the store at
// call time (not render time) so a shortcut pressed between frames acts on the latest state.

import { useMemo } from 'react';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { questionOpen, useQuiz } from '../classroom/quiz';
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

function atOpenQuestion(): boolean {
  const v = useExplorer.getState().view;
  return questionOpen(v.scenario, v.time, useQuiz.getState().answers);
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
        // At the end, play runs on (free play: the worker moves the end on), so a teacher
        // can still crash the leader; the scrubber goes back to the start.
        bridge.send({ type: view().playing ? 'pause' : 'play' });
      },
      // An open question waits for the learner's prediction: a step would reveal the answer.
      stepEvent: () => !atOpenQuestion() && bridge.send({ type: 'step', unit: 'event' }),
      stepDelivery: () => !atOpenQuestion() && bridge.send({ type: 'step', unit: 'delivery' }),
      // One event back: the worker restores a checkpoint and replays up to the event before.
      stepBack: () => bridge.send({ type: 'step', unit: 'back' }),
      setSpeed,
      speedUp: () => setSpeed(nextSpeed(currentSpeed(), 1)),
      speedDown: () => setSpeed(nextSpeed(currentSpeed(), -1)),
    };
  }, [bridge]);
}
