/**
 * Nothing is acknowledged that was not stored: when the reply's history write fails after the
 * model has answered (here: Redis reaches maxmemory while the reply streams, so every write is
 * refused), the turn fails — HTTP answers an error with the reason instead of 200 and the reply,
 * the socket gets an error and no `turn.finished`, and the turn log records a failure. The user's
 * message, stored before the model ran, is still there afterwards.
 */
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedChatModel } from '../../server/src/models/testing/scripted-chat-model';
import { startTestRedis, type TestRedis } from '../redis-process';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee } from './attendee';

let redis: TestRedis;
let admin: Redis;
let server: WorkshopServer;
const lines: string[] = [];
const REPLY = 'Here is a long and careful answer that takes a while to stream, word after word after word, until it is done.';

beforeAll(async () => {
  // A Redis of its own: its memory limit is changed under the running turn.
  redis = await startTestRedis();
  admin = new Redis(redis.url);
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const model = new ScriptedChatModel([{ text: REPLY, delayMs: 25 }]);
  server = await startWorkshopServer({ redisUrl: redis.url, demos: ['preferences'], logger: pino({ level: 'info' }, sink), models: { chat: model, warnings: [] } });
});
afterAll(async () => {
  await server?.stop();
  admin?.disconnect();
  await redis?.stop();
});

/** Makes Redis refuse every write from `afterMs` on, until `restore()`. */
function refuseWritesAfter(afterMs: number): { restore(): Promise<void> } {
  const timer = setTimeout(() => void admin.config('SET', 'maxmemory', '1'), afterMs);
  return {
    async restore() {
      clearTimeout(timer);
      await admin.config('SET', 'maxmemory', '0');
    },
  };
}

const turnLines = () => lines.map((l) => JSON.parse(l)).filter((l) => l.event === 'turn');

describe('a reply whose history write fails', () => {
  it('over HTTP: answers an error, not the reply; the history keeps the user message only; the log says it failed', async () => {
    const me = new Attendee(server.url('preferences'));
    await me.get('/api/me');
    const outage = refuseWritesAfter(250);
    const answer = await me.post('/api/threads/oom_http/messages', { text: 'Can you explain how my memories are kept?' });
    await outage.restore();
    expect(answer.status).toBeGreaterThanOrEqual(500);
    expect(answer.body.error.message).toMatch(/could not be saved/);
    expect(answer.body.reply).toBeUndefined();
    const thread = await me.get('/api/threads/oom_http');
    expect(thread.status).toBe(200);
    expect(thread.body.messages.map((m: { role: string; text: string }) => [m.role, m.text])).toEqual([['user', 'Can you explain how my memories are kept?']]);
    await new Promise((r) => setTimeout(r, 50));
    const logged = turnLines().find((l) => l.threadId === 'oom_http');
    expect(logged?.error).toBeTruthy();
  });

  it('over the WebSocket: an error with the turn id and no turn.finished; the next turn works once Redis takes writes again', async () => {
    const me = new Attendee(server.url('preferences'));
    const socket = await me.socket();
    const outage = refuseWritesAfter(250);
    socket.send({ type: 'turn.start', requestId: 'r1', threadId: 'oom_ws', text: 'Tell me something long, please.' });
    const { turnId } = await socket.next('turn.started');
    const error = await socket.next('error', (f) => f.turnId === turnId);
    await outage.restore();
    expect(error.message).toMatch(/could not be saved/);
    // Nothing may come after the failure that says otherwise.
    await new Promise((r) => setTimeout(r, 200));
    expect(socket.frames.some((f) => f.type === 'turn.finished')).toBe(false);
    expect(socket.frames.some((f) => f.type === 'message.stored' && f.message.role === 'assistant')).toBe(false);

    socket.send({ type: 'turn.start', requestId: 'r2', threadId: 'oom_ws', text: 'Are you back?' });
    const next = await socket.next('turn.finished', undefined, 15_000);
    expect(next.reply.text).toBe(REPLY);
    const roles = (await me.get('/api/threads/oom_ws')).body.messages.map((m: { role: string }) => m.role);
    expect(roles).toEqual(['user', 'user', 'assistant']);
    socket.close();
  });
});
