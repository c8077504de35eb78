/**
 * While the socket is down, asks the server a cheap question (`GET /api/health`) every few hundred
 * milliseconds and says as soon as it answers again. The socket's own backoff grows to 10 s, so
 * after a restart a page would otherwise sit disconnected for seconds after the server is back.
 * Plain TypeScript (the check is injected), so it is tested without a browser.
 */

/** Default pause between two checks: cheap enough to run from every tab of a room. */
export const PROBE_INTERVAL_MS = 400;

/** What to do after a check: try the socket now, or keep waiting. */
export type ProbeVerdict = 'reconnect' | 'wait';

/**
 * Decides from the previous check's result (null before the first) and this one's. Only a change
 * to "answering" triggers a reconnect: while the server keeps answering, a socket that still fails
 * is left to its own backoff instead of being retried every interval.
 */
export function probeVerdict(previous: boolean | null, answering: boolean): ProbeVerdict {
  return answering && previous !== true ? 'reconnect' : 'wait';
}

/**
 * Whether an HTTP status means our server itself answered. 502 and 504 come from a proxy in
 * front of a server that is still away; 503 is our server up with Redis down, which the socket
 * survives.
 */
export function serverAnswered(status: number): boolean {
  return status !== 502 && status !== 504 && status > 0;
}

/** Options of `ReconnectProbe`. */
export interface ReconnectProbeOptions {
  /** Resolves to whether the server answers; a rejection counts as not answering. */
  check(): Promise<boolean>;
  /** Called when the server answers again (see `probeVerdict`). */
  onAnswer(): void;
  /** Pause between the end of one check and the start of the next. Default `PROBE_INTERVAL_MS`. */
  intervalMs?: number;
}

/** Polls `check` between `start()` and `stop()`, one check at a time, and calls `onAnswer` on each comeback. */
export class ReconnectProbe {
  private readonly options: ReconnectProbeOptions;
  private timer: ReturnType<typeof setTimeout> | null = null;
  // Bumped by stop(): a check still in flight from an earlier run must not act or reschedule.
  private run = 0;
  private running = false;
  private previous: boolean | null = null;

  constructor(options: ReconnectProbeOptions) {
    this.options = options;
  }

  /** Whether the probe is polling. */
  get active(): boolean {
    return this.running;
  }

  /** Starts polling now (idempotent). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.previous = null;
    this.run += 1;
    void this.tick(this.run);
  }

  /** Stops polling; a check in flight is ignored. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.run += 1;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async tick(run: number): Promise<void> {
    let answering: boolean;
    try {
      answering = await this.options.check();
    } catch {
      answering = false;
    }
    if (run !== this.run) return;
    const verdict = probeVerdict(this.previous, answering);
    this.previous = answering;
    if (verdict === 'reconnect') {
      try {
        this.options.onAnswer();
      } catch (error) {
        // A faulty listener must not end the polling; report it out of band.
        setTimeout(() => {
          throw error;
        });
      }
    }
    // onAnswer may have stopped the probe (the socket opened synchronously in a test).
    if (run !== this.run) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.tick(run);
    }, this.options.intervalMs ?? PROBE_INTERVAL_MS);
  }
}
