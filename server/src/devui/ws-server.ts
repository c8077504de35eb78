/**
 * `/ws`: streaming turns and live events. Every incoming frame is size-checked and validated
 * with `clientFrameSchema`; a bad one is answered with an `error` frame and the socket stays
 * open. One turn at a time per socket and thread; `turn.stop` aborts it. Nothing a browser
 * sends can take the process down.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { assertKeyPart } from '../redis/keys';
import { agentFor, WORKER_HEADER, type PortContext } from './context';
import { errorFrame, HttpError, writeRawError } from './errors';
import { agentEventToFrame } from './frames';
import type { LiveEvent } from './live-events';
import { clientFrameSchema, MAX_CLIENT_FRAME_BYTES, type ClientFrame, type ServerFrame } from '../contracts/ws';
import { checkMessageText } from './routes/threads';
import { runTurn } from './turn-runner';
import { isOwnOriginHandshake } from './same-origin';

/** Threads one socket may watch at once (a tab watches one or two). */
const MAX_WATCHED_THREADS = 20;
/** Frames larger than this are not even read: the connection is closed (ws' own limit). */
const HARD_FRAME_LIMIT = 4 * MAX_CLIENT_FRAME_BYTES;
/**
 * Turns one socket may run at once (on different threads). Without a cap, a flood of
 * `turn.start` frames on fresh thread ids started one model run each, all at the same time.
 */
export const MAX_TURNS_PER_SOCKET = 4;
/**
 * Answers queued for a socket that does not read them. A client that floods frames without
 * reading the replies (error frames, pongs) made the server buffer without bound; past this it
 * is closed (1008) instead.
 */
const MAX_UNREAD_BYTES = 1024 * 1024;
/**
 * Frames one socket may send per 10 s. A page sends a few (a message, a watch, a ping); a client
 * that sends hundreds keeps the server busy answering refusals, so it is closed (1008) instead.
 */
export const MAX_FRAMES_PER_10S = 100;

interface Client {
  id: string;
  socket: WebSocket;
  userId: string;
  watching: Set<string>;
  /** Running turns by turn id. */
  turns: Map<string, { threadId: string; controller: AbortController }>;
  /** Threads with a running turn (also before its id is known). */
  busyThreads: Set<string>;
  /** Abort controllers of every running turn (also before its id is known), for a closing socket. */
  controllers: Set<AbortController>;
  /** Frames received in the current 10 s window. */
  frames: { since: number; count: number };
}

/** The `/ws` endpoint of one demo port. */
export interface DemoSocketServer {
  /** Call from the HTTP server's `upgrade` event. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every socket (code 1001, "going away") and stops taking new ones. */
  close(): Promise<void>;
  /** Open sockets (for tests and logs). */
  readonly size: number;
}

