// The Clients tab's lines about broken connections and watches (history-fold.ts): a break
// names the node and its cause, and where the client reconnected once that is seen; a watch
// notes where it resumed and from which revision, or that it was canceled as compacted.

import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../src/scenario';
import { runScenario } from '../../src/sim/run';
import type { Step } from '../../src/sim/scenario-types';
import type { TraceEvent } from '../../src/sim/trace-types';
import { clientHistories } from '../../src/ui/views/clients/op-history';
import { advanceFold, emptyFold } from '../../src/ui/views/clients/history-fold';

const put = (at: number, value: string, node?: string): Step => ({ at, do: 'client', client: 'p', ...(node ? { node } : {}), op: { type: 'put', key: 'a', value } });
const watch: Step = { at: 300, do: 'client', client: 'w', node: 'n2', op: { type: 'watch', key: 'a' } };

function trace(steps: Step[], until = 4000): TraceEvent[] {
  const scenario = makeScenario({ seed: 1, cluster: { nodes: ['n1', 'n2', 'n3'] }, network: { latency: [5, 15] }, until, steps });
  return runScenario(scenario, { trace: true }).recorder.events as TraceEvent[];
}

const historyOf = (events: readonly TraceEvent[], client: string) => clientHistories(events).find((h) => h.client === client);

describe('clients view: broken connections and resumed watches', () => {
  it('the endpoint crashes: "broken (crashed) → reconnecting to" the node the watch resumed on, from its last revision + 1', () => {
    const events = trace([watch, put(400, 'x1'), put(500, 'x2'), { at: 700, do: 'crash', node: 'n2' }, put(800, 'x3')]);
    const resume = events.find((e) => e.ev === 'watch-resume');
    if (resume?.ev !== 'watch-resume') throw new Error('no resume in the trace');
    const w = historyOf(events, 'w')!;
    expect(w.conns).toEqual([{ t: 700, node: 'n2', reason: 'crashed', to: resume.node }]);
    const watchRow = w.ops.find((r) => r.op.type === 'watch')!;
    expect(watchRow.watchNotes).toEqual([{ t: resume.t, kind: 'resumed', node: resume.node, revision: resume.revision }]);
    // Every client whose connection to n2 was open gets the line too.
    expect(historyOf(events, 'p')!.conns?.every((n) => n.node === 'n2' && n.reason === 'crashed')).toBe(true);
  });

  it('resuming below the compaction: the watch row says canceled, compacted at the compact revision', () => {
    const events = trace([
      watch,
      { at: 400, do: 'isolate', node: 'n2' },
      put(500, 'x1', 'n1'),
      put(600, 'x2', 'n1'),
      put(700, 'x3', 'n1'),
      { at: 1000, do: 'client', client: 'k', node: 'n1', op: { type: 'compact', revision: 4 } },
      { at: 1500, do: 'crash', node: 'n2' },
    ]);
    const row = historyOf(events, 'w')!.ops.find((r) => r.op.type === 'watch')!;
    expect(row.watchNotes?.at(-1)).toMatchObject({ kind: 'canceled', revision: 2, compactRevision: 4 });
  });

  it('a break not yet followed by a reconnection has no target; the fold read in pieces gives the same', () => {
    const events: TraceEvent[] = [
      { t: 1, ev: 'invoke', client: 'w', id: 1, op: { type: 'watch', key: 'a' } },
      { t: 5, ev: 'return', client: 'w', id: 1, ok: true, result: { header: { revision: 1 }, watchId: 7 } },
      { t: 10, ev: 'conn', client: 'w', node: 'n1', state: 'broken', reason: 'loss' },
    ];
    const later: TraceEvent[] = [
      { t: 300, ev: 'watch-resume', client: 'w', watchId: 7, node: 'n2', revision: 2 },
      { t: 900, ev: 'watch-cancel', client: 'w', watchId: 7, revision: 2, compactRevision: 5 },
    ];
    const first = advanceFold(emptyFold(12), events);
    expect(first.histories[0]?.conns).toEqual([{ t: 10, node: 'n1', reason: 'loss' }]);
    const all = events.concat(later);
    const second = advanceFold(first, all);
    expect(second.histories[0]?.conns).toEqual([{ t: 10, node: 'n1', reason: 'loss', to: 'n2' }]);
    // The earlier fold is not changed by the later one.
    expect(first.histories[0]?.conns).toEqual([{ t: 10, node: 'n1', reason: 'loss' }]);
    expect(second.histories[0]?.ops[0]?.watchNotes).toEqual([
      { t: 300, kind: 'resumed', node: 'n2', revision: 2 },
      { t: 900, kind: 'canceled', revision: 2, compactRevision: 5 },
    ]);
    expect(clientHistories(all)).toEqual(second.histories);
  });
});
