// The speed playback actually reaches: virtual time advanced over the last second of wall
// time. The page says so when a machine cannot keep up with the chosen speed (issue: 100x
// that really reaches 17x should say it, not look frozen).

/** The wall time over which the reached speed is measured. */
const WINDOW_MS = 1000;

export class PaceMeter {
  private frames: { wall: number; virtual: number }[] = [];
  private wall = 0;
  private virtual = 0;

  /** Forget what was measured (playback starts again). */
  reset(): void {
    this.frames = [];
    this.wall = 0;
    this.virtual = 0;
  }

  /** One playback frame: `wall` ms of wall time advanced the run by `virtual` ms. */
  note(wall: number, virtual: number): void {
    this.frames.push({ wall, virtual });
    this.wall += wall;
    this.virtual += virtual;
    while (this.frames.length > 1 && this.wall - (this.frames[0] as { wall: number }).wall >= WINDOW_MS) {
      const old = this.frames.shift() as { wall: number; virtual: number };
      this.wall -= old.wall;
      this.virtual -= old.virtual;
    }
  }

  /** Virtual ms per wall ms over the window, once it has been measured long enough to mean something. */
  reached(): number | undefined {
    return this.wall < WINDOW_MS / 2 ? undefined : this.virtual / this.wall;
  }
}