/** The `/ws` endpoint: chat turns streamed as frames, stops, and live events of the threads a tab watches. */
export function createSocketServer(ctx: PortContext): DemoSocketServer {
  const { services } = ctx;
  const wss = new WebSocketServer({ noServer: true, maxPayload: HARD_FRAME_LIMIT });
  const clients = new Set<Client>();
  // A broken handshake (no/invalid Sec-WebSocket-Key or -Version, Upgrade: h2c, POST) was
  // answered by ws itself with a `text/html` body; with a listener here it gets the JSON error.
  wss.on('wsClientError', (err: Error, socket: Duplex) => {
    const code = /method/i.test(err.message) ? 'method_not_allowed' : 'bad_handshake';
    writeRawError(socket, new HttpError(code, `WebSocket handshake refused: ${err.message}`));
  });
  // The handshake names the worker process that holds the socket, as every HTTP answer does.
  if (services.worker !== undefined) wss.on('headers', (headers) => headers.push(`${WORKER_HEADER}: ${services.worker}`));
  const agentIds = new Set(ctx.agents.map((a) => a.id));

  const send = (client: Client, frame: ServerFrame) => {
    if (client.socket.readyState !== WebSocket.OPEN) return;
    try {
      client.socket.send(JSON.stringify(frame));
    } catch (err) {
      services.logger.debug({ err }, 'could not send a frame');
    }
  };

  const unsubscribeLive = services.live.subscribe((event: LiveEvent) => {
    if (!agentIds.has(event.agentId)) return;
    for (const client of clients) {
      if (client.userId !== event.userId) continue;
      if (event.origin === `${services.live.processId}:${client.id}`) continue;
      if (event.threadId !== undefined && !client.watching.has(event.threadId)) continue;
      send(client, event.frame);
    }
  });
  const unsubscribeStatus = services.status.onChange((redis) => {
    for (const client of clients) send(client, { type: 'redis.status', redis });
  });

  const sendError = (client: Client, err: unknown, extra: { turnId?: string; requestId?: string } = {}) => {
    send(client, errorFrame(err, extra, (e) => services.logger.error({ err: e }, 'unexpected error on a WebSocket')));
  };

  const startTurn = async (client: Client, frame: Extract<ClientFrame, { type: 'turn.start' }>) => {
    const { requestId, threadId } = frame;
    try {
      assertKeyPart(threadId, 'threadId');
      checkMessageText(frame.text);
    } catch (err) {
      return sendError(client, err, { requestId });
    }
    if (client.busyThreads.has(threadId)) {
      return sendError(client, new HttpError('turn_in_progress', `a reply in thread ${threadId} is still running: stop it or wait`), { requestId });
    }
    if (client.busyThreads.size >= MAX_TURNS_PER_SOCKET) {
      return sendError(client, new HttpError('too_many_turns', `at most ${MAX_TURNS_PER_SOCKET} replies may run at once on one connection: stop one or wait`), { requestId });
    }
    client.busyThreads.add(threadId);
    client.watching.add(threadId);
    const controller = new AbortController();
    // Registered before the first await, so a socket closing at any point aborts this turn.
    client.controllers.add(controller);
    const frameCtx = { requestId, threadId, agentId: '', engine: services.engine, turnId: undefined as string | undefined };
    // Sent once the thread is free again: a client that starts its next turn on `turn.finished`
    // must not be told the previous one is still running.
    let finishedFrame: ServerFrame | undefined;
    try {
      const agent = agentFor(ctx, frame.agentId);
      frameCtx.agentId = agent.id;
      const events = runTurn(ctx, {
        userId: client.userId,
        agent,
        threadId,
        text: frame.text,
        messageId: frame.messageId,
        rewindTo: frame.rewindTo,
        // In order, before the turn's own frames: the tab cuts its view before the new message arrives.
        onRewound: (outcome) => outcome.frames.forEach((out) => send(client, out)),
        requestId,
        signal: controller.signal,
        origin: `${services.live.processId}:${client.id}`,
        via: 'ws',
      });
      for await (const event of events) {
        if (event.type === 'turn-started') {
          frameCtx.turnId = event.turnId;
          client.turns.set(event.turnId, { threadId, controller });
        }
        const out = agentEventToFrame(event, frameCtx);
        if (out?.type === 'turn.finished') finishedFrame = out;
        else if (out) send(client, out);
      }
    } catch (err) {
      sendError(client, err, { requestId, turnId: frameCtx.turnId });
    } finally {
      client.busyThreads.delete(threadId);
      client.controllers.delete(controller);
      if (frameCtx.turnId) client.turns.delete(frameCtx.turnId);
      if (finishedFrame) send(client, finishedFrame);
    }
  };

  const onFrame = (client: Client, data: RawData, isBinary: boolean) => {
    if (client.socket.readyState !== WebSocket.OPEN) return;
    // A fixed 10 s window per socket: enough to tell a page from a flood, and synchronous.
    const now = Date.now();
    if (now - client.frames.since >= 10_000) client.frames = { since: now, count: 0 };
    if (++client.frames.count > MAX_FRAMES_PER_10S) {
      client.socket.close(1008, `more than ${MAX_FRAMES_PER_10S} frames in 10 s`);
      return;
    }
    if (client.socket.bufferedAmount > MAX_UNREAD_BYTES) {
      client.socket.close(1008, 'too many frames left unread');
      return;
    }
    const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer | ArrayBuffer).byteLength;
    if (size > MAX_CLIENT_FRAME_BYTES) {
      return sendError(client, new HttpError('frame_too_large', `frames may be at most ${MAX_CLIENT_FRAME_BYTES} bytes (got ${size})`));
    }
    if (isBinary) return sendError(client, new HttpError('bad_frame', 'send JSON text frames, not binary ones'));
    let json: unknown;
    try {
      json = JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(data as Buffer[]).toString('utf8'));
    } catch {
      return sendError(client, new HttpError('bad_frame', 'the frame is not valid JSON'));
    }
    const parsed = clientFrameSchema.safeParse(json);
    if (!parsed.success) {
      const requestId = typeof (json as { requestId?: unknown })?.requestId === 'string' ? ((json as { requestId: string }).requestId).slice(0, 100) : undefined;
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      return sendError(client, new HttpError('bad_frame', `invalid frame: ${where}${issue?.message ?? 'does not match the protocol'}`), { requestId });
    }
    const frame = parsed.data;
    switch (frame.type) {
      case 'ping':
        return send(client, { type: 'pong' });
      case 'thread.watch':
        try {
          assertKeyPart(frame.threadId, 'threadId');
        } catch (err) {
          return sendError(client, err);
        }
        if (!client.watching.has(frame.threadId) && client.watching.size >= MAX_WATCHED_THREADS) {
          // The oldest watch goes: a tab that switched threads many times needs only the recent ones.
          const oldest = client.watching.values().next().value;
          if (oldest !== undefined) client.watching.delete(oldest);
        }
        client.watching.add(frame.threadId);
        return;
      case 'turn.start':
        void startTurn(client, frame).catch((err) => sendError(client, err, { requestId: frame.requestId }));
        return;
      case 'turn.stop': {
        const turn = client.turns.get(frame.turnId);
        turn?.controller.abort();
        return;
      }
    }
  };

  const onConnection = async (socket: WebSocket, userId: string) => {
    const client: Client = { id: randomUUID(), socket, userId, watching: new Set(), turns: new Map(), busyThreads: new Set(), controllers: new Set(), frames: { since: Date.now(), count: 0 } };
    clients.add(client);
    socket.on('message', (data, isBinary) => {
      try {
        onFrame(client, data, isBinary);
      } catch (err) {
        sendError(client, err);
      }
    });
    socket.on('error', (err) => services.logger.debug({ err }, 'WebSocket error'));
    socket.on('close', () => {
      clients.delete(client);
      // Nobody is listening any more: stop its turns like turn.stop (and like an HTTP client
      // hanging up) instead of running the model on for nobody. What was produced is stored.
      for (const controller of client.controllers) controller.abort();
    });
    let displayName = '';
    try {
      displayName = await services.identity.displayName(userId);
    } catch {
      // Redis down: the tab still connects and shows the outage banner from `redis`.
    }
    send(client, { type: 'hello', userId, displayName, redis: services.status.current() });
  };

  /** Set by close(): ws would answer a late upgrade with its own text/html 503. */
  let closing = false;

  return {
    handleUpgrade(req, socket, head) {
      if (closing) {
        writeRawError(socket, new HttpError('shutting_down', 'the server is shutting down; the page reconnects by itself'));
        return;
      }
      if (!isOwnOriginHandshake(req.headers)) {
        writeRawError(socket, new HttpError('forbidden', `a page of ${req.headers.origin} may not open this WebSocket; open the workshop page itself`));
        return;
      }
      const userId = services.identity.userFromCookieHeader(req.headers.cookie);
      if (!userId) {
        writeRawError(socket, new HttpError('unauthorized', 'no workshop_uid cookie: load the page (or any /api route) first'));
        return;
      }
      let closed: () => void;
      try {
        closed = services.limits.openSocket(userId, req.socket.remoteAddress ?? 'unknown');
      } catch (err) {
        writeRawError(socket, err as HttpError);
        return;
      }
      // Counted until the connection ends, whether or not the upgrade completes.
      socket.once('close', closed);
      wss.handleUpgrade(req, socket, head, (ws) => {
        void onConnection(ws, userId).catch((err) => services.logger.error({ err }, 'WebSocket setup failed'));
      });
    },
    async close() {
      closing = true;
      unsubscribeLive();
      unsubscribeStatus();
      for (const client of clients) {
        for (const controller of client.controllers) controller.abort();
        client.socket.close(1001, 'server shutting down');
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          for (const client of clients) client.socket.terminate();
          resolve();
        }, 1000);
        wss.close(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    get size() {
      return clients.size;
    },
  };
}

