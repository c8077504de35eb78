import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { testClient, testRedisUrl, uniquePrefix } from '../../../../test/redis';
import { memoryKey, plainAllIdsKey } from '../../redis/keys';
import type { MemoryRecord } from '../types';
import { describeMemoryEngineContract } from './engine-contract';
import { PlainRedisEngine, scopeVersionKey, tagSetKey } from './plain-engine';

const clients = [testClient(), testClient()] as const;

describeMemoryEngineContract('fallback', ({ prefix, indexName, vectorDimensions, connection }) =>
  new PlainRedisEngine({ client: clients[connection], prefix, indexName, vectorDimensions }),
);

/** A dedicated client that counts the commands it sends (MULTI/EXEC and pipelines included). */
function countingClient(): { client: Redis; sent: string[] } {
  const client = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
  afterAll(() => client.quit().then(() => undefined, () => undefined));
  const sent: string[] = [];
  const original = client.sendCommand.bind(client);
  client.sendCommand = ((command: { name: string }, stream?: unknown) => {
    sent.push(command.name);
    return original(command as never, stream as never);
  }) as typeof client.sendCommand;
  return { client, sent };
}

function rec(id: string, content: string, extra: Partial<MemoryRecord> = {}): MemoryRecord {
  return { id, kind: 'message', content, agentId: 'a1', userId: 'u1', createdAt: Date.now(), ...extra };
}

