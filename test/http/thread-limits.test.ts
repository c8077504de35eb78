/**
 * Growth nobody bounds, bounded: at most MAX_THREADS_PER_AGENT threads per attendee and agent on
 * every route that creates one (HTTP, WebSocket, /v1), `GET /api/threads` a page at a time, and
 * nothing left in Redis for good once an attendee deleted their threads and forgot their memories.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_THREADS_PER_AGENT, THREAD_PAGE_SIZE } from '../../server/src/contracts/http';
import { agentUsersKey, historyIdsKey, threadIndexKey, threadMetaKey } from '../../server/src/redis/keys';
import { testClient, testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee } from './attendee';

let server: WorkshopServer;
beforeAll(async () => {
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'] });
});
afterAll(() => server?.stop());
const redis = testClient();
const AGENT = 'personal_assistant';

/** Creates threads `${stem}_0…` through `POST /api/threads`, a few at a time. */
async function createThreads(attendee: Attendee, stem: string, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `${stem}_${i}`);
  // The cookie first: requests sent together without one would each be a new attendee.
  if (!attendee.cookie) await attendee.get('/api/me');
  for (let i = 0; i < ids.length; i += 25) {
    const answers = await Promise.all(ids.slice(i, i + 25).map((id) => attendee.post('/api/threads', { id })));
    for (const answer of answers) expect(answer.status).toBe(201);
  }
  return ids;
}

/** The attendee's registry keys and per-agent history prefix, named by `server/src/redis/keys.ts`. */
async function registryKeys(attendee: Attendee, threadId: string) {
  const { key } = (await attendee.get(`/api/threads/${threadId}`)).body as { key: string };
  const historyPrefix = key.slice(0, -(threadId.length + 1));
  return { historyPrefix, index: threadIndexKey(historyPrefix, server.namespace), meta: threadMetaKey(historyPrefix, server.namespace) };
}

function expectTooMany(answer: { status: number; body: { error: { code: string; message: string } } }): void {
  expect(answer.status).toBe(409);
  expect(answer.body.error.code).toBe('too_many_threads');
  expect(answer.body.error.message).toContain(String(MAX_THREADS_PER_AGENT));
}

describe('the thread cap', () => {
  it('refuses one thread more on every route that creates one, and nothing else', { timeout: 60_000 }, async () => {
    const ada = new Attendee(server.url('preferences'));
    const ids = await createThreads(ada, 'full', MAX_THREADS_PER_AGENT);
    const { index, meta } = await registryKeys(ada, ids[0]);

    expectTooMany(await ada.post('/api/threads', { id: 'one_more' }));
    expectTooMany(await ada.post('/api/threads', {}));
    // A turn on a new thread id creates it, so it is refused too, before anything is stored.
    expectTooMany(await ada.post('/api/threads/one_more/messages', { text: 'I live in Oslo.' }));
    expect((await ada.get('/api/threads/one_more')).status).toBe(404);

    const socket = await ada.socket();
    socket.send({ type: 'turn.start', requestId: 'r_cap', threadId: 'one_more_ws', text: 'I live in Oslo.' });
    const refused = await socket.next('error', (f) => f.requestId === 'r_cap');
    expect(refused.code).toBe('too_many_threads');
    expect(socket.frames.some((f) => f.type === 'turn.started')).toBe(false);
    socket.close();

    const { apiKey } = (await ada.get('/api/me')).body as { apiKey: string };
    const bearer = { authorization: `Bearer ${apiKey}` };
    const v1 = async (path: string, body: unknown) => ada.request('POST', path, body, { headers: bearer });
    for (const answer of [
      await v1('/v1/conversations', {}),
      await v1('/v1/responses', { model: AGENT, input: 'I live in Oslo.' }),
      // Streaming waits for the turn to start before its 200: the refusal is still a plain 409.
      await v1('/v1/responses', { model: AGENT, input: 'I live in Oslo.', stream: true }),
    ]) {
      expect(answer.status).toBe(409);
      expect(answer.body.error).toMatchObject({ code: 'too_many_threads', type: 'invalid_request_error' });
    }
    expect(await redis.zcard(index)).toBe(MAX_THREADS_PER_AGENT);
    expect(await redis.hlen(meta)).toBe(MAX_THREADS_PER_AGENT);

    // What exists still works: an existing id is not a new thread, and its turns run.
    expect((await ada.post('/api/threads', { id: ids[7] })).status).toBe(200);
    expect((await ada.post(`/api/threads/${ids[7]}/messages`, { text: 'I live in Oslo.' })).status).toBe(200);
    // The cap is per attendee: another one starts threads as usual.
    expect((await new Attendee(server.url('preferences')).post('/api/threads', { id: 'one_more' })).status).toBe(201);
    // Deleting one makes room for one.
    expect((await ada.delete(`/api/threads/${ids[3]}`)).status).toBe(204);
    expect((await ada.post('/api/threads/one_more/messages', { text: 'I live in Oslo.' })).status).toBe(200);
    expectTooMany(await ada.post('/api/threads', { id: 'and_another' }));
  });
});

