/**
 * Tells a connection that silently died from a quiet one. A laptop that slept, a Wi-Fi switch or
 * a NAT that forgot the connection leave a WebSocket "open" with nothing behind it: no close
 * frame ever comes, and the page would wait forever. So while the socket is open a small frame
 * is sent every `intervalMs`, and when nothing at all (the answer, or any other frame) arrives
 * within `timeoutMs` of it, the connection is declared dead. Plain TypeScript, tested on its own.
 */

/** Timings of the heartbeat; both have defaults. */
export interface HeartbeatOptions {
  /** Pause between two checks while the connection is open. Default 10 000 ms. */
  intervalMs?: number;
  /** How long after a check the connection may stay silent before it is taken for dead. Default 5 000 ms. */
  timeoutMs?: number;
}

/** What one heartbeat run does: send the check, and give up the connection. */
export interface HeartbeatActions {
  /** Sends the check frame; returns false when it could not be sent (the connection is dead too). */
  send(): boolean;
  /** The connection brought nothing in time: close it and connect again. Called once per run. */
  dead(): void;
}

export const HEARTBEAT_DEFAULTS = { intervalMs: 10_000, timeoutMs: 5_000 } as const;

/** One connection's heartbeat: `start` when it opens, `heard` on every incoming frame, `stop` when it closes. */
export class Heartbeat {
  private readonly intervalMs: number;
  private readonly timeoutMs: number;
  private actions: HeartbeatActions | null = null;
  private tick: ReturnType<typeof setTimeout> | null = null;
  private deadline: ReturnType<typeof setTimeout> | null = null;

  constructor(options: HeartbeatOptions = {}) {
    this.intervalMs = options.intervalMs ?? HEARTBEAT_DEFAULTS.intervalMs;
    this.timeoutMs = options.timeoutMs ?? HEARTBEAT_DEFAULTS.timeoutMs;
  }

  /** Starts checking a newly opened connection (stops any earlier run). */
  start(actions: HeartbeatActions): void {
    this.stop();
    this.actions = actions;
    this.schedule();
  }

  /** Something arrived: the connection is alive, whatever the check was waiting for. */
  heard(): void {
    if (this.deadline) clearTimeout(this.deadline);
    this.deadline = null;
  }

  /**
   * Checks now instead of at the next interval (the page woke up, came back online or became
   * visible: the moments a connection is most likely to have died unnoticed). While a check is
   * already waiting for its answer, its deadline stands.
   */
  checkNow(): void {
    if (!this.actions) return;
    this.check();
    this.schedule();
  }

  /** Stops checking (the connection closed, or the socket was closed for good). */
  stop(): void {
    if (this.tick) clearTimeout(this.tick);
    this.tick = null;
    this.heard();
    this.actions = null;
  }

  private schedule(): void {
    if (this.tick) clearTimeout(this.tick);
    this.tick = setTimeout(() => {
      this.tick = null;
      this.check();
      if (this.actions) this.schedule();
    }, this.intervalMs);
  }

  private check(): void {
    const actions = this.actions;
    if (!actions || this.deadline) return;
    if (!actions.send()) {
      this.giveUp(actions);
      return;
    }
    this.deadline = setTimeout(() => {
      this.deadline = null;
      this.giveUp(actions);
    }, this.timeoutMs);
  }

  private giveUp(actions: HeartbeatActions): void {
    if (this.actions !== actions) return;
    this.stop();
    actions.dead();
  }
}
