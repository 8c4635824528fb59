// The shape of one safety check: it watches events one at a time and returns the
// violations each event reveals. Monitors share a read-only view of the cluster (logs,
// roles), which the safety checker updates before it shows them the event.

import type { TraceEvent } from './trace-events';
import type { Violation } from './violation';
import type { LogChange, NodeLogs } from './safety-node-logs';
import type { NodeRoles } from './safety-node-roles';

export interface ClusterView {
  readonly logs: NodeLogs;
  readonly roles: NodeRoles;
}

export interface Monitor {
  /** Called after the view took the event into account; `change` is set for log events. */
  observe(event: TraceEvent, index: number, view: ClusterView, change: LogChange | undefined): Violation[];
}

export const NONE: Violation[] = [];
