// The messages between the page and the simulation worker. Types only: the page never
// runs simulation code; it sends commands and draws the frames it receives.

import type { Scenario, Step } from '../sim/scenario-types';
import type { ConnReason, MessageSummary, Role, TraceEvent } from '../sim/trace-types';
import type { KvView, ElectionView } from './views';
import type { Divergence } from '../sim/replay-check';
import type { ChecksView } from './checks';
import type { ChallengeGrade } from '../sim/challenge-types';
import type { ConsoleOutput, ConsoleRun } from './console';

export type { ConsoleLine, ConsoleOutput, ConsoleRun } from './console';

export type { CheckedProperty, CheckViolation, ChecksView, LinearizabilityState, PointedEvent } from './checks';

/** A user action: a scenario step without its time; the worker stamps the current time. */
export type Action = Step extends infer S ? (S extends { at: number } ? Omit<S, 'at'> : never) : never;

export type Command =
  | { type: 'load'; scenario: Scenario; time?: number }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'speed'; value: number }
  | { type: 'step'; unit: 'event' | 'delivery' | 'back' }
  /** Undo the last fork (acting in the past dropped later steps). */
  | { type: 'undo' }
  | { type: 'seek'; time: number }
  | { type: 'act'; action: Action }
  | { type: 'visible'; visible: boolean }
  /** The page drew the last frame: playback sends the next one only then (no backlog at 100x). */
  | { type: 'frame-ack' }
  | { type: 'select'; node: string | null }
  | { type: 'request'; id: number; what: 'trace' | 'scenario' }
  | { type: 'run-to'; id: number; time: number }
  /** Test only: later checkpoints are broken clones, so that a seek back diverges (the badge's e2e test). */
  | { type: 'test-break-replay' }
  /** The etcdctl console: run a line, stop its streams (Ctrl+C), complete a line (reply: string[]). */
  | ConsoleRun
  | { type: 'console-stop'; client: string }
  | { type: 'console-complete'; id: number; line: string; client: string; endpoint?: string };

export type WorkerMessage =
  | { type: 'frame'; frame: Frame }
  | { type: 'reply'; id: number; data: unknown }
  | { type: 'error'; message: string }
  /** A run opening at a later time replays in slices (worker/opening.ts): how far it got; null once open. */
  | { type: 'opening'; opening: { target: number; reached: number } | null }
  | ConsoleOutput;

export interface NodeView {
  id: string;
  up: boolean;
  role: Role;
  term: number;
  vote: string;
  lead: string;
  commit: number;
  applied: number;
  lastIndex: number;
  /** The first index still in the log (after the snapshot). */
  firstIndex: number;
  snapshotIndex: number;
  /** The election timer: when it last restarted and when it fires (Infinity for a leader). */
  electionStart: number;
  electionDeadline: number;
  voter: boolean;
  learner: boolean;
  revision: number;
  /** The term of the last entry (Figure 2's lastLogTerm; 0 for an empty log). Optional: older test frames lack it. */
  lastTerm?: number;
  /** A leader's view of each member, itself included (Figure 2's nextIndex[] and matchIndex[]). */
  progress?: PeerProgressView[];
}

/** One member as the leader tracks it (etcd's tracker.Progress). */
export interface PeerProgressView {
  id: string;
  match: number;
  next: number;
  /** etcd's progress state: probe (one append at a time), replicate (streaming) or snapshot. */
  state: string;
  /** Appends sent and not yet acknowledged. */
  inflight: number;
  /** The leader sends this member nothing new for now (probe unanswered, window full, snapshot). */
  paused: boolean;
  /** Virtual ms when next and match last changed. */
  nextChangedAt: number;
  matchChangedAt: number;
}

export interface MessageView {
  id: number;
  from: string;
  to: string;
  sentAt: number;
  deliverAt: number;
  /** Decided already: this message will be lost on arrival (loss, partition, crash). */
  doomed: boolean;
  msg: MessageSummary;
}

export interface NetworkView {
  groups?: string[][];
  isolated: string[];
  cut: [string, string][];
  loss: number;
}

/** A client's connection to a node that broke (src/sim/connections.ts), drawn on the ring. */
export interface BrokenLinkView {
  client: string;
  node: string;
  /** What broke it: loss on the path, a partition, the node crashed or was removed, ... */
  reason: ConnReason;
  brokeAt: number;
  /** The client knows (its keepalive timeout ran out, or the node reset it) and reconnects. */
  noticed: boolean;
}

export interface EntryView {
  index: number;
  term: number;
  label: string;
}

/** Changes to one node's log since the previous frame. */
export interface LogDelta {
  node: string;
  /** Entries from this index on were removed (a truncation). */
  truncateFrom?: number;
  append: EntryView[];
  /** The log now starts after this index (a snapshot). */
  snapshotIndex?: number;
}

/** The key-value store of one node, and the elections' watch chains (built in src/worker/views.ts). */
export type { KvView, CampaignerView, ElectionView } from './views';

export interface Frame {
  /** True when everything must be replaced (load, seek backward). */
  reset: boolean;
  time: number;
  until: number;
  playing: boolean;
  speed: number;
  /** While playing: the speed actually reached over the last second (virtual ms per wall ms). */
  achieved?: number;
  /** Index in the trace of the first event in `events`. */
  eventOffset: number;
  /** Trace events for the views: the new ones, or the latest ones after a reset. */
  events: TraceEvent[];
  /**
   * The page's exact copy of the trace (PAGE.md trace()): keep its first `keep` lines, append
   * `append` (JSON Lines), then the frame's events past those lines are the next ones
   * (ui/trace-copy.ts writes them). A seek backward keeps a prefix: the run is deterministic.
   */
  trace: { keep: number; append: string };
  nodes: NodeView[];
  /**
   * Votes a candidate needs, and acknowledgements an entry needs, among the voters the nodes
   * show (src/raft/quorum.ts, sent so that no view writes the majority formula again).
   */
  quorum: number;
  messages: MessageView[];
  network: NetworkView;
  /** Client connections that broke and are still shown broken (worker/frames.ts brokenLinks). */
  brokenLinks?: BrokenLinkView[];
  logs: LogDelta[];
  /** The key-value store of the selected node (or the leader), sent when it changed. */
  kv?: KvView;
  /** Elections and locks in progress, sent when they changed. */
  elections?: ElectionView[];
  /** The scenario, sent when it changed (load, a recorded action). */
  scenario?: Scenario;
  /** Acting in the past dropped later steps; `undo` brings them back. */
  canUndo?: boolean;
  /** Why playback stopped, when it just did ('violation': a live check failed). */
  paused?: 'end' | 'narration' | 'user' | 'hidden' | 'violation';
  /** The live safety and linearizability checks at the current position. */
  checks?: ChecksView;
  /** The challenge's grade at the current position, in every frame of a scenario with a challenge. */
  challenge?: ChallengeGrade;
  /**
   * A replay from a checkpoint (time travel) regenerated an event other than the recorded
   * one (src/sim/replay-check.ts): what is shown after it is not the run that happened.
   * Sent in every frame of the run from then on.
   */
  diverged?: Divergence;
}
