// What a client process needs from the simulation around it.

import type { ClientRequest } from '../../cluster/client-protocol';
import type { Recorder } from '../recorder';
import type { Rng } from '../prng';
import type { ClientTimer } from './timers';

export interface ClientEnv {
  now(): number;
  /** The cluster's node ids, in a stable order. */
  nodes(): readonly string[];
  send(req: ClientRequest, to: string): void;
  /** Calls the client's onTimer(timer) at virtual time `at`. */
  timer(client: string, at: number, timer: ClientTimer): void;
  readonly recorder: Recorder;
  /** A named random stream of the run (seeded, cloned with checkpoints). */
  rng(stream: string): Rng;
  /** How long one attempt waits for an answer. */
  readonly attemptTimeoutMs: number;
}
