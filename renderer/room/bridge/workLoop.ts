// The bridge's serial work loop: one job at a time, started by a kick, tried again with a back-off after a failure.

/** What the loop runs, and what it tells of its runs. */
export interface WorkLoopHost {
  /** The next job, taken off what is pending; none ends the run. */
  nextJob(): (() => Promise<void>) | undefined;
  hasWork(): boolean;
  /** A run starts (`true`) or has ended (`false`). */
  busy(busy: boolean): void;
  succeeded(): void;
  /** A job failed: the run ends, and the next one starts after a back-off. */
  failed(error: unknown): void;
  /** A run ended with nothing left to do. */
  quiet(): void;
}

/**
 * Runs the host's jobs one after the other, so that each reads what the previous one wrote. A kick
 * asks for a run (after a delay, to let a device's changes gather); a kick during a run is not needed,
 * as the run takes every job there is before it ends.
 */
export class WorkLoop {
  private running: Promise<void> | undefined;
  private looping = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerDue = 0;
  private failures = 0;
  private retryDelay: number | undefined;
  private idle: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(private readonly host: WorkLoopHost) {}

  /** The run under way, if any. */
  get current(): Promise<void> | undefined {
    return this.running;
  }

  /** A run in `delay` ms, unless one is due sooner; it cancels the wait of `whenQuiet`. */
  kick(delay = 0): void {
    if (this.stopped || this.looping) return;
    clearTimeout(this.idle);
    const due = Date.now() + delay;
    if (this.timer !== undefined && this.timerDue <= due) return;
    clearTimeout(this.timer);
    this.timerDue = due;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, delay);
  }

  /** `then` runs once the loop has been quiet for `ms` (no kick since); `ms` undefined only cancels the wait. */
  whenQuiet(ms: number | undefined, then: () => void): void {
    clearTimeout(this.idle);
    if (ms === undefined || this.stopped) return;
    this.idle = setTimeout(then, ms);
  }

  /** Resolves once no run is under way or due, nor any work waiting, and `settled` has resolved. */
  async whenIdle(settled: () => Promise<void>): Promise<void> {
    for (;;) {
      await this.running;
      await settled();
      if (this.stopped || (!this.looping && !this.timer && !this.host.hasWork())) return;
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, this.timerDue - Date.now())));
    }
  }

  /** No run starts any more; the one under way (`current`) ends after its job. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.idle);
    this.timer = undefined;
  }

  private run(): void {
    if (this.looping || this.stopped) return;
    this.looping = true;
    this.host.busy(true);
    this.running = this.loop().finally(() => {
      this.looping = false;
      this.running = undefined;
      this.host.busy(false);
      // Work that came in as the loop ended, or the attempt again after a failure.
      const delay = this.retryDelay ?? 0;
      this.retryDelay = undefined;
      if (this.host.hasWork()) this.kick(delay);
      else this.host.quiet();
    });
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const job = this.host.nextJob();
      if (!job) return;
      try {
        await job();
        this.failures = 0;
        this.host.succeeded();
      } catch (error) {
        this.failures += 1;
        this.host.failed(error);
        this.retryDelay = Math.min(30_000, 500 * 2 ** Math.min(this.failures, 6));
        return;
      }
    }
  }
}
