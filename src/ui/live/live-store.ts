// The live class as the page sees it: our role, the room, the connection, and for the
// teacher the headcount and the poll, for a student whether they follow.

import { create } from 'zustand';
import type { ClassState, PollCounts } from '../../live/messages';
import type { Connection } from './socket';

export type LiveRole = 'teacher' | 'student';

export interface LiveState {
  role: LiveRole | null;
  room: string | null;
  connection: Connection;
  /** The relay's last refusal or problem (unknown room...), shown as is. */
  problem: string | null;
  following: boolean;
  /** The teacher's last state a student received (what Rejoin goes back to). */
  teacherState: ClassState | null;
  counts: { following: number; steppedOff: number };
  poll: PollCounts | null;
  /** The page is served by a relay (or was given one): "Start a live class" is offered. */
  relayAvailable: boolean;
  set(partial: Partial<Omit<LiveState, 'set'>>): void;
}

export const useLive = create<LiveState>()((set) => ({
  role: null,
  room: null,
  connection: 'connecting',
  problem: null,
  following: true,
  teacherState: null,
  counts: { following: 0, steppedOff: 0 },
  poll: null,
  relayAvailable: false,
  set: (partial) => set(partial),
}));
