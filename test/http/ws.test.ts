/** `/ws`: streaming turns, stop, bad frames, and live events between tabs of one attendee. */
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CLIENT_FRAME_BYTES } from '../../server/src/contracts/ws';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee, type FrameSocket } from './attendee';

let server: WorkshopServer;
const open: FrameSocket[] = [];

beforeAll(async () => {
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences', 'multi-agent'], wordDelayMs: 2 });
});
afterAll(async () => {
  for (const s of open) s.close();
  await server?.stop();
});

async function connect(attendee: Attendee): Promise<FrameSocket> {
  const socket = await attendee.socket();
  open.push(socket);
  await socket.next('hello');
  return socket;
}

describe('WebSocket turns', () => {
  it('says hello with the user and the Redis status', async () => {
    const me = new Attendee(server.url('preferences'));
    const { userId } = (await me.get('/api/me')).body;
    const socket = await connect(me);
    expect(await socket.next('hello')).toMatchObject({ userId, redis: { connected: true, search: 'fallback' } });
  });

  it('streams a turn: started, memories, several deltas, finished — in that order', async () => {
    const me = new Attendee(server.url('preferences'));
    const socket = await connect(me);
    socket.send({ type: 'turn.start', requestId: 'r1', threadId: 'stream_a', text: 'My name is Ines and I live in Lisbon.' });
    await socket.next('turn.finished');
    socket.send({ type: 'turn.start', requestId: 'r2', threadId: 'stream_b', text: 'What do you know about me?' });
    const started = await socket.next('turn.started', (f) => f.requestId === 'r2');
    const finished = await socket.next('turn.finished', (f) => f.turnId === started.turnId);
    const frames = socket.frames.filter((f) => 'turnId' in f && f.turnId === started.turnId);
    const types = frames.map((f) => f.type);
    expect(types[0]).toBe('turn.started');
    expect(types[1]).toBe('memories.retrieved');
    expect(types.at(-1)).toBe('turn.finished');
    const deltas = frames.filter((f) => f.type === 'text.delta');
    expect(deltas.length).toBeGreaterThan(2);
    expect(types.indexOf('text.delta')).toBeGreaterThan(types.indexOf('memories.retrieved'));
    const retrieved = frames[1] as Extract<typeof frames[number], { type: 'memories.retrieved' }>;
    expect(retrieved.engine).toBe('fallback');
    expect(retrieved.memories.some((m) => m.text.includes('Lisbon'))).toBe(true);
    expect(retrieved.context).toMatch(/^## Memories/);
    expect(finished.reply.text).toBe(deltas.map((d) => (d as { text: string }).text).join(''));
    expect(finished.reply.text).toContain('Lisbon');
    expect(finished.timings.total).toBeGreaterThan(0);
    // The tab also hears about what was stored.
    expect(socket.frames.some((f) => f.type === 'message.stored' && f.threadId === 'stream_b' && f.message.role === 'user')).toBe(true);
    expect(socket.frames.some((f) => f.type === 'memory.stored')).toBe(true);
  });

  it('streams tool calls and results', async () => {
    const socket = await connect(new Attendee(server.url('preferences')));
    socket.send({ type: 'turn.start', requestId: 'tool', threadId: 'tools', text: 'What is the weather in Paris?' });
    const call = await socket.next('tool.call');
    expect(call.call.name).toBe('get_weather');
    const result = await socket.next('tool.result', (f) => f.toolCallId === call.call.id);
    expect(result.isError).toBe(false);
    await socket.next('turn.finished');
  });

  it('turn.stop aborts a running turn', async () => {
    const slow = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], wordDelayMs: 200 });
    try {
      const socket = await connect(new Attendee(slow.url('preferences')));
      socket.send({ type: 'turn.start', requestId: 'stop', threadId: 'stopping', text: 'What do you know about me? Tell me everything you can, please.' });
      const started = await socket.next('turn.started');
      await socket.next('text.delta');
      const t0 = Date.now();
      socket.send({ type: 'turn.stop', turnId: started.turnId });
      const finished = await socket.next('turn.finished');
      expect(Date.now() - t0).toBeLessThan(2000);
      const deltas = socket.frames.filter((f) => f.type === 'text.delta').length;
      expect(finished.reply.text.split(/\s+/).length).toBeLessThanOrEqual(deltas + 1);
      socket.close();
    } finally {
      await slow.stop();
    }
  });

  it('refuses a second turn on the same thread while one runs', async () => {
    const slow = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], wordDelayMs: 50 });
    try {
      const socket = await connect(new Attendee(slow.url('preferences')));
      socket.send({ type: 'turn.start', requestId: 'one', threadId: 'busy', text: 'Tell me what you know about me.' });
      socket.send({ type: 'turn.start', requestId: 'two', threadId: 'busy', text: 'Hello again' });
      const error = await socket.next('error', (f) => f.requestId === 'two');
      expect(error.code).toBe('turn_in_progress');
      await socket.next('turn.finished');
      socket.close();
    } finally {
      await slow.stop();
    }
  });

  it('frees the thread before turn.finished: the next turn, sent at once, is never refused', async () => {
    const socket = await connect(new Attendee(server.url('preferences')));
    const texts = ['I like hiking.', 'What do I like?', 'My sister is called Ines.', 'Who is my sister?', 'Thanks!'];
    for (let i = 0; i < 20; i++) {
      socket.send({ type: 'turn.start', requestId: `b${i}`, threadId: 'back_to_back', text: texts[i % texts.length] });
      // The next one goes out the moment this one is reported finished, as a scripted client does.
      const { turnId } = await socket.next('turn.started', (f) => f.requestId === `b${i}`);
      await socket.next('turn.finished', (f) => f.turnId === turnId);
    }
    expect(socket.frames.filter((f) => f.type === 'error')).toEqual([]);
    socket.close();
  });
});

