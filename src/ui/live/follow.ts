// A student's page follows the teacher's state: the same scenario (loaded again when the
// teacher's steps change: a late joiner or a changed run catches up by replay), the same
// speed, play or pause, and the same moment (a seek when off by more than a beat).

import { decodeLink } from '../../scenario/link';
import type { ClassState } from '../../live/messages';
import type { Bridge } from '../bridge';
import { useExplorer } from '../store';

/** Playing, a student may lag the teacher by this much wall time before a seek corrects it. */
export const DRIFT_WALL_MS = 250;

export class Follower {
  private loadedLink: string | null = null;
  private sent: { time: number; playing: boolean; speed: number } | null = null;

  constructor(private bridge: Bridge) {}

  /** Forget what was loaded: the next state loads the teacher's run afresh (Rejoin). */
  reset(): void {
    this.loadedLink = null;
    this.sent = null;
  }

  apply(state: ClassState): void {
    const store = useExplorer.getState();
    if (state.link !== this.loadedLink) {
      const decoded = decodeLink(state.link);
      if (!decoded.ok) return store.setError(`The teacher's run could not be opened: ${decoded.error}`);
      this.bridge.load(decoded.scenario, state.time);
      this.loadedLink = state.link;
      this.sent = { time: state.time, playing: false, speed: NaN };
    }
    const view = store.view;
    if (this.sent?.speed !== state.speed) this.bridge.send({ type: 'speed', value: state.speed });
    const drift = Math.abs(view.time - state.time);
    const tolerance = state.playing ? Math.max(50, state.speed * DRIFT_WALL_MS) : 0;
    const seekSent = this.sent?.time === state.time;
    if (drift > tolerance && !seekSent) this.bridge.send({ type: 'seek', time: state.time });
    if (state.playing !== view.playing || state.playing !== this.sent?.playing) this.bridge.send({ type: state.playing ? 'play' : 'pause' });
    this.sent = { time: drift > tolerance ? state.time : (this.sent?.time ?? -1), playing: state.playing, speed: state.speed };
  }
}
