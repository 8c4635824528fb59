// The answer to one call, as a discriminated union: a result, or an error (never both,
// never neither). Every path that reports an op's outcome goes through it.

import type { OpResult } from '../trace-types';

export type Answer = { readonly ok: true; readonly result: OpResult } | { readonly ok: false; readonly error: string };

/** From a server's reply (or a gave-up retry) to an Answer; an error without text is "error". */
export function answerOf(ok: boolean, result: unknown, error: string | undefined): Answer {
  return ok ? { ok: true, result: result as OpResult } : { ok: false, error: error ?? 'error' };
}

export function failed(error: string): Answer {
  return { ok: false, error };
}

export function succeeded(result: OpResult): Answer {
  return { ok: true, result };
}
