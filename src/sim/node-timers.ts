// One pending timer event per node on the agenda, however often its deadline moves.
// Deadlines mostly move later (every heartbeat restarts a follower's election timer), so an
// event already scheduled earlier is kept: when it fires it only re-arms. Each arming gets a
// generation; an event of an older generation (a crash, a later re-arm) is ignored.

export class NodeTimers {
  constructor(
    private readonly at = new Map<string, number>(),
    private readonly gen = new Map<string, number>(),
  ) {}

  /**
   * The generation of a new event to schedule at `deadline`, or 0 when one is pending no
   * later (then nothing is to be scheduled).
   */
  arm(id: string, deadline: number): number {
    if (deadline === Infinity || deadline >= (this.at.get(id) ?? Infinity)) return 0;
    this.at.set(id, deadline);
    const gen = (this.gen.get(id) ?? 0) + 1;
    this.gen.set(id, gen);
    return gen;
  }

  /** Forgets the pending event: it will be ignored when it comes. */
  disarm(id: string): void {
    this.at.delete(id);
    this.gen.set(id, (this.gen.get(id) ?? 0) + 1);
  }

  /** An event came due: true when it is the node's current one (then nothing is pending). */
  fire(id: string, gen: number): boolean {
    if (this.gen.get(id) !== gen) return false;
    this.at.delete(id);
    return true;
  }

  clone(): NodeTimers {
    return new NodeTimers(new Map(this.at), new Map(this.gen));
  }
}
