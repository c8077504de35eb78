import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
// Relative on purpose: the root vitest config has no `@protocol` alias.
import { serverFrameSchema, type ClientFrame, type ServerFrame } from '@protocol';
import { ReconnectingSocket, backoffDelay, type SocketStatus } from './socket';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function startServer(port = 0): Promise<{ wss: WebSocketServer; port: number; received: string[] }> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port });
  await new Promise<void>((resolve, reject) => {
    wss.once('listening', resolve);
    wss.once('error', reject);
  });
  const received: string[] = [];
  wss.on('connection', (client) => client.on('message', (data) => received.push(data.toString())));
  cleanups.push(() => stopServer(wss));
  return { wss, port: (wss.address() as AddressInfo).port, received };
}

function stopServer(wss: WebSocketServer): Promise<void> {
  for (const client of wss.clients) client.terminate();
  return new Promise((resolve) => wss.close(() => resolve()));
}

function makeSocket(port: number, extra: { initialDelayMs?: number; maxDelayMs?: number } = {}) {
  const socket = new ReconnectingSocket<ServerFrame, ClientFrame>({
    url: `ws://127.0.0.1:${port}/ws`,
    schema: serverFrameSchema,
    WebSocket,
    initialDelayMs: extra.initialDelayMs ?? 20,
    maxDelayMs: extra.maxDelayMs ?? 100,
  });
  const statuses: SocketStatus[] = [];
  const frames: ServerFrame[] = [];
  socket.on('status', (s) => statuses.push(s));
  socket.on('frame', (f) => frames.push(f));
  cleanups.push(() => socket.close());
  return { socket, statuses, frames };
}

