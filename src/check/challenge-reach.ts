// Who can exchange messages with whom, followed from the fault events of a trace (crash,
// restart, partition, isolate, link, heal), for the challenge condition commitsWhile.

import type { TraceEvent } from './trace-events';

export class Reachability {
  private crashed = new Set<string>();
  private isolated = new Set<string>();
  /** The partition's groups, node -> group number; undefined: no partition. */
  private group: Map<string, number> | undefined;
  private down = new Set<string>();

  /** Follows one event; others are ignored. */
  see(e: TraceEvent): void {
    switch (e.ev) {
      case 'crash':
        this.crashed.add(e.node);
        break;
      case 'restart':
        this.crashed.delete(e.node);
        break;
      case 'partition':
        this.group = new Map(e.groups.flatMap((g, i) => g.map((n) => [n, i] as const)));
        break;
      case 'isolate':
        this.isolated.add(e.node);
        break;
      case 'link':
        if (e.state === 'down') this.down.add(`${e.from}>${e.to}`);
        else this.down.delete(`${e.from}>${e.to}`);
        break;
      case 'heal':
        // SCENARIO.md: heal makes every link work again (crashed nodes stay crashed).
        this.isolated.clear();
        this.group = undefined;
        this.down.clear();
        break;
      default:
    }
  }

  /** True when `node` is crashed, or messages cannot go both ways between it and `other`. */
  cutFrom(node: string, other: string): boolean {
    if (this.crashed.has(node) || this.isolated.has(node) || this.isolated.has(other)) return true;
    if (this.group && (this.group.get(node) ?? -1) !== (this.group.get(other) ?? -2)) return true;
    return this.down.has(`${node}>${other}`) || this.down.has(`${other}>${node}`);
  }
}