describe('bad frames', () => {
  it('answers an error frame and the socket stays usable', async () => {
    const socket = await connect(new Attendee(server.url('preferences')));
    socket.send('this is not json');
    expect((await socket.next('error', (f) => f.code === 'bad_frame')).message).toMatch(/JSON/);
    socket.frames.length = 0;
    socket.send({ type: 'turn.start', requestId: 'bad', threadId: 't' });
    const invalid = await socket.next('error');
    expect(invalid.code).toBe('bad_frame');
    expect(invalid.requestId).toBe('bad');
    socket.frames.length = 0;
    socket.send({ type: 'no.such.frame' });
    expect((await socket.next('error')).code).toBe('bad_frame');
    socket.frames.length = 0;
    socket.send({ type: 'turn.start', requestId: 'id', threadId: 'bad id!', text: 'hi' });
    expect((await socket.next('error')).code).toBe('invalid_argument');
    socket.frames.length = 0;
    socket.send({ type: 'ping', padding: 'x'.repeat(MAX_CLIENT_FRAME_BYTES + 10) });
    expect((await socket.next('error')).code).toBe('frame_too_large');
    socket.send({ type: 'ping' });
    await socket.next('pong');
    socket.send({ type: 'turn.start', requestId: 'ok', threadId: 'after_errors', text: 'Hello' });
    await socket.next('turn.finished');
    expect(socket.ws.readyState).toBe(WebSocket.OPEN);
  });

  it('refuses a socket without an identity cookie (401)', async () => {
    const ws = new WebSocket(server.url('preferences').replace('http', 'ws') + '/ws');
    const status = await new Promise<number>((resolve) => {
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
      ws.on('error', () => undefined);
    });
    expect(status).toBe(401);
  });
});

describe('live events', () => {
  it("reach the attendee's other tab watching the thread, and nobody else", async () => {
    const me = new Attendee(server.url('preferences'));
    const tabA = await connect(me);
    const tabB = await connect(me);
    const notWatching = await connect(me);
    const stranger = await connect(new Attendee(server.url('preferences')));
    tabB.send({ type: 'thread.watch', threadId: 'shared' });
    stranger.send({ type: 'thread.watch', threadId: 'shared' });
    // Let the watch frames arrive before the turn starts.
    tabB.send({ type: 'ping' });
    await tabB.next('pong');
    stranger.send({ type: 'ping' });
    await stranger.next('pong');

    tabA.send({ type: 'turn.start', requestId: 'live', threadId: 'shared', text: 'My favourite colour is green.' });
    const finished = await tabA.next('turn.finished');
    const reply = await tabB.next('message.stored', (f) => f.message.id === finished.reply.id);
    expect(reply).toMatchObject({ threadId: 'shared', agentId: 'personal_assistant', message: { role: 'assistant' } });
    await tabB.next('message.stored', (f) => f.message.role === 'user');
    const memory = await tabB.next('memory.stored');
    expect(memory.memory.agentId).toBe('personal_assistant');
    // Memory events go to every tab of the user; thread events only to tabs watching the thread.
    await notWatching.next('memory.stored');
    expect(notWatching.frames.some((f) => f.type === 'message.stored')).toBe(false);
    // The tab that ran the turn got each stored message once (directly, not again from pub/sub).
    await new Promise((r) => setTimeout(r, 200));
    expect(tabA.frames.filter((f) => f.type === 'message.stored' && f.message.id === finished.reply.id)).toHaveLength(1);
    expect(stranger.frames.filter((f) => f.type !== 'hello' && f.type !== 'pong')).toEqual([]);
  });

  it('edits through the HTTP API reach the open tabs; another agent port hears nothing', async () => {
    const personal = new Attendee(server.url(2));
    await personal.post('/api/threads/t/messages', { text: 'My name is Noor.' });
    const tab = await connect(personal);
    const workTab = await connect(personal.on(server.url(3)));
    const memory = (await personal.get('/api/memories')).body.items.find((m: { kind: string }) => m.kind === 'fact');
    await personal.patch(`/api/memories/${memory.id}`, { text: "User's name is Noor A." });
    expect((await tab.next('memory.updated')).memory).toMatchObject({ id: memory.id, text: "User's name is Noor A." });
    await personal.delete(`/api/memories/${memory.id}`);
    expect((await tab.next('memory.deleted')).id).toBe(memory.id);
    // Not watching the thread: its list holds it all the same.
    await personal.delete('/api/threads/t');
    expect((await tab.next('thread.deleted')).threadId).toBe('t');
    expect(workTab.frames.filter((f) => f.type.startsWith('memory.') || f.type.startsWith('thread.'))).toEqual([]);
  });
});
