// What a client process needs from the simulation around it.

import type { ClientRequest } from '../../cluster/client-protocol';
import type { Recorder } from '../recorder';

export interface ClientEnv {
  now(): number;
  /** The cluster's node ids, in a stable order. */
  nodes(): readonly string[];
  send(req: ClientRequest, to: string): void;
  /** Calls the client's onTimer(token) at virtual time `at`. */
  timer(client: string, at: number, token: string): void;
  readonly recorder: Recorder;
  /** How long one attempt waits for an answer. */
  readonly attemptTimeoutMs: number;
}
