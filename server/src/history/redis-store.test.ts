import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { testClient, testRedisUrl, uniquePrefix } from '../../../test/redis';
import { startTestRedis } from '../../../test/redis-process';
import { WorkshopError } from '../errors';
import { APPEND_SCRIPT_SHA } from './append-script';
import { LuaScript } from './lua-script';
import { REMOVE_FROM_SCRIPT } from './remove-from-script';
import type { ChatMessageStoreOptions } from './options';
import { RedisChatMessageStore } from './redis-store';
import { describeChatMessageStoreContract, msg } from './store-contract';
import type { ChatMessage } from './types';

const raw = testClient();

describeChatMessageStoreContract('RedisChatMessageStore', () => {
  const keyPrefix = uniquePrefix('hist');
  return {
    create: (options) => new RedisChatMessageStore({ keyPrefix, ...options, client: raw }),
    resume: (state, options) => RedisChatMessageStore.deserialize(state, { ...options, client: raw }),
    writeRaw: async (store, element) => {
      await raw.rpush((store as RedisChatMessageStore).key, element);
    },
  };
});

/** A store on a fresh key prefix over the shared test client. */
function store(options: ChatMessageStoreOptions = {}, client: Redis = raw): RedisChatMessageStore {
  return new RedisChatMessageStore({ keyPrefix: uniquePrefix('hist'), ...options, client });
}

async function storedIds(s: RedisChatMessageStore): Promise<{ list: string[]; set: string[] }> {
  const list = (await raw.lrange(s.key, 0, -1)).map((element) => (JSON.parse(element) as ChatMessage).id);
  const set = (await raw.smembers(s.idsKey)).sort();
  return { list, set };
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(WorkshopError);
    return (err as WorkshopError).code;
  }
}

