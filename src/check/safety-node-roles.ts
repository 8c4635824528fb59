// Each node's volatile role and its (persisted) current term, as role, crash and restart
// events show them. A crash loses the role: a node restarts as a follower (Figure 2,
// "Rules for Servers"); it keeps its term, which is persisted.

import type { Role, TraceEvent } from './trace-events';

export interface NodeRole {
  role: Role;
  term: number;
  up: boolean;
  /** Trace index of the role event that set role and term (-1 before any). */
  event: number;
}

export class NodeRoles {
  private roles = new Map<string, NodeRole>();

  of(node: string): NodeRole {
    let state = this.roles.get(node);
    if (!state) {
      state = { role: 'follower', term: 0, up: true, event: -1 };
      this.roles.set(node, state);
    }
    return state;
  }

  /** Whether the node is up and leads its current term. */
  isLeader(node: string): boolean {
    const state = this.of(node);
    return state.up && state.role === 'leader';
  }

  apply(event: TraceEvent, index: number): void {
    switch (event.ev) {
      case 'role': {
        const state = this.of(event.node);
        Object.assign(state, { role: event.role, term: event.term, up: true, event: index });
        return;
      }
      case 'crash':
      case 'removed':
        Object.assign(this.of(event.node), { role: 'follower', up: false });
        return;
      case 'restart':
        this.of(event.node).up = true;
        return;
      default:
        return;
    }
  }
}