async function waitFor(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('ReconnectingSocket', () => {
  it('opens, emits valid frames typed, and drops (and counts) invalid ones without throwing', async () => {
    const { wss, port } = await startServer();
    wss.on('connection', (client) => {
      client.send('not json');
      client.send(JSON.stringify({ type: 'text.delta', turnId: 't1' })); // missing fields
      client.send(JSON.stringify({ type: 'no.such.frame' }));
      client.send(JSON.stringify({ type: 'text.delta', turnId: 't1', messageId: 'm1', text: 'Hello' }));
    });
    const { socket, statuses, frames } = makeSocket(port);
    const invalid: string[] = [];
    socket.on('invalid', (e) => invalid.push(e.raw));
    socket.connect();

    await waitFor(() => frames.length === 1 && socket.droppedFrames === 3);
    expect(statuses.slice(0, 2)).toEqual(['connecting', 'open']);
    expect(frames[0]).toEqual({ type: 'text.delta', turnId: 't1', messageId: 'm1', text: 'Hello' });
    expect(invalid[0]).toBe('not json');
    expect(socket.status).toBe('open');
  });

  it('queues frames sent before the connection opens and flushes them in order', async () => {
    const { port, received } = await startServer();
    const { socket } = makeSocket(port);
    expect(socket.send({ type: 'ping' })).toBe(true);
    expect(socket.send({ type: 'thread.watch', threadId: 'a' })).toBe(true);
    expect(socket.queuedFrames).toBe(2);
    socket.connect();
    await waitFor(() => received.length === 2);
    expect(received.map((r) => JSON.parse(r).type)).toEqual(['ping', 'thread.watch']);
    expect(socket.queuedFrames).toBe(0);
  });

  it('refuses frames beyond the queue limit instead of growing without bound', async () => {
    const socket = new ReconnectingSocket<ServerFrame, ClientFrame>({
      url: 'ws://127.0.0.1:1/ws',
      schema: serverFrameSchema,
      WebSocket,
      maxQueue: 2,
    });
    expect(socket.send({ type: 'ping' })).toBe(true);
    expect(socket.send({ type: 'ping' })).toBe(true);
    expect(socket.send({ type: 'ping' })).toBe(false);
    expect(socket.queuedFrames).toBe(2);
    expect(socket.sendIfOpen({ type: 'ping' })).toBe(false);
  });

  it('reconnects after the server restarts and reports the reconnect; frames sent meanwhile arrive', async () => {
    const first = await startServer();
    const { socket, statuses } = makeSocket(first.port);
    const opens: boolean[] = [];
    socket.on('open', (e) => opens.push(e.reconnected));
    socket.connect();
    await waitFor(() => socket.status === 'open');

    await stopServer(first.wss);
    await waitFor(() => socket.status === 'reconnecting');
    socket.send({ type: 'thread.watch', threadId: 'support_ticket_12345' });
    // Let a few attempts fail against the closed port before the "restart".
    await new Promise((r) => setTimeout(r, 150));
    expect(socket.status).toBe('reconnecting');

    const second = await startServer(first.port);
    await waitFor(() => second.received.length === 1);
    expect(JSON.parse(second.received[0])).toEqual({ type: 'thread.watch', threadId: 'support_ticket_12345' });
    expect(opens).toEqual([false, true]);
    expect(statuses).toContain('reconnecting');
    expect(statuses.at(-1)).toBe('open');
  });

  it('reconnectNow() skips a long backoff wait once the server is back', async () => {
    const first = await startServer();
    const { socket } = makeSocket(first.port, { initialDelayMs: 60_000, maxDelayMs: 60_000 });
    expect(socket.reconnectNow()).toBe(false); // not started yet
    socket.connect();
    await waitFor(() => socket.status === 'open');
    expect(socket.reconnectNow()).toBe(false); // already open: nothing to do

    await stopServer(first.wss);
    await waitFor(() => socket.status === 'reconnecting');
    const second = await startServer(first.port);
    // The next scheduled attempt is a minute away; only reconnectNow() can open it in time.
    expect(socket.reconnectNow()).toBe(true);
    await waitFor(() => socket.status === 'open');
    expect(second.wss.clients.size).toBe(1);
  });

  it('reconnectNow() does nothing after close()', () => {
    const { socket } = makeSocket(1);
    socket.connect();
    socket.close();
    expect(socket.reconnectNow()).toBe(false);
    expect(socket.status).toBe('closed');
  });

  it('stays closed after close(): no reconnect attempts', async () => {
    const { wss, port } = await startServer();
    let connections = 0;
    wss.on('connection', () => connections++);
    const { socket } = makeSocket(port);
    socket.connect();
    await waitFor(() => socket.status === 'open');
    socket.close();
    expect(socket.status).toBe('closed');
    await new Promise((r) => setTimeout(r, 150));
    expect(connections).toBe(1);
    expect(socket.status).toBe('closed');
  });

  it('heartbeat: a connection that goes silent without closing is dropped and opened again', async () => {
    const { wss, port } = await startServer();
    // The server answers pings until it "drops" the connection silently: no close, no answer.
    let silent = false;
    let connections = 0;
    wss.on('connection', (client) => {
      connections += 1;
      const mute = silent;
      client.on('message', (data) => {
        if (!mute && JSON.parse(data.toString()).type === 'ping') client.send(JSON.stringify({ type: 'pong' }));
      });
    });
    const socket = new ReconnectingSocket<ServerFrame, ClientFrame>({
      url: `ws://127.0.0.1:${port}/ws`,
      schema: serverFrameSchema,
      WebSocket,
      initialDelayMs: 20,
      maxDelayMs: 100,
      heartbeatFrame: { type: 'ping' },
      heartbeat: { intervalMs: 60, timeoutMs: 120 },
    });
    cleanups.push(() => socket.close());
    const opens: boolean[] = [];
    socket.on('open', (e) => opens.push(e.reconnected));
    socket.connect();
    await waitFor(() => socket.status === 'open');
    // Answered heartbeats keep the connection through many intervals.
    await new Promise((r) => setTimeout(r, 400));
    expect(opens).toEqual([false]);
    expect(connections).toBe(1);

    silent = true;
    for (const client of wss.clients) client.removeAllListeners('message');
    await waitFor(() => opens.length === 2);
    expect(opens).toEqual([false, true]);
    expect(connections).toBe(2);
  });

  it('checkNow(): a silent connection is found at once, not at the next interval', async () => {
    const { wss, port } = await startServer();
    let connections = 0;
    wss.on('connection', () => (connections += 1));
    const socket = new ReconnectingSocket<ServerFrame, ClientFrame>({
      url: `ws://127.0.0.1:${port}/ws`,
      schema: serverFrameSchema,
      WebSocket,
      initialDelayMs: 20,
      heartbeatFrame: { type: 'ping' },
      heartbeat: { intervalMs: 60_000, timeoutMs: 100 },
    });
    cleanups.push(() => socket.close());
    socket.connect();
    await waitFor(() => socket.status === 'open');
    const started = Date.now();
    socket.checkNow();
    await waitFor(() => connections === 2 && socket.status === 'open');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('can be closed while still connecting without an unhandled error', async () => {
    const { port } = await startServer();
    const { socket } = makeSocket(port);
    socket.connect();
    socket.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(socket.status).toBe('closed');
  });
});

describe('backoffDelay', () => {
  const opts = { initialDelayMs: 500, maxDelayMs: 10_000, factor: 2, jitter: 0.3 };

  it('grows exponentially around the base delay', () => {
    const mid = () => 0.5; // no spread
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, opts, mid))).toEqual([500, 1000, 2000, 4000]);
  });

  it('spreads each delay within ±jitter', () => {
    expect(backoffDelay(1, opts, () => 0)).toBe(700);
    expect(backoffDelay(1, opts, () => 1)).toBe(1300);
  });

  it('never exceeds the cap, jitter included', () => {
    for (const attempt of [5, 10, 50]) expect(backoffDelay(attempt, opts, () => 1)).toBe(10_000);
  });
});
