/** A Redis that goes away: health answers 503, the server stays up, and recovers by itself. */
import { afterAll, describe, expect, it } from 'vitest';
import { startTestRedis, type TestRedis } from '../redis-process';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee, type FrameSocket } from './attendee';

let redis: TestRedis | undefined;
let server: WorkshopServer | undefined;
let socket: FrameSocket | undefined;

afterAll(async () => {
  socket?.close();
  await server?.stop();
  await redis?.stop();
});

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Redis outage', () => {
  it('answers 503 while Redis is down and recovers when it is back', { timeout: 60_000 }, async () => {
    redis = await startTestRedis();
    const port = redis.port;
    server = await startWorkshopServer({ redisUrl: redis.url, demos: ['preferences'] });
    const me = new Attendee(server.url('preferences'));
    expect((await me.get('/api/health')).status).toBe(200);
    await me.post('/api/threads/t/messages', { text: 'My name is Kim.' });
    socket = await me.socket();
    await socket.next('hello');

    await redis.stop();
    const down = await me.get('/api/health');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'degraded', redis: { connected: false } });
    const status = await socket.next('redis.status', (f) => !f.redis.connected);
    expect(status.redis.connected).toBe(false);
    // Routes that need Redis answer 503 JSON; the process is still up.
    const threads = await me.get('/api/threads');
    expect(threads.status).toBe(503);
    expect(threads.body.error.code).toBe('redis_unavailable');
    const turn = await me.post('/api/threads/t/messages', { text: 'Hello?' });
    expect(turn.status).toBe(503);
    expect((await me.get('/api/demo')).status).toBe(200);

    redis = await startTestRedis(undefined, { port });
    await until(async () => (await me.get('/api/health')).status === 200, 20_000, 'health to recover');
    expect((await socket.next('redis.status', (f) => f.redis.connected)).redis.connected).toBe(true);
    // The data lived in a fresh server (no persistence), but everything works again.
    const after = await me.post('/api/threads/t2/messages', { text: 'My name is Kim.' });
    expect(after.status).toBe(200);
    // Live events flow again once the subscriber has reconnected and subscribed again (it backs
    // off up to 2 s, longer on a loaded machine): a turn every few seconds until one is heard.
    socket.send({ type: 'thread.watch', threadId: 't3' });
    const other = await me.socket();
    let heard = false;
    for (let attempt = 0; attempt < 8 && !heard; attempt++) {
      other.send({ type: 'turn.start', requestId: `x${attempt}`, threadId: 't3', text: `Hello again (${attempt})` });
      heard = await socket.next('message.stored', (f) => f.threadId === 't3', 4000).then(
        () => true,
        () => false,
      );
    }
    expect(heard).toBe(true);
    other.close();
  });
});
