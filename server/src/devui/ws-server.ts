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
import { agentFor, type PortContext } from './context';
import { toErrorAnswer } from './errors';
import { agentEventToFrame } from './frames';
import type { LiveEvent } from './live-events';
import { clientFrameSchema, MAX_CLIENT_FRAME_BYTES, type ClientFrame, type ServerFrame } from './protocol';
import { checkMessageText } from './routes/threads';
import { runTurn } from './turn-runner';

/** Threads one socket may watch at once (a tab watches one or two). */
const MAX_WATCHED_THREADS = 20;
/** Frames larger than this are not even read: the connection is closed (ws' own limit). */
const HARD_FRAME_LIMIT = 4 * MAX_CLIENT_FRAME_BYTES;

interface Client {
  id: string;
  socket: WebSocket;
  userId: string;
  watching: Set<string>;
  /** Running turns by turn id. */
  turns: Map<string, { threadId: string; controller: AbortController }>;
  /** Threads with a running turn (also before its id is known). */
  busyThreads: Set<string>;
}

export interface DemoSocketServer {
  /** Call from the HTTP server's `upgrade` event. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every socket (code 1001, "going away") and stops taking new ones. */
  close(): Promise<void>;
  /** Open sockets (for tests and logs). */
  readonly size: number;
}

export function createSocketServer(ctx: PortContext): DemoSocketServer {
  const { services } = ctx;
  const wss = new WebSocketServer({ noServer: true, maxPayload: HARD_FRAME_LIMIT });
  const clients = new Set<Client>();
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
    const { body } = toErrorAnswer(err, (e) => services.logger.error({ err: e }, 'unexpected error on a WebSocket'));
    send(client, { type: 'error', code: body.error.code, message: body.error.message, ...extra });
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
      return send(client, { type: 'error', code: 'turn_in_progress', message: `a reply in thread ${threadId} is still running: stop it or wait`, requestId });
    }
    client.busyThreads.add(threadId);
    client.watching.add(threadId);
    const controller = new AbortController();
    const frameCtx = { requestId, threadId, agentId: '', engine: services.engine, turnId: undefined as string | undefined };
    try {
      const agent = agentFor(ctx, frame.agentId);
      frameCtx.agentId = agent.id;
      const events = runTurn(ctx, {
        userId: client.userId,
        agent,
        threadId,
        text: frame.text,
        messageId: frame.messageId,
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
        if (out) send(client, out);
      }
    } catch (err) {
      sendError(client, err, { requestId, turnId: frameCtx.turnId });
    } finally {
      client.busyThreads.delete(threadId);
      if (frameCtx.turnId) client.turns.delete(frameCtx.turnId);
    }
  };

  const onFrame = (client: Client, data: RawData, isBinary: boolean) => {
    const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer | ArrayBuffer).byteLength;
    if (size > MAX_CLIENT_FRAME_BYTES) {
      return send(client, { type: 'error', code: 'frame_too_large', message: `frames may be at most ${MAX_CLIENT_FRAME_BYTES} bytes (got ${size})` });
    }
    if (isBinary) return send(client, { type: 'error', code: 'bad_frame', message: 'send JSON text frames, not binary ones' });
    let json: unknown;
    try {
      json = JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(data as Buffer[]).toString('utf8'));
    } catch {
      return send(client, { type: 'error', code: 'bad_frame', message: 'the frame is not valid JSON' });
    }
    const parsed = clientFrameSchema.safeParse(json);
    if (!parsed.success) {
      const requestId = typeof (json as { requestId?: unknown })?.requestId === 'string' ? ((json as { requestId: string }).requestId).slice(0, 100) : undefined;
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      return send(client, { type: 'error', code: 'bad_frame', message: `invalid frame: ${where}${issue?.message ?? 'does not match the protocol'}`, requestId });
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
    const client: Client = { id: randomUUID(), socket, userId, watching: new Set(), turns: new Map(), busyThreads: new Set() };
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
    });
    let displayName = '';
    try {
      displayName = await services.identity.displayName(userId);
    } catch {
      // Redis down: the tab still connects and shows the outage banner from `redis`.
    }
    send(client, { type: 'hello', userId, displayName, redis: services.status.current() });
  };

  return {
    handleUpgrade(req, socket, head) {
      const userId = services.identity.userFromCookieHeader(req.headers.cookie);
      if (!userId) {
        const body = JSON.stringify({ error: { code: 'unauthorized', message: 'no workshop_uid cookie: load the page (or any /api route) first' } });
        socket.end(`HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        void onConnection(ws, userId).catch((err) => services.logger.error({ err }, 'WebSocket setup failed'));
      });
    },
    async close() {
      unsubscribeLive();
      unsubscribeStatus();
      for (const client of clients) {
        for (const turn of client.turns.values()) turn.controller.abort();
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
