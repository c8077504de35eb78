/**
 * A client that lost the acknowledgement sends the same message (same `messageId`) again. The
 * message is stored once, the model runs once, and the retry gets the stored reply — over HTTP
 * and over a new WebSocket. While the first run is still answering, the retry is refused with
 * `turn_in_progress` instead of starting a second run. A first attempt that failed before any
 * reply was stored is run again, once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedChatModel } from '../../server/src/models/testing/scripted-chat-model';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee } from './attendee';

let server: WorkshopServer;
let runs = 0;
const failedOnce = new Set<string>();

beforeAll(async () => {
  // Every model run answers differently, so a second run for one message would show.
  const model = new ScriptedChatModel([
    (request) => {
      const question = request.messages.at(-1)?.text ?? '';
      if (question.includes('[flaky]') && !failedOnce.has(question)) {
        failedOnce.add(question);
        return { error: { code: 'model_unreachable', message: 'the model did not answer' } };
      }
      runs += 1;
      return { text: `Answer number ${runs} to your message.`, delayMs: 40 };
    },
  ]);
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], models: { chat: model, warnings: [] } });
});
afterAll(async () => {
  await server?.stop();
});

const rolesOf = async (me: Attendee, threadId: string) => ((await me.get(`/api/threads/${threadId}`)).body.messages as Array<{ role: string; id: string; text: string }>).map((m) => m.role);

describe('a retried turn', () => {
  it('over HTTP: the retry answers the stored reply; one message, one reply, no new memory', async () => {
    const me = new Attendee(server.url('preferences'));
    const body = { text: 'My favourite colour is teal and I live in Ghent.', messageId: 'http-once-1' };
    const first = await me.post('/api/threads/retry_http/messages', body);
    expect(first.status).toBe(200);
    const memoriesBefore = (await me.get('/api/memories')).body.items.length;
    const runsBefore = runs;

    const again = await me.post('/api/threads/retry_http/messages', body);
    expect(again.status).toBe(200);
    expect(again.body.reply).toMatchObject({ id: first.body.reply.id, text: first.body.reply.text });
    expect(again.body.userMessage.id).toBe('http-once-1');
    expect(runs).toBe(runsBefore);
    expect(await rolesOf(me, 'retry_http')).toEqual(['user', 'assistant']);
    expect((await me.get('/api/memories')).body.items.length).toBe(memoriesBefore);
  });

  it('over a new WebSocket after a lost connection: the stored reply, not a second one', async () => {
    const me = new Attendee(server.url('preferences'));
    const tab = await me.socket();
    tab.send({ type: 'turn.start', requestId: 'a', threadId: 'retry_ws', messageId: 'ws-once-1', text: 'I am learning Dutch.' });
    const first = await tab.next('turn.finished');
    tab.close();
    const runsBefore = runs;

    const reconnected = await me.socket();
    reconnected.send({ type: 'turn.start', requestId: 'b', threadId: 'retry_ws', messageId: 'ws-once-1', text: 'I am learning Dutch.' });
    const again = await reconnected.next('turn.finished');
    expect(again.reply.id).toBe(first.reply.id);
    expect(runs).toBe(runsBefore);
    expect(await rolesOf(me, 'retry_ws')).toEqual(['user', 'assistant']);
    reconnected.close();
  });

  it('while the first run still answers: the retry is refused, and only one reply is stored', async () => {
    const me = new Attendee(server.url('preferences'));
    await me.get('/api/me');
    const body = { text: 'Please summarise what you know about my plans for the weekend.', messageId: 'busy-1' };
    const [one, two] = await Promise.all([
      me.post('/api/threads/retry_busy/messages', body),
      new Promise((r) => setTimeout(r, 60)).then(() => me.post('/api/threads/retry_busy/messages', body)),
    ]);
    expect([one.status, two.status].sort()).toEqual([200, 409]);
    expect((one.status === 409 ? one : two).body.error.code).toBe('turn_in_progress');
    expect(await rolesOf(me, 'retry_busy')).toEqual(['user', 'assistant']);
    // Once it is done, the retry gets that reply.
    const later = await me.post('/api/threads/retry_busy/messages', body);
    expect(later.body.reply.id).toBe((one.status === 200 ? one : two).body.reply.id);
  });

  it('after a first attempt that failed before replying: runs once more, and stores one reply', async () => {
    const me = new Attendee(server.url('preferences'));
    const body = { text: 'What should I cook tonight? [flaky]', messageId: 'flaky-1' };
    const failed = await me.post('/api/threads/retry_flaky/messages', body);
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(await rolesOf(me, 'retry_flaky')).toEqual(['user']);
    const retried = await me.post('/api/threads/retry_flaky/messages', body);
    expect(retried.status).toBe(200);
    expect(await rolesOf(me, 'retry_flaky')).toEqual(['user', 'assistant']);
    const again = await me.post('/api/threads/retry_flaky/messages', body);
    expect(again.body.reply.id).toBe(retried.body.reply.id);
    expect(await rolesOf(me, 'retry_flaky')).toEqual(['user', 'assistant']);
  });
});
