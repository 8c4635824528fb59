// What the page already has, and the next frame that brings it up to date: the trace lines
// and events it holds, whether it must rebuild everything, and the store and election views
// it was last sent (they are resent only when they change).

import type { Frame } from '../protocol';
import type { Simulation } from '../sim/simulation';
import type { TraceEvent } from '../sim/trace-types';
import { emptyFrame, fullLogs, logDeltas, RESET_EVENTS } from './frames';
import { electionViews, storeView } from './views';

/** The session's side of a frame: playback state, the checks, the node the page looks at. */
export type SessionState = Pick<Frame, 'playing' | 'speed' | 'achieved' | 'canUndo' | 'paused' | 'checks'> & { selectedNode: string | undefined };

export class PageSync {
  private sentEvents = 0;
  /** Trace lines the page holds that are still valid for this run. */
  private pageTrace = 0;
  private needReset = true;
  private scenarioChanged = true;
  private sentKv = '';
  private sentElections = '';

  /** The page must replace everything it shows (a load, a move backward). */
  markReset(): void {
    this.needReset = true;
    this.scenarioChanged = true;
  }

  /** The scenario changed (a step added): the page gets its copy again. */
  markScenarioChanged(): void {
    this.scenarioChanged = true;
  }

  /** A new run from the start: none of the page's trace is known to be right. */
  newRun(): void {
    this.pageTrace = 0;
  }

  /** The run is back at trace index `count`: the page's trace is right up to there (the run is deterministic). */
  keepTraceUpTo(count: number): void {
    this.pageTrace = Math.min(this.pageTrace, count);
  }

  /** The frame for the page: changes since the previous frame, or everything after a reset. */
  frame(sim: Simulation, state: SessionState): Frame {
    const rec = sim.recorder;
    const reset = this.needReset;
    const from = reset ? Math.max(0, rec.count - RESET_EVENTS) : this.sentEvents;
    const fresh = rec.since(from);
    const { kv, elections } = this.storeParts(sim, state.selectedNode, reset);
    const frame: Frame = {
      ...emptyFrame(sim),
      ...(kv ? { kv } : {}),
      ...(elections ? { elections } : {}),
      reset,
      playing: state.playing,
      speed: state.speed,
      ...(state.achieved !== undefined ? { achieved: state.achieved } : {}),
      canUndo: state.canUndo,
      eventOffset: from,
      events: fresh,
      trace: this.traceUpdate(rec, from),
      logs: reset ? fullLogs(sim) : logDeltas(fresh),
      ...(this.scenarioChanged ? { scenario: sim.scenario } : {}),
      ...(state.paused ? { paused: state.paused } : {}),
      checks: state.checks,
    };
    this.sentEvents = rec.count;
    this.pageTrace = rec.count;
    this.needReset = false;
    this.scenarioChanged = false;
    return frame;
  }

  /**
   * The page's trace copy brought up to date: as text only the lines before the frame's
   * events (after a seek back); the events themselves are the rest (ui/trace-copy.ts).
   */
  private traceUpdate(rec: Simulation['recorder'], from: number): Frame['trace'] {
    const textEnd = Math.max(this.pageTrace, from);
    const append = textEnd > this.pageTrace ? toJsonl(rec.between(this.pageTrace, textEnd)) : '';
    return { keep: this.pageTrace, append };
  }

  /** The store and election views, when they changed since the last frame. */
  private storeParts(sim: Simulation, selected: string | undefined, reset: boolean): Pick<Frame, 'kv' | 'elections'> {
    const node = selected ?? sim.leader()?.id ?? sim.nodeIds.find((id) => sim.isUp(id));
    const out: Pick<Frame, 'kv' | 'elections'> = {};
    if (!node) return out;
    // A compaction changes the store without a new revision: it is part of the key too.
    const store = sim.query.store(node);
    const kvKey = `${node}@${store?.revision ?? -1}/${store?.compactRevision ?? 0}`;
    if (reset || kvKey !== this.sentKv) {
      const kv = storeView(sim, node);
      if (kv) out.kv = kv;
      this.sentKv = kvKey;
    }
    const elections = electionViews(sim, node);
    const signature = JSON.stringify(elections);
    if (reset || signature !== this.sentElections) {
      out.elections = elections;
      this.sentElections = signature;
    }
    return out;
  }
}

function toJsonl(events: readonly TraceEvent[]): string {
  let out = '';
  for (const e of events) out += JSON.stringify(e) + '\n';
  return out;
}