describe('GET /api/threads pages', () => {
  it('walks every thread exactly once, newest update first', { timeout: 60_000 }, async () => {
    const bo = new Attendee(server.url('preferences'));
    const ids = await createThreads(bo, 'page', 2 * THREAD_PAGE_SIZE + 7);
    // A turn moves its thread to the top.
    expect((await bo.post(`/api/threads/${ids[0]}/messages`, { text: 'I like jazz.' })).status).toBe(200);
    const { index } = await registryKeys(bo, ids[0]);
    const order = await redis.zrevrange(index, 0, -1);

    const first = await bo.get('/api/threads');
    expect(first.status).toBe(200);
    expect(first.body.threads).toHaveLength(THREAD_PAGE_SIZE);
    expect(first.body.threads[0].id).toBe(ids[0]);
    expect(typeof first.body.nextCursor).toBe('string');

    for (const limit of [THREAD_PAGE_SIZE, 13]) {
      const seen: Array<{ id: string; updatedAt: number }> = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
        const page = await bo.get(`/api/threads?${query}`);
        expect(page.status).toBe(200);
        seen.push(...page.body.threads);
        cursor = page.body.nextCursor;
        pages++;
      } while (cursor && pages < 100);
      expect(pages).toBe(Math.ceil(ids.length / limit));
      expect(seen.map((t) => t.id)).toEqual(order);
      expect(new Set(seen.map((t) => t.id)).size).toBe(ids.length);
      for (let i = 1; i < seen.length; i++) expect(seen[i].updatedAt).toBeLessThanOrEqual(seen[i - 1].updatedAt);
    }
  });

  it('answers 400 to a limit or cursor it cannot use', async () => {
    const cy = new Attendee(server.url('preferences'));
    for (const query of ['limit=0', 'limit=abc', 'limit=2.5', `limit=${MAX_THREADS_PER_AGENT + 1}`, 'limit=1&limit=2']) {
      const answer = await cy.get(`/api/threads?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error.code, query).toBe('invalid_request');
    }
    for (const cursor of ['nonsense', '12:bad id', '-5:t1']) {
      const answer = await cy.get(`/api/threads?cursor=${encodeURIComponent(cursor)}`);
      expect(answer.status, cursor).toBe(400);
      expect(answer.body.error.code, cursor).toBe('invalid_argument');
    }
  });
});

describe('nothing left behind', () => {
  it('deleting every thread removes its registry keys; forgetting the memories too ends the attendee record', { timeout: 60_000 }, async () => {
    const dee = new Attendee(server.url('preferences'));
    const threads = ['clean_a', 'clean_b', 'clean_c'];
    for (const id of threads) expect((await dee.post(`/api/threads/${id}/messages`, { text: 'My name is Dee and I love sushi.' })).status).toBe(200);
    // One more through the SDK route, deleted there.
    const { apiKey, userId } = (await dee.get('/api/me')).body as { apiKey: string; userId: string };
    const conversation = await dee.request('POST', '/v1/conversations', {}, { headers: { authorization: `Bearer ${apiKey}` } });
    expect(conversation.status).toBe(200);

    const { historyPrefix, index, meta } = await registryKeys(dee, threads[0]);
    const histories = threads.flatMap((id) => [`${historyPrefix}:${id}`, historyIdsKey(historyPrefix, id)]);
    expect(await redis.exists(index, meta, ...histories)).toBe(2 + histories.length);
    const users = agentUsersKey(AGENT, server.namespace);
    expect(await redis.sismember(users, userId)).toBe(1);

    for (const id of threads) expect((await dee.delete(`/api/threads/${id}`)).status).toBe(204);
    // Not yet empty: the conversation is still a thread.
    expect(await redis.exists(index)).toBe(1);
    const deleted = await dee.request('DELETE', `/v1/conversations/${conversation.body.id}`, undefined, { headers: { authorization: `Bearer ${apiKey}` } });
    expect(deleted.status).toBe(200);
    expect(await redis.exists(index, meta, ...histories)).toBe(0);
    // The memories are still there, so the attendee still counts for this agent.
    expect(((await dee.get('/api/memories')).body.items as unknown[]).length).toBeGreaterThan(0);
    expect(await redis.sismember(users, userId)).toBe(1);

    expect((await dee.delete('/api/memories')).status).toBe(200);
    expect(await redis.sismember(users, userId)).toBe(0);
    // Whatever key still names the attendee expires by itself (the plain engine's version counters).
    const left: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `*${userId}*`, 'COUNT', 1000);
      left.push(...keys);
      cursor = next;
    } while (cursor !== '0');
    if ((await dee.get('/api/health')).body.redis.search === 'fallback') expect(left.some((key) => key.includes(':ver:'))).toBe(true);
    for (const key of left) expect(await redis.ttl(key), key).toBeGreaterThan(0);
  });
});
