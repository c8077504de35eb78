/**
 * `GET /api/redis` for two attendees on a real workshop and Redis: each sees their own memory
 * count beside the whole index's, their own records with real keys, and how to connect.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisInfo } from '../../server/src/contracts/http';
import { testClient, testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee } from './attendee';

let server: WorkshopServer;
const redis = testClient();

beforeAll(async () => {
  server = await startWorkshopServer({ redisUrl: testRedisUrl() });
});
afterAll(async () => {
  await server?.stop();
});

describe('GET /api/redis per attendee', () => {
  it("counts the caller's memories beside the whole index, and lists their records by real key", async () => {
    const ada = new Attendee(server.url('preferences'));
    await ada.post('/api/threads/one/messages', { text: 'My name is Ada, I live in Lisbon and I love jazz.' });
    await ada.post('/api/threads/one/messages', { text: 'I am vegetarian.' });
    const bo = new Attendee(server.url('preferences'));
    await bo.post('/api/threads/one/messages', { text: 'My name is Bo.' });
    const [{ userId: adaId }, { userId: boId }] = [(await ada.get('/api/me')).body, (await bo.get('/api/me')).body];

    const mine = (await ada.get<RedisInfo>('/api/redis')).body;
    const theirs = (await bo.get<RedisInfo>('/api/redis')).body;
    const adaMemories = (await ada.get('/api/memories?limit=1000')).body.items.length;
    const boMemories = (await bo.get('/api/memories?limit=1000')).body.items.length;
    expect(mine.index.yourDocuments).toBe(adaMemories);
    expect(theirs.index.yourDocuments).toBe(boMemories);
    expect(adaMemories).toBeGreaterThan(boMemories);
    // The whole index is everyone's: the same number for both, at least both of theirs.
    expect(mine.index.documents).toBe(theirs.index.documents);
    expect(mine.index.documents).toBeGreaterThanOrEqual(adaMemories + boMemories);

    // Each record is a HASH at its key, of the attendee who sees it.
    for (const [view, userId, count] of [[mine, adaId, adaMemories], [theirs, boId, boMemories]] as const) {
      expect(view.records).toHaveLength(count);
      for (const record of view.records) {
        expect(record.key).toBe(`${view.index.prefix}:${record.id}`);
        const stored = await redis.hgetall(record.key);
        expect(stored.user_id).toBe(userId);
        expect(stored.content.startsWith(record.text.replace(/…$/, ''))).toBe(true);
      }
    }
    expect(mine.records.some((r) => r.kind === 'fact' && /Lisbon/.test(r.text))).toBe(true);

    // Every key listed is real, as long as it says.
    const list = mine.keys.find((k) => k.type === 'list')!;
    expect(await redis.llen(list.key)).toBe(list.length);
  });

  it('says how to connect with redis-cli: the test server is on 127.0.0.1, so the port is enough', async () => {
    const port = Number(new URL(testRedisUrl()).port);
    const { connection } = (await new Attendee(server.url('persistence')).get<RedisInfo>('/api/redis')).body;
    expect(connection).toEqual({ host: '127.0.0.1', port, tls: false, cluster: false, db: 0, local: true, command: `redis-cli -p ${port}` });
  });
});
