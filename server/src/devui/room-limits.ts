/**
 * What one attendee (or a script) may use, so nobody can slow the room down. Three bounds are
 * checked, in this order, when a turn asks to start (WebSocket, HTTP and `/v1` alike):
 *
 * 1. per attendee, turns per minute (a token bucket, `rate-limiter-flexible`): `429 rate_limited`;
 * 2. per attendee, turns running at once: `429 too_many_turns`;
 * 3. per process, turns running at once: past it, turns wait in a short first-come queue; when
 *    the queue is full or the wait too long, `503 busy` — the server is busy, Redis is fine.
 *
 * And open WebSockets: per attendee (tabs on every port), and per network address (generous: a
 * room behind one NAT shares its address): `429 too_many_connections` at the handshake.
 *
 * Every refusal says when to try again (`Retry-After`). The bounds are per server process.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { HttpError } from './errors';

/** The bounds; defaults in `DEFAULT_ROOM_LIMITS`. */
export interface RoomLimitsOptions {
  /** Turns one attendee may start per minute. */
  turnsPerMinute: number;
  /** Turns one attendee may have running at once (tabs, ports and the API together). */
  turnsAtOncePerAttendee: number;
  /** Turns the process runs at once; more wait in the queue. */
  turnsAtOnce: number;
  /** Turns that may wait for a slot; past it, `busy` at once. */
  maxQueued: number;
  /** Longest wait for a slot before `busy`. */
  queueTimeoutMs: number;
  /** WebSockets one attendee may have open (every tab on every port). */
  socketsPerAttendee: number;
  /** WebSockets one network address may have open. */
  socketsPerAddress: number;
}

/**
 * Sized for a room on a 2-core laptop: a person types far below 30 messages a minute; 4 at once
 * covers several tabs and ports; 32 running turns keep the event loop (and so every other
 * attendee's Redis round trips) responsive with the offline model, whose NLP costs CPU.
 */
export const DEFAULT_ROOM_LIMITS: RoomLimitsOptions = {
  turnsPerMinute: 30,
  turnsAtOncePerAttendee: 4,
  turnsAtOnce: 32,
  maxQueued: 256,
  queueTimeoutMs: 10_000,
  socketsPerAttendee: 16,
  socketsPerAddress: 1000,
};

/** What the limits look like right now (health, logs). */
export interface TurnLoad {
  running: number;
  queued: number;
  /** Every slot taken and turns waiting: new turns are slowed down or refused. */
  saturated: boolean;
}

/** Admission of turns and sockets against the bounds above. */
export class RoomLimits {
  readonly options: RoomLimitsOptions;
  private readonly perMinute: RateLimiterMemory;
  private readonly running = new Map<string, number>();
  /** Turns holding one of the process's `turnsAtOnce` places, and the ones waiting for one, oldest first. */
  private active = 0;
  private readonly waiters: Array<{ grant(): void }> = [];
  private readonly socketsByAttendee = new Map<string, number>();
  private readonly socketsByAddress = new Map<string, number>();

  constructor(options: Partial<RoomLimitsOptions> = {}) {
    this.options = { ...DEFAULT_ROOM_LIMITS, ...options };
    this.perMinute = new RateLimiterMemory({ points: this.options.turnsPerMinute, duration: 60 });
  }

  /**
   * Admits one turn of `userId`: resolves with the function that frees its place once the turn
   * is over (call it exactly once), or throws an `HttpError` with `retryAfterSeconds`.
   */
  async admitTurn(userId: string, signal?: AbortSignal): Promise<() => void> {
    try {
      await this.perMinute.consume(userId);
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      const seconds = Math.ceil(err.msBeforeNext / 1000);
      throw new HttpError('rate_limited', `at most ${this.options.turnsPerMinute} messages a minute: wait ${seconds} s and send again`, { retryAfterSeconds: seconds });
    }
    const mine = this.running.get(userId) ?? 0;
    if (mine >= this.options.turnsAtOncePerAttendee) {
      throw new HttpError('too_many_turns', `at most ${this.options.turnsAtOncePerAttendee} replies may run at once for you: wait for one to finish or stop it`, { retryAfterSeconds: 1 });
    }
    this.running.set(userId, mine + 1);
    let freeAttendee = () => {
      decrement(this.running, userId);
      freeAttendee = () => undefined;
    };
    try {
      const freeSlot = await this.slot(signal);
      return () => {
        freeSlot();
        freeAttendee();
      };
    } catch (err) {
      freeAttendee();
      throw err;
    }
  }

  /**
   * Counts a WebSocket of `userId` from `address`; returns the function to call when it closes
   * (once), or throws `too_many_connections`.
   */
  openSocket(userId: string, address: string): () => void {
    const mine = this.socketsByAttendee.get(userId) ?? 0;
    if (mine >= this.options.socketsPerAttendee) {
      throw new HttpError('too_many_connections', `at most ${this.options.socketsPerAttendee} open workshop tabs per attendee: close some tabs`, { retryAfterSeconds: 5 });
    }
    const fromAddress = this.socketsByAddress.get(address) ?? 0;
    if (fromAddress >= this.options.socketsPerAddress) {
      throw new HttpError('too_many_connections', `at most ${this.options.socketsPerAddress} open connections from one network address`, { retryAfterSeconds: 5 });
    }
    this.socketsByAttendee.set(userId, mine + 1);
    this.socketsByAddress.set(address, fromAddress + 1);
    let closed = false;
    return () => {
      if (closed) return;
      closed = true;
      decrement(this.socketsByAttendee, userId);
      decrement(this.socketsByAddress, address);
    };
  }

  load(): TurnLoad {
    const queued = this.waiters.length;
    return { running: this.active, queued, saturated: this.active >= this.options.turnsAtOnce && queued > 0 };
  }

  /** Waits for one of the process's slots; `busy` when the queue is full, the wait too long, or the caller gave up. */
  private slot(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(cancelled());
    if (this.active < this.options.turnsAtOnce) return Promise.resolve(this.take());
    if (this.waiters.length >= this.options.maxQueued) return Promise.reject(busy(this.options.turnsAtOnce));
    return new Promise((resolve, reject) => {
      const waiter = {
        grant: () => {
          clearTimeout(timer);
          resolve(this.take());
        },
      };
      const giveUp = (err: HttpError) => {
        const at = this.waiters.indexOf(waiter);
        if (at < 0) return;
        this.waiters.splice(at, 1);
        clearTimeout(timer);
        reject(err);
      };
      const timer = setTimeout(() => giveUp(busy(this.options.turnsAtOnce)), this.options.queueTimeoutMs);
      signal?.addEventListener('abort', () => giveUp(cancelled()), { once: true });
      this.waiters.push(waiter);
    });
  }

  /** Takes a slot; the returned function gives it to the next waiter (once). */
  private take(): () => void {
    this.active += 1;
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      this.active -= 1;
      // First come, first served: the place goes straight to the oldest waiter.
      this.waiters.shift()?.grant();
    };
  }
}

function decrement(counts: Map<string, number>, key: string): void {
  const left = (counts.get(key) ?? 1) - 1;
  if (left > 0) counts.set(key, left);
  else counts.delete(key);
}

function cancelled(): HttpError {
  return new HttpError('busy', 'the turn was cancelled while it waited for the server');
}

function busy(turnsAtOnce: number): HttpError {
  return new HttpError('busy', `the server is answering ${turnsAtOnce} messages at once and more are waiting: send again in a few seconds`, { retryAfterSeconds: 3 });
}
