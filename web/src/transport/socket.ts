/**
 * A WebSocket that keeps itself connected: exponential backoff with jitter (capped), a send queue
 * flushed on open, a heartbeat that finds a connection that died without closing, typed events,
 * and incoming frames validated by a schema (a bad frame is dropped and counted, never thrown).
 * Plain TypeScript, no React, so it is tested on its own.
 */
import { Heartbeat, type HeartbeatOptions } from './heartbeat';

/** Connection state shown to the user. */
export type SocketStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

/**
 * The part of the WebSocket API this class uses. The browser's `WebSocket` and the `ws` package's
 * class both fit. Handler parameters are `any` because the two declare different event types.
 */
export interface WebSocketLike {
  readonly readyState: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  onopen: ((event: any) => void) | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  onclose: ((event: any) => void) | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  onerror: ((event: any) => void) | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  onmessage: ((event: any) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

/** A WebSocket class: the browser's, or the `ws` package's in tests. */
export type WebSocketConstructor = new (url: string) => WebSocketLike;

/** Anything with zod's `safeParse` shape. */
export interface FrameSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: unknown };
}

/** Options of `ReconnectingSocket`; only `url` and `schema` are required. */
export interface ReconnectingSocketOptions<In, Out = unknown> {
  /** `ws://` or `wss://` address. */
  url: string;
  /** Validates every incoming frame (after JSON parsing). */
  schema: FrameSchema<In>;
  /** WebSocket class. Default: `globalThis.WebSocket` (tests pass the `ws` package's). */
  WebSocket?: WebSocketConstructor;
  /** First reconnect delay. Default 500 ms. */
  initialDelayMs?: number;
  /** Upper bound of any reconnect delay, jitter included. Default 10 000 ms. */
  maxDelayMs?: number;
  /** Growth of the delay per failed attempt. Default 2. */
  factor?: number;
  /** Random spread of each delay as a fraction (0.3 → ±30 %), so tabs do not reconnect in step. Default 0.3. */
  jitter?: number;
  /** Frames kept while disconnected; further sends are refused. Default 200. */
  maxQueue?: number;
  /** Source of randomness for the jitter. Default `Math.random`. */
  random?: () => number;
  /**
   * Sent regularly while open (the server must answer it), so a connection that died without a
   * close frame — a laptop that slept, a dropped network — is closed and connected again instead
   * of waiting forever. Default: none, no heartbeat.
   */
  heartbeatFrame?: Out;
  /** How often the heartbeat checks and how long it waits (see `Heartbeat`). Default 10 s and 5 s. */
  heartbeat?: HeartbeatOptions;
}

/** Events and their payloads. */
export interface SocketEvents<In> {
  frame: In;
  status: SocketStatus;
  /** `reconnected` is true when an earlier connection of this socket had been open. */
  open: { reconnected: boolean };
  /** A frame that was not JSON or failed the schema; it was dropped. */
  invalid: { raw: string; error: unknown };
}

type Handler<T> = (payload: T) => void;

const OPEN = 1;

/** Delay before reconnect attempt `attempt` (0-based), jittered and capped. */
export function backoffDelay(
  attempt: number,
  opts: { initialDelayMs: number; maxDelayMs: number; factor: number; jitter: number },
  random: () => number = Math.random,
): number {
  const base = opts.initialDelayMs * Math.pow(opts.factor, attempt);
  const spread = 1 - opts.jitter + 2 * opts.jitter * random();
  return Math.max(0, Math.min(opts.maxDelayMs, Math.round(base * spread)));
}

/** A WebSocket that reconnects by itself (see the top of this file); `In` frames are validated, `Out` frames queued. */
export class ReconnectingSocket<In, Out = unknown> {
  private readonly url: string;
  private readonly schema: FrameSchema<In>;
  private readonly Ctor: WebSocketConstructor;
  private readonly backoff: { initialDelayMs: number; maxDelayMs: number; factor: number; jitter: number };
  private readonly maxQueue: number;
  private readonly random: () => number;
  private readonly heartbeatFrame: string | undefined;
  private readonly heartbeat: Heartbeat;

  private ws: WebSocketLike | null = null;
  private queue: string[] = [];
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private hasBeenOpen = false;
  private stopped = true;
  private currentStatus: SocketStatus = 'closed';
  private invalidCount = 0;
  private readonly handlers: { [K in keyof SocketEvents<In>]: Set<Handler<SocketEvents<In>[K]>> } = {
    frame: new Set(),
    status: new Set(),
    open: new Set(),
    invalid: new Set(),
  };

  constructor(options: ReconnectingSocketOptions<In, Out>) {
    this.url = options.url;
    this.schema = options.schema;
    const Ctor = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    if (!Ctor) throw new Error('No WebSocket implementation: pass the `WebSocket` option (e.g. the `ws` package).');
    this.Ctor = Ctor;
    this.backoff = {
      initialDelayMs: options.initialDelayMs ?? 500,
      maxDelayMs: options.maxDelayMs ?? 10_000,
      factor: options.factor ?? 2,
      jitter: options.jitter ?? 0.3,
    };
    this.maxQueue = options.maxQueue ?? 200;
    this.random = options.random ?? Math.random;
    this.heartbeatFrame = options.heartbeatFrame === undefined ? undefined : JSON.stringify(options.heartbeatFrame);
    this.heartbeat = new Heartbeat(options.heartbeat);
  }

  get status(): SocketStatus {
    return this.currentStatus;
  }

  /** Incoming frames dropped because they were not JSON or failed the schema. */
  get droppedFrames(): number {
    return this.invalidCount;
  }

  /** Frames waiting for the connection. */
  get queuedFrames(): number {
    return this.queue.length;
  }

