// Folding worker frames into what the page shows. Pure functions, unit-tested.

import type { BrokenLinkView, ChecksView, ElectionView, EntryView, Frame, KvView, LogDelta, MessageView, NetworkView, NodeView } from '../protocol';
import type { Scenario } from '../sim/scenario-types';
import type { ChallengeGrade } from '../sim/challenge-types';
import type { TraceEvent } from '../sim/trace-types';

/** Events the page keeps for its timelines and history (the trace itself stays in the worker). */
export const KEPT_EVENTS = 20_000;

export interface NodeLog {
  /** The log starts after this index (snapshot). */
  snapshotIndex: number;
  entries: EntryView[];
}

export interface SimView {
  time: number;
  until: number;
  playing: boolean;
  speed: number;
  /** While playing: the speed actually reached (virtual ms per wall ms), when measured. */
  achieved?: number;
  /** Acting in the past dropped later steps; undo brings them back. */
  canUndo: boolean;
  nodes: NodeView[];
  /** A majority of the voters shown (the worker sends it: src/raft/quorum.ts). */
  quorum: number;
  messages: MessageView[];
  network: NetworkView;
  /** Client connections shown broken on the ring (Frame.brokenLinks). */
  brokenLinks: BrokenLinkView[];
  logs: Record<string, NodeLog>;
  events: TraceEvent[];
  /**
   * The clients' events only (invoke, return, watch, elected, resigned, observed,
   * client-crash, conn, watch-resume, watch-cancel): a new array only when one arrives, so the
   * clients and chain panels do not redraw on every frame.
   */
  clientEvents: TraceEvent[];
  /** Trace index of events[0]. */
  eventOffset: number;
  kv?: KvView;
  elections: ElectionView[];
  scenario?: Scenario;
  paused?: Frame['paused'];
  /** Bumps on every reset, so views can drop animations that no longer make sense. */
  epoch: number;
  /** The live checks at the current time (worker live-checks.ts). */
  checks?: ChecksView;
  /** The challenge's grade at the current time (worker challenge-judge.ts); absent without a challenge. */
  challenge?: ChallengeGrade;
  /** Time travel replayed something other than the recorded run (Frame.diverged). */
  diverged?: Frame['diverged'];
}

export const EMPTY_VIEW: SimView = {
  time: 0,
  until: 0,
  playing: false,
  speed: 1,
  canUndo: false,
  nodes: [],
  quorum: 0,
  messages: [],
  network: { isolated: [], cut: [], loss: 0 },
  brokenLinks: [],
  logs: {},
  events: [],
  clientEvents: [],
  eventOffset: 0,
  elections: [],
  epoch: 0,
};

export function applyFrame(view: SimView, frame: Frame): SimView {
  const logs = frame.reset ? {} : { ...view.logs };
  for (const d of frame.logs) logs[d.node] = applyLogDelta(logs[d.node], d);
  const events = frame.reset ? frame.events : keepTail(view.events.concat(frame.events));
  const eventOffset = frame.reset ? frame.eventOffset : frame.eventOffset + frame.events.length - events.length;
  return {
    time: frame.time,
    until: frame.until,
    playing: frame.playing,
    speed: frame.speed,
    achieved: frame.achieved,
    canUndo: frame.canUndo ?? false,
    nodes: frame.nodes,
    quorum: frame.quorum,
    messages: frame.messages,
    network: frame.network,
    brokenLinks: frame.brokenLinks ?? [],
    logs,
    events,
    clientEvents: frame.reset ? events.filter(isClientEvent) : withClientEvents(view.clientEvents, frame.events),
    eventOffset,
    kv: frame.kv ?? (frame.reset ? undefined : view.kv),
    elections: frame.elections ?? (frame.reset ? [] : view.elections),
    scenario: withUntil(frame.scenario ?? view.scenario, frame.until),
    paused: frame.paused ?? (frame.playing ? undefined : view.paused),
    epoch: frame.reset ? view.epoch + 1 : view.epoch,
    checks: frame.checks ?? view.checks,
    challenge: frame.challenge,
    diverged: frame.diverged,
  } as SimView;
}

function applyLogDelta(log: NodeLog | undefined, d: LogDelta): NodeLog {
  let entries = log?.entries ?? [];
  let snapshotIndex = log?.snapshotIndex ?? 0;
  if (d.truncateFrom !== undefined) entries = entries.filter((e) => e.index < (d.truncateFrom as number));
  if (d.append.length > 0) {
    const first = (d.append[0] as EntryView).index;
    // Usually the append follows the last entry: no need to scan thousands of entries.
    const kept = (entries[entries.length - 1]?.index ?? 0) < first ? entries : entries.filter((e) => e.index < first);
    entries = kept.concat(d.append);
  }
  if (d.snapshotIndex !== undefined) {
    snapshotIndex = Math.max(snapshotIndex, d.snapshotIndex);
    // Entries covered by the snapshot stay visible, marked as compacted by the view.
  }
  return { snapshotIndex, entries };
}

/** Free play moves the run's end on every frame; the scenario's copy follows without being resent. */
function withUntil(scenario: Scenario | undefined, until: number): Scenario | undefined {
  return scenario && scenario.until !== until ? { ...scenario, until } : scenario;
}

function keepTail<T>(items: T[]): T[] {
  return items.length > KEPT_EVENTS ? items.slice(items.length - KEPT_EVENTS) : items;
}

const CLIENT_EVENTS = new Set(['invoke', 'return', 'watch', 'elected', 'resigned', 'observed', 'client-crash', 'conn', 'watch-resume', 'watch-cancel']);

function isClientEvent(e: TraceEvent): boolean {
  return CLIENT_EVENTS.has(e.ev);
}

function withClientEvents(kept: TraceEvent[], fresh: readonly TraceEvent[]): TraceEvent[] {
  const added = fresh.filter(isClientEvent);
  return added.length === 0 ? kept : keepTail(kept.concat(added));
}
