import { makeScenario } from '../../src/scenario';
import { runScenario } from '../../src/sim/run';
import type { Step } from '../../src/sim/scenario-types';
import type { OpResult, TraceEvent } from '../../src/sim/trace-types';

export function run(steps: Step[], opts: { nodes?: number; until?: number; seed?: number; loss?: number } = {}) {
  const nodes = Array.from({ length: opts.nodes ?? 3 }, (_, i) => `n${i + 1}`);
  const scenario = makeScenario({ cluster: { nodes }, until: opts.until ?? 8000, seed: opts.seed ?? 1, network: { loss: opts.loss ?? 0 }, steps });
  const sim = runScenario(scenario, { trace: true });
  return { sim, events: sim.recorder.events };
}

type ReturnEvent = Extract<TraceEvent, { ev: 'return' }>;

/** The answers a client got, in order. */
export function returns(events: readonly TraceEvent[], client: string): ReturnEvent[] {
  return events.filter((e): e is ReturnEvent => e.ev === 'return' && e.client === client);
}

export function results(events: readonly TraceEvent[], client: string): OpResult[] {
  return returns(events, client).map((r) => {
    if (!r.ok) throw new Error(`${client}#${r.id} failed: ${r.error}`);
    return r.result as OpResult;
  });
}

export const at = (t: number, client: string, op: Extract<Step, { do: 'client' }>['op'], node?: string): Step => ({ at: t, do: 'client', client, op, ...(node ? { node } : {}) });