  /** Subscribes to an event; returns the unsubscribe function. */
  on<K extends keyof SocketEvents<In>>(event: K, handler: Handler<SocketEvents<In>[K]>): () => void {
    this.handlers[event].add(handler);
    return () => {
      this.handlers[event].delete(handler);
    };
  }

  /** Starts connecting (idempotent). */
  connect(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.open();
  }

  /**
   * Sends a frame now if connected, otherwise queues it for the next open.
   * Returns false only when the queue is full and the frame was refused.
   */
  send(frame: Out): boolean {
    const data = JSON.stringify(frame);
    if (this.ws && this.ws.readyState === OPEN) {
      try {
        this.ws.send(data);
        return true;
      } catch {
        // Fall through: the connection is going away; the frame waits for the next one.
      }
    }
    if (this.queue.length >= this.maxQueue) return false;
    this.queue.push(data);
    return true;
  }

  /** Sends only when connected right now; nothing is queued. Returns whether it was sent. */
  sendIfOpen(frame: Out): boolean {
    return this.ws ? sendNow(this.ws, JSON.stringify(frame)) : false;
  }

  /**
   * Skips the backoff wait and tries now (the "Reconnect now" button, or the server answering
   * again). Does nothing while open, closed for good, or while an attempt is already under way.
   * The failure count is kept, so a socket that still fails backs off as before.
   * Returns whether an attempt was started.
   */
  reconnectNow(): boolean {
    if (this.stopped || this.ws) return false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.open();
    return true;
  }

  /**
   * Checks the open connection now instead of at the next heartbeat (the page woke up or came
   * back online): one that does not answer in time is closed and connected again.
   */
  checkNow(): void {
    this.heartbeat.checkNow();
  }

  /** Closes for good: no reconnect; queued frames are discarded. */
  close(): void {
    this.stopped = true;
    this.heartbeat.stop();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.queue = [];
    const ws = this.ws;
    this.ws = null;
    if (ws) {
      detach(ws);
      try {
        ws.close(1000, 'client closed');
      } catch {
        // Already closing.
      }
    }
    this.setStatus('closed');
  }

  private open(): void {
    if (this.stopped) return;
    this.setStatus(this.hasBeenOpen || this.attempt > 0 ? 'reconnecting' : 'connecting');
    let ws: WebSocketLike;
    try {
      ws = new this.Ctor(this.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.ws = ws;
    ws.onopen = () => {
      if (this.ws !== ws) return;
      const reconnected = this.hasBeenOpen;
      this.hasBeenOpen = true;
      this.attempt = 0;
      this.setStatus('open');
      this.flush(ws);
      const beat = this.heartbeatFrame;
      if (beat !== undefined) this.heartbeat.start({ send: () => sendNow(ws, beat), dead: () => this.dropSilent(ws) });
      this.emit('open', { reconnected });
    };
    ws.onmessage = (event: { data: unknown }) => {
      if (this.ws !== ws) return;
      this.heartbeat.heard();
      this.receive(event.data);
    };
    // Errors are always followed by a close event; reconnecting is handled there.
    ws.onerror = () => undefined;
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.heartbeat.stop();
      detach(ws);
      this.ws = null;
      this.scheduleReconnect();
    };
  }

  /** The heartbeat got no answer: the connection is dead without knowing it. Let it go and connect again. */
  private dropSilent(ws: WebSocketLike): void {
    if (this.ws !== ws) return;
    detach(ws);
    this.ws = null;
    try {
      // Nothing may reach the other end; the browser gives the socket up on its own time.
      ws.close(4000, 'no answer to the heartbeat');
    } catch {
      // Already closing.
    }
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    this.setStatus('reconnecting');
    const delay = backoffDelay(this.attempt, this.backoff, this.random);
    this.attempt += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.open();
    }, delay);
  }

  private flush(ws: WebSocketLike): void {
    while (this.queue.length > 0 && ws.readyState === OPEN) {
      const next = this.queue[0];
      try {
        ws.send(next);
      } catch {
        return;
      }
      this.queue.shift();
    }
  }

  private receive(data: unknown): void {
    const raw = typeof data === 'string' ? data : decode(data);
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      this.reject(raw, error);
      return;
    }
    const result = this.schema.safeParse(parsed);
    if (!result.success) {
      this.reject(raw, result.error);
      return;
    }
    this.emit('frame', result.data);
  }

  private reject(raw: string, error: unknown): void {
    this.invalidCount += 1;
    this.emit('invalid', { raw, error });
  }

  private setStatus(status: SocketStatus): void {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    this.emit('status', status);
  }

  private emit<K extends keyof SocketEvents<In>>(event: K, payload: SocketEvents<In>[K]): void {
    for (const handler of [...this.handlers[event]]) {
      try {
        handler(payload);
      } catch (error) {
        // A faulty listener must not break the connection or the other listeners.
        setTimeout(() => {
          throw error;
        });
      }
    }
  }
}

/** Sends on `ws` if it is open; false when it is not or the send throws. */
function sendNow(ws: WebSocketLike, data: string): boolean {
  if (ws.readyState !== OPEN) return false;
  try {
    ws.send(data);
    return true;
  } catch {
    return false;
  }
}

function detach(ws: WebSocketLike): void {
  ws.onopen = null;
  ws.onmessage = null;
  ws.onclose = null;
  // Kept as a no-op: closing a socket that is still connecting reports an error afterwards, and
  // Node's `ws` throws on an error event nobody listens to.
  ws.onerror = () => undefined;
}

function decode(data: unknown): string {
  if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
  if (ArrayBuffer.isView(data)) return new TextDecoder().decode(data);
  return String(data);
}