describe('PlainRedisEngine bookkeeping', () => {
  const redis = clients[0];

  it('keeps one id set and one version counter per scope value, under the {prefix} hash tag', async () => {
    const prefix = uniquePrefix('plainkeys');
    const engine = new PlainRedisEngine({ client: redis, prefix });
    await engine.upsert([rec('r1', 'hello', { applicationId: 'app', threadId: 't1' }), rec('r2', 'world')]);

    expect((await redis.smembers(tagSetKey(prefix, 'user_id', 'u1'))).sort()).toEqual(['r1', 'r2']);
    expect(await redis.smembers(tagSetKey(prefix, 'thread_id', 't1'))).toEqual(['r1']);
    expect(await redis.smembers(tagSetKey(prefix, 'application_id', 'app'))).toEqual(['r1']);
    const userScope = scopeVersionKey(prefix, [{ field: 'user_id', value: 'u1' }]);
    expect(Number(await redis.get(userScope))).toBe(2);
    // r1 has four scope values (15 scopes), r2 two (3 scopes); the user scope counted both records.
    expect(Number(await redis.get(scopeVersionKey(prefix, [{ field: 'application_id', value: 'app' }, { field: 'thread_id', value: 't1' }])))).toBe(1);
    expect((await redis.smembers(plainAllIdsKey(prefix))).sort()).toEqual(['r1', 'r2']);
    expect(await redis.hget(memoryKey(prefix, 'r1'), 'content')).toBe('hello');
    for (const key of [tagSetKey(prefix, 'user_id', 'u1'), userScope, plainAllIdsKey(prefix)]) {
      expect(key).toContain(`{${prefix}}`);
    }
  });

  it('encodes scope values so they cannot spell another key or hash tag', async () => {
    const prefix = uniquePrefix('plainenc');
    const engine = new PlainRedisEngine({ client: redis, prefix });
    const userId = 'x}:{evil}:user_id:u1';
    await engine.upsert([rec('r1', 'hello', { userId })]);
    const key = tagSetKey(prefix, 'user_id', userId);
    expect(key).toBe(`${prefix}:idx:{${prefix}}:user_id:${encodeURIComponent(userId)}`);
    expect(key.match(/[{}]/g)).toEqual(['{', '}']);
    expect(await redis.smembers(key)).toEqual(['r1']);
    expect(await redis.exists(tagSetKey(prefix, 'user_id', 'u1'))).toBe(0);
  });

  it('answers a search on a warm cache with exactly one Redis command', async () => {
    const prefix = uniquePrefix('plainwarm');
    const { client, sent } = countingClient();
    const engine = new PlainRedisEngine({ client, prefix });
    const scope = { agentId: 'a1', userId: 'u1' };
    await engine.upsert([rec('r1', 'User loves sushi'), rec('r2', 'User has a dog')]);
    await engine.search(scope, 'sushi'); // cold: builds the cache

    sent.length = 0;
    const hits = await engine.search(scope, 'sushi');
    expect(hits.map((h) => h.record.id)).toEqual(['r1']);
    expect(sent).toEqual(['get']);

    sent.length = 0;
    await engine.list(scope);
    expect(sent).toEqual(['get']);

    sent.length = 0;
    await engine.upsert([rec('r3', 'User loves ramen')]);
    expect(sent[0]).toBe('multi');
    expect(sent.at(-1)).toBe('exec');
    expect(sent.filter((c) => c === 'exec')).toHaveLength(1);
  });

  it('builds a cold scope once for concurrent reads', async () => {
    const prefix = uniquePrefix('plainconc');
    await new PlainRedisEngine({ client: redis, prefix }).upsert([rec('r1', 'User loves sushi', { kind: 'fact' })]);
    const { client, sent } = countingClient();
    // Commands queued before the connection is ready pass sendCommand twice; count from ready on.
    await client.ping();
    sent.length = 0;
    const engine = new PlainRedisEngine({ client, prefix });
    const scope = { agentId: 'a1', userId: 'u1' };
    const [hits, facts] = await Promise.all([engine.search(scope, 'sushi'), engine.list(scope, { kinds: ['fact'] })]);
    expect(hits.map((h) => h.record.id)).toEqual(['r1']);
    expect(facts.map((r) => r.id)).toEqual(['r1']);
    expect(sent.filter((c) => c === 'multi')).toHaveLength(1);
    expect(sent.filter((c) => c === 'hgetall')).toHaveLength(1);
  });

  it('skips records deleted behind its back and unlinks them lazily', async () => {
    const prefix = uniquePrefix('plaingone');
    const engine = new PlainRedisEngine({ client: redis, prefix });
    const scope = { agentId: 'a1', userId: 'u1' };
    await engine.upsert([rec('keep', 'sushi to keep'), rec('gone', 'sushi to lose')]);
    await redis.del(memoryKey(prefix, 'gone'));

    const reader = new PlainRedisEngine({ client: clients[1], prefix });
    expect((await reader.search(scope, 'sushi')).map((h) => h.record.id)).toEqual(['keep']);
    expect(await redis.sismember(tagSetKey(prefix, 'user_id', 'u1'), 'gone')).toBe(0);
    expect(await redis.sismember(tagSetKey(prefix, 'agent_id', 'a1'), 'gone')).toBe(0);
    expect(await redis.sismember(plainAllIdsKey(prefix), 'gone')).toBe(0);
    // The cleanup bumped the versions, so the first engine's caches rebuild too.
    expect((await engine.list(scope)).map((r) => r.id)).toEqual(['keep']);
  });

  it('survives a hand-edited hash in a listing', async () => {
    const prefix = uniquePrefix('plainedit');
    const engine = new PlainRedisEngine({ client: redis, prefix });
    const scope = { agentId: 'a1', userId: 'u1' };
    await engine.upsert([rec('r1', 'sushi')]);
    await redis.hset(memoryKey(prefix, 'r1'), 'created_at', 'not a number', 'kind', 'weird', 'embedding', 'xyz');
    const [listed] = await engine.list(scope);
    expect(listed).toMatchObject({ id: 'r1', content: 'sushi', kind: 'message', createdAt: 0 });
    expect(listed.embedding).toBeUndefined();
  });

  it('bounds the number of cached scopes', async () => {
    const prefix = uniquePrefix('plainlru');
    const engine = new PlainRedisEngine({ client: redis, prefix, maxCachedScopes: 2 });
    await engine.upsert(['u1', 'u2', 'u3'].map((userId) => rec(`r_${userId}`, 'hello', { userId })));
    for (const userId of ['u1', 'u2', 'u3']) await engine.list({ userId });
    expect(engine.cachedScopes).toBe(2);
  });

  it('bounds the memory of cached scopes: the least recently used large ones go first, and answers stay right', async () => {
    const prefix = uniquePrefix('plainbytes');
    // One 400-record scope is estimated at well over 500 KB; three small ones at a few dozen KB each.
    const engine = new PlainRedisEngine({ client: redis, prefix, maxCacheBytes: 600 * 1024 });
    const big = Array.from({ length: 400 }, (_, i) => rec(`big_${i}`, `Fact ${i}: the user mentioned topic ${i} at length`, { userId: 'big' }));
    await engine.upsert(big);
    await engine.upsert(['s1', 's2', 's3'].map((userId) => rec(`r_${userId}`, 'hello there', { userId })));
    expect((await engine.list({ userId: 'big' }, { limit: 1000 })).length).toBe(400);
    expect(engine.cachedScopes).toBe(1);
    for (const userId of ['s1', 's2', 's3']) expect((await engine.list({ userId })).map((r) => r.id)).toEqual([`r_${userId}`]);
    // The big scope did not fit next to the small ones: it was dropped, they stay.
    expect(engine.cachedScopes).toBe(3);
    expect((await engine.search({ userId: 'big' }, 'topic 17')).length).toBeGreaterThan(0);
  });

  it('rejects records it could not store safely', async () => {
    const engine = new PlainRedisEngine({ client: redis, prefix: uniquePrefix('plainbad') });
    await expect(engine.upsert([rec('bad id{x}', 'x')])).rejects.toThrow(/memory record id/);
    await expect(engine.upsert([{ ...rec('ok', 'x'), agentId: undefined, userId: undefined }])).rejects.toThrow(/at least one/);
    await expect(engine.upsert([{ ...rec('ok', 'x'), kind: 'nope' as never }])).rejects.toThrow(/kind/);
    expect(() => new PlainRedisEngine({ client: redis, prefix: 'bad prefix' })).toThrow(/MEMORY_PREFIX/);
  });
});
