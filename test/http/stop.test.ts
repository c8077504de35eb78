/**
 * Stop keeps what was streamed: a reply stopped over `/ws` (turn.stop) or cut by an HTTP client
 * that hangs up is stored in the Redis history with the text streamed so far and
 * `interrupted: true`, and `GET /api/threads/:id` gives it back that way. A reply stopped before
 * its first word is not stored at all (no blank assistant message; see agent.test.ts).
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireMessage } from '../../server/src/contracts/ws';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee, type FrameSocket } from './attendee';

/** A question the offline model answers with a long (50+ word) reply. */
const LONG_QUESTION = 'Who are you and what can you do for me today?';

const logLines: string[] = [];
const logger = pino(
  { level: 'info' },
  new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  }),
);

let server: WorkshopServer;
const open: FrameSocket[] = [];

beforeAll(async () => {
  // 40 ms per word: a long reply takes 2 s, so a stop always lands in the middle of it.
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], wordDelayMs: 40, logger });
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

function turnLogLine(threadId: string): Record<string, unknown> | undefined {
  const line = logLines.find((l) => l.includes('"event":"turn"') && l.includes(`"threadId":"${threadId}"`));
  return line ? JSON.parse(line) : undefined;
}

describe('Stop keeps the streamed part of the reply', () => {
  it('turn.stop over /ws: the partial text is stored with interrupted: true and read back by GET', async () => {
    const me = new Attendee(server.url('preferences'));
    const socket = await connect(me);
    socket.send({ type: 'turn.start', requestId: 'r1', threadId: 'stop_ws', text: LONG_QUESTION, messageId: 'user-msg-1' });
    const started = await socket.next('turn.started');
    // Let a few words arrive, then stop.
    await socket.next('text.delta', () => socket.frames.filter((f) => f.type === 'text.delta').length >= 4);
    socket.send({ type: 'turn.stop', turnId: started.turnId });

    const finished = await socket.next('turn.finished', (f) => f.turnId === started.turnId);
    const streamed = socket.frames
      .filter((f): f is Extract<typeof f, { type: 'text.delta' }> => f.type === 'text.delta' && f.turnId === started.turnId)
      .map((f) => f.text)
      .join('');
    expect(streamed.trim().split(/\s+/).length).toBeGreaterThanOrEqual(4);
    // The stop landed mid-reply: far from the whole 50-word answer.
    expect(streamed.trim().split(/\s+/).length).toBeLessThan(40);
    // The final frame carries what was streamed, not an empty text that would blank the card.
    expect(finished.reply).toMatchObject({ role: 'assistant', text: streamed, interrupted: true });
    const stored = await socket.next('message.stored', (f) => f.message.id === finished.reply.id);
    expect(stored.message).toMatchObject({ text: streamed, interrupted: true });

    const thread = (await me.get('/api/threads/stop_ws')).body as { messages: WireMessage[] };
    expect(thread.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(thread.messages[0]).not.toHaveProperty('interrupted');
    expect(thread.messages[1]).toMatchObject({ id: finished.reply.id, text: streamed, interrupted: true });

    // A stop is not a failure in the turn log.
    await expect.poll(() => turnLogLine('stop_ws'), { timeout: 5000 }).toBeDefined();
    expect(turnLogLine('stop_ws')).toMatchObject({ stopped: true });
    expect(turnLogLine('stop_ws')).not.toHaveProperty('error');

    // The conversation goes on; the next reply is whole and not flagged.
    socket.send({ type: 'turn.start', requestId: 'r2', threadId: 'stop_ws', text: 'Thanks!' });
    const next = await socket.next('turn.finished', (f) => f.turnId !== started.turnId);
    expect(next.reply).not.toHaveProperty('interrupted');
    const after = (await me.get('/api/threads/stop_ws')).body as { messages: WireMessage[] };
    expect(after.messages.map((m) => m.interrupted ?? false)).toEqual([false, true, false, false]);
  });

  it('turn.stop as early as possible never leaves a blank reply in the history', async () => {
    // The stop races the first word (the offline model sends it at once), so either outcome is
    // possible here; the agent's unit tests pin the "nothing streamed yet" one down exactly.
    const me = new Attendee(server.url('preferences'));
    const socket = await connect(me);
    socket.send({ type: 'turn.start', requestId: 'early', threadId: 'stop_early', text: LONG_QUESTION });
    const started = await socket.next('turn.started');
    socket.send({ type: 'turn.stop', turnId: started.turnId });
    const end = await Promise.race([
      socket.next('turn.finished', (f) => f.turnId === started.turnId),
      socket.next('error', (f) => f.turnId === started.turnId),
    ]);
    const thread = (await me.get('/api/threads/stop_early')).body as { messages: WireMessage[] };
    if (end.type === 'turn.finished') {
      // Words made it out before the stop: they are kept, marked.
      expect(end.reply.text.trim().length).toBeGreaterThan(0);
      expect(end.reply.interrupted).toBe(true);
      expect(thread.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
      expect(thread.messages[1]).toMatchObject({ text: end.reply.text, interrupted: true });
    } else {
      // Stopped before the first word: the turn ends as aborted and only the user's message is stored.
      expect(end.code).toBe('aborted');
      expect(thread.messages.map((m) => m.role)).toEqual(['user']);
    }
    for (const m of thread.messages) expect(m.text.trim().length).toBeGreaterThan(0);
    await expect.poll(() => turnLogLine('stop_early'), { timeout: 5000 }).toBeDefined();
    expect(turnLogLine('stop_early')).toMatchObject({ stopped: true });
    expect(turnLogLine('stop_early')).not.toHaveProperty('error');
  });

  it('POST /api/threads/:id/messages whose client hangs up: the partial reply is stored, interrupted', async () => {
    const me = new Attendee(server.url('preferences'));
    await me.get('/api/me');
    const controller = new AbortController();
    const posted = fetch(`${server.url('preferences')}/api/threads/stop_http/messages`, {
      method: 'POST',
      headers: { cookie: me.cookie!, 'content-type': 'application/json' },
      body: JSON.stringify({ text: LONG_QUESTION }),
      signal: controller.signal,
    });
    // About 10 words at 40 ms each, then the client is gone.
    setTimeout(() => controller.abort(), 400);
    await expect(posted).rejects.toThrow();

    await expect
      .poll(async () => ((await me.get('/api/threads/stop_http')).body.messages as WireMessage[]).length, { timeout: 5000 })
      .toBe(2);
    const [user, reply] = (await me.get('/api/threads/stop_http')).body.messages as WireMessage[];
    expect(user).toMatchObject({ role: 'user', text: LONG_QUESTION });
    expect(reply).toMatchObject({ role: 'assistant', interrupted: true });
    expect(reply.text.trim().length).toBeGreaterThan(0);
    expect(reply.text.trim().split(/\s+/).length).toBeLessThan(40);
    await expect.poll(() => turnLogLine('stop_http'), { timeout: 5000 }).toBeDefined();
    expect(turnLogLine('stop_http')).toMatchObject({ via: 'http', stopped: true });
  });
});