describe('RedisChatMessageStore in Redis', () => {
  it('stores one LIST per thread with one JSON message per element, newest at the tail', async () => {
    const s = store({ threadId: 'support_ticket_12345' });
    expect(s.key).toBe(`${s.keyPrefix}:support_ticket_12345`);
    expect(s.idsKey).toBe(`{${s.key}}:ids`);
    const messages = [msg('m1'), msg('m2', { role: 'assistant', authorName: 'support_agent' })];
    await s.addMessages(messages);
    expect(await raw.type(s.key)).toBe('list');
    expect(await raw.type(s.idsKey)).toBe('set');
    expect((await raw.lrange(s.key, 0, -1)).map((element) => JSON.parse(element))).toEqual(messages);
    expect(JSON.parse((await raw.lindex(s.key, -1)) ?? 'null')).toEqual(messages[1]);
  });

  it('keeps the ids SET in step with the LIST while trimming', async () => {
    const s = store({ maxMessages: 4 });
    for (let i = 0; i < 10; i += 2) {
      await s.addMessages([msg(`m${i}`), msg(`m${i + 1}`)]);
      const { list, set } = await storedIds(s);
      expect(set).toEqual([...list].sort());
      expect(list.length).toBe(Math.min(4, i + 2));
    }
    expect((await storedIds(s)).list).toEqual(['m6', 'm7', 'm8', 'm9']);
  });

  it('trims a batch larger than maxMessages to its newest messages', async () => {
    const s = store({ maxMessages: 2 });
    await s.addMessages([msg('a'), msg('b'), msg('c'), msg('d'), msg('e')]);
    expect(await storedIds(s)).toEqual({ list: ['d', 'e'], set: ['d', 'e'] });
  });

  it('stores a duplicate id once, within one batch and across batches', async () => {
    const s = store();
    await s.addMessages([msg('a'), msg('b'), msg('a')]);
    await s.addMessages([msg('b'), msg('c')]);
    await s.addMessages([msg('a')]);
    expect(await raw.llen(s.key)).toBe(3);
    expect(await storedIds(s)).toEqual({ list: ['a', 'b', 'c'], set: ['a', 'b', 'c'] });
  });

  it('sets the TTL on both keys and refreshes it on every append', async () => {
    const s = store({ ttlSeconds: 100 });
    await s.addMessages([msg('a')]);
    for (const key of [s.key, s.idsKey]) {
      const pttl = await raw.pttl(key);
      expect(pttl).toBeGreaterThan(90_000);
      expect(pttl).toBeLessThanOrEqual(100_000);
    }
    const description = await s.describe();
    expect(description).toMatchObject({ key: s.key, length: 1 });
    expect(description.ttlSeconds).toBeGreaterThan(90);
    await raw.pexpire(s.key, 5_000);
    await raw.pexpire(s.idsKey, 5_000);
    // a retried (duplicate) append is activity too
    await s.addMessages([msg('a')]);
    expect(await raw.pttl(s.key)).toBeGreaterThan(90_000);
    await raw.pexpire(s.key, 5_000);
    await s.addMessages([msg('b')]);
    expect(await raw.pttl(s.key)).toBeGreaterThan(90_000);
    expect(await raw.pttl(s.idsKey)).toBeGreaterThan(90_000);
  });

  it('sets no TTL unless asked', async () => {
    const s = store();
    await s.addMessages([msg('a')]);
    expect(await raw.pttl(s.key)).toBe(-1);
    expect(await raw.pttl(s.idsKey)).toBe(-1);
  });

  it('forgets stale ids when the LIST was deleted by hand', async () => {
    const s = store();
    await s.addMessages([msg('a')]);
    await raw.del(s.key);
    expect(await s.addMessages([msg('a')])).toHaveLength(1);
    expect(await storedIds(s)).toEqual({ list: ['a'], set: ['a'] });
  });

  it('removeFrom() keeps the ids SET in step and the TTL of both keys', async () => {
    const s = store({ ttlSeconds: 100 });
    await s.addMessages([msg('a'), msg('b'), msg('c'), msg('d')]);
    expect((await s.removeFrom('c')).map((m) => m.id)).toEqual(['c', 'd']);
    expect(await storedIds(s)).toEqual({ list: ['a', 'b'], set: ['a', 'b'] });
    for (const key of [s.key, s.idsKey]) expect(await raw.pttl(key)).toBeGreaterThan(90_000);
    expect((await s.removeFrom('a')).map((m) => m.id)).toEqual(['a', 'b']);
    expect(await raw.exists(s.key, s.idsKey)).toBe(0);
  });

  it('removeFrom() forgets an id the SET names but the LIST no longer holds', async () => {
    const s = store();
    await s.addMessages([msg('a'), msg('b')]);
    await raw.lrem(s.key, 0, await raw.lindex(s.key, -1) as string);
    expect(await s.removeFrom('b')).toEqual([]);
    expect(await storedIds(s)).toEqual({ list: ['a'], set: ['a'] });
  });

  it('removeFrom() and parallel appends from another client leave the LIST and the SET in step', async () => {
    const other = testClient();
    const keyPrefix = uniquePrefix('hist');
    const [mine, theirs] = [raw, other].map((client) => new RedisChatMessageStore({ keyPrefix, threadId: 'race', client }));
    await mine.addMessages(Array.from({ length: 20 }, (_, i) => msg(`old${i}`)));
    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => theirs.addMessages([msg(`new${i}`)])),
      mine.removeFrom('old10'),
      ...Array.from({ length: 10 }, (_, i) => theirs.addMessages([msg(`late${i}`)])),
    ]);
    const { list, set } = await storedIds(mine);
    expect(set).toEqual([...list].sort());
    expect(list.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => `old${i}`));
    expect(list.filter((id) => id.startsWith('old'))).toHaveLength(10);
  });

  it('loses and duplicates nothing under 20 parallel appends from two clients', async () => {
    const other = testClient();
    const threadId = 'busy';
    const keyPrefix = uniquePrefix('hist');
    const unlimited = [raw, other].map((client) => new RedisChatMessageStore({ keyPrefix, threadId, client }));
    const trimmed = [raw, other].map((client) => new RedisChatMessageStore({ keyPrefix: `${keyPrefix}_t`, threadId, client, maxMessages: 10 }));
    const batch = (i: number) => [msg(`u${i}a`), msg(`dup${i % 5}`), msg(`u${i}b`)];

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        Promise.all([unlimited[i % 2].addMessages(batch(i)), trimmed[i % 2].addMessages(batch(i))]),
      ),
    );

    const reported = results.flatMap(([added]) => added.map((m) => m.id));
    const expected = [...Array.from({ length: 20 }, (_, i) => [`u${i}a`, `u${i}b`]).flat(), 'dup0', 'dup1', 'dup2', 'dup3', 'dup4'].sort();
    expect([...reported].sort()).toEqual(expected);

    const all = await storedIds(unlimited[0]);
    expect([...all.list].sort()).toEqual(expected);
    expect(all.set).toEqual(expected);
    // each batch's own messages stay together and in order
    for (let i = 0; i < 20; i++) expect(all.list.indexOf(`u${i}a`)).toBeLessThan(all.list.indexOf(`u${i}b`));

    const kept = await storedIds(trimmed[1]);
    expect(kept.list).toHaveLength(10);
    expect(new Set(kept.list).size).toBe(10);
    expect(kept.set).toEqual([...kept.list].sort());
    expect(await trimmed[0].count()).toBe(10);
  });

  it('writes initialMessages once when many stores on two clients start together', async () => {
    const other = testClient();
    const keyPrefix = uniquePrefix('hist');
    const stores = Array.from({ length: 10 }, (_, i) =>
      new RedisChatMessageStore({ keyPrefix, threadId: 'fresh', client: i % 2 ? other : raw, initialMessages: [msg(`welcome${i}`), msg(`intro${i}`)] }),
    );
    await Promise.all(stores.map((s) => s.count()));
    const { list, set } = await storedIds(stores[0]);
    expect(list).toHaveLength(2);
    expect(list[0].replace('welcome', '')).toBe(list[1].replace('intro', ''));
    expect(set).toEqual([...list].sort());
  });

  it('reports a key of another type as a command failure naming the fix', async () => {
    const s = store();
    await raw.set(s.key, 'not a list');
    const err = await s.addMessages([msg('a')]).catch((e: unknown) => e);
    expect(WorkshopError.is(err, 'redis_command_failed')).toBe(true);
    expect((err as Error).message).toMatch(/keyPrefix or threadId/);
    expect(await raw.get(s.key)).toBe('not a list');
  });

  it('never closes an injected client', async () => {
    const client = testClient();
    const s = store({}, client);
    await s.addMessages([msg('a')]);
    await s.close();
    expect(client.status).toBe('ready');
    expect(await client.ping()).toBe('PONG');
    expect(await s.count()).toBe(1);
  });

  it('closes the client it created from a url', async () => {
    const keyPrefix = uniquePrefix('hist');
    const s = new RedisChatMessageStore({ url: testRedisUrl(), keyPrefix, threadId: 'own' });
    await s.ping();
    await s.addMessages([msg('a')]);
    await s.close();
    await s.close();
    expect(await codeOf(s.count())).toBe('redis_unavailable');
    expect(await raw.llen(`${keyPrefix}:own`)).toBe(1);
  });

  it('needs exactly one of client and url', () => {
    expect(() => new RedisChatMessageStore({} as never)).toThrow(/REDIS_URL/);
    expect(() => new RedisChatMessageStore({ url: 'localhost:6379' })).toThrow(/rediss:\/\//);
    expect(() => new RedisChatMessageStore({ client: raw, url: testRedisUrl() } as never)).toThrow(/either/);
  });

  it('resumes from a deserialized state over its own connection', async () => {
    const s = store({ maxMessages: 5 });
    await s.addMessages([msg('a'), msg('b')]);
    const state = JSON.parse(JSON.stringify(s.serialize()));
    expect(JSON.stringify(state)).not.toMatch(/redis:|password/);
    const resumed = RedisChatMessageStore.deserialize(state, { url: testRedisUrl() });
    try {
      expect(resumed.key).toBe(s.key);
      expect(resumed.maxMessages).toBe(5);
      expect(await resumed.listMessages()).toEqual(await s.listMessages());
    } finally {
      await resumed.close();
    }
  });

  it('resumes the thread in a new process', async () => {
    const s = store({ threadId: 'support_ticket_777' });
    const before = [msg('q1'), msg('a1', { role: 'assistant', toolCalls: [{ id: 't', name: 'ticket_status', arguments: { id: 777 } }] })];
    await s.addMessages(before);
    const script = fileURLToPath(new URL('./test-fixtures/resume-history.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, JSON.stringify(s.serialize()), testRedisUrl()], {
      cwd: fileURLToPath(new URL('../../../', import.meta.url)),
      timeout: 30_000,
    });
    const seen = JSON.parse(stdout) as ChatMessage[];
    expect(seen.slice(0, 2)).toEqual(before);
    expect(seen.map((m) => m.id)).toEqual(['q1', 'a1', 'from-child']);
    expect(await s.listMessages()).toEqual(seen);
  }, 40_000);

  it('reloads the script when the server has forgotten it', async () => {
    const server = await startTestRedis();
    const client = new Redis(server.url);
    try {
      const s = new RedisChatMessageStore({ client, threadId: 't' });
      await s.addMessages([msg('a')]);
      await client.script('FLUSH');
      expect(await client.script('EXISTS', APPEND_SCRIPT_SHA)).toEqual([0]);
      await s.addMessages([msg('b'), msg('a')]);
      expect(await client.script('EXISTS', APPEND_SCRIPT_SHA)).toEqual([1]);
      expect((await s.listMessages()).map((m) => m.id)).toEqual(['a', 'b']);
      await client.script('FLUSH');
      expect((await s.removeFrom('b')).map((m) => m.id)).toEqual(['b']);
      expect(await client.script('EXISTS', new LuaScript(REMOVE_FROM_SCRIPT).sha)).toEqual([1]);
    } finally {
      client.disconnect();
      await server.stop();
    }
  });

  it('reports an unreachable Redis as redis_unavailable', async () => {
    const server = await startTestRedis();
    const client = new Redis(server.url, { maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      const s = new RedisChatMessageStore({ client, threadId: 't' });
      await s.ping();
      await server.stop();
      expect(await codeOf(s.ping())).toBe('redis_unavailable');
      expect(await codeOf(s.addMessages([msg('a')]))).toBe('redis_unavailable');
      expect(await codeOf(s.listMessages())).toBe('redis_unavailable');
    } finally {
      client.disconnect();
      await server.stop();
    }
  });
});
