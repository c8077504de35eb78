/**
 * The query-engine memory engine against a real server with the search module (Redis 8 /
 * Redis Stack), given by REDIS_SEARCH_URL. Without it those tests are skipped, loudly; the
 * tests at the end run always, against the plain test server.
 */
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { testClient, uniquePrefix } from '../../../../test/redis';
import { WorkshopError } from '../../errors';
import type { MemoryRecord } from '../types';
import { describeMemoryEngineContract } from './engine-contract';
import { memorySchema, schemaDifferences } from './redisearch-schema';
import { RediSearchEngine } from './redisearch-engine';
import { parseInfoReply } from './search-reply';

const searchUrl = inject('redisSearchUrl');

function rec(id: string, content: string, extra: Partial<MemoryRecord> = {}): MemoryRecord {
  return { id, kind: 'message', content, agentId: 'a1', userId: 'u1', createdAt: Date.now(), ...extra };
}

if (!searchUrl) {
  console.warn(
    '\n' +
      '!!! SKIPPED: RediSearchEngine tests against a server with the search module.\n' +
      '!!! Run them with REDIS_SEARCH_URL=redis://host:port (Redis 8 or Redis Stack), e.g.\n' +
      '!!!   docker run -d -p 6380:6379 redis:8 && REDIS_SEARCH_URL=redis://127.0.0.1:6380 npm test\n',
  );
  describe.skip('RediSearchEngine on Redis with the search module (SKIPPED: set REDIS_SEARCH_URL)', () => {
    it('needs REDIS_SEARCH_URL', () => {});
  });
} else {
  const open = (options: { protocol?: 2 | 3 } = {}) => {
    const client = new Redis(searchUrl, { maxRetriesPerRequest: 1, ...options });
    afterAll(() => client.quit().then(() => undefined, () => undefined));
    return client;
  };
  const clients = [open(), open()] as const;
  const created = new Set<string>();
  afterAll(async () => {
    // DD: these indexes and their test records exist only for this run.
    for (const index of created) await clients[0].call('FT.DROPINDEX', index, 'DD').catch(() => undefined);
  });

  describeMemoryEngineContract('redisearch', ({ prefix, indexName, vectorDimensions, connection }) => {
    created.add(indexName);
    return new RediSearchEngine({ client: clients[connection], prefix, indexName, vectorDimensions });
  });

  describe('RediSearchEngine index management', () => {
    const names = () => {
      const prefix = uniquePrefix('rsidx');
      created.add(`${prefix}_idx`);
      return { prefix, indexName: `${prefix}_idx` };
    };

    it('creates the DESIGN §3 schema, and init is idempotent', async () => {
      const { prefix, indexName } = names();
      const engine = new RediSearchEngine({ client: clients[0], prefix, indexName, vectorDimensions: 32 });
      await engine.init();
      await engine.init();
      const info = parseInfoReply(await clients[0].call('FT.INFO', indexName));
      expect(schemaDifferences(memorySchema(32), prefix, info)).toEqual([]);
      expect(info.attributes.find((a) => a.name === 'user_id')?.flags.has('CASESENSITIVE')).toBe(true);
    });

    it('reports a changed schema, and rebuilds it only when allowed, keeping the records', async () => {
      const { prefix, indexName } = names();
      const first = new RediSearchEngine({ client: clients[0], prefix, indexName, vectorDimensions: 8 });
      await first.init();
      await first.upsert([rec('kept', 'sushi stays')]);

      const changed = new RediSearchEngine({ client: clients[0], prefix, indexName, vectorDimensions: 16 });
      const error = await changed.init().catch((e: unknown) => e);
      expect(WorkshopError.is(error, 'index_schema_changed')).toBe(true);
      expect((error as Error).message).toMatch(/MEMORY_OVERWRITE_INDEX=true/);
      expect((error as Error).message).toMatch(/embedding/);

      const rebuilt = new RediSearchEngine({ client: clients[0], prefix, indexName, vectorDimensions: 16, overwriteIndex: true });
      await rebuilt.init();
      // Re-indexing the kept hashes runs in the background.
      for (let i = 0; i < 100 && (await rebuilt.info()).documents < 1; i++) await new Promise((r) => setTimeout(r, 50));
      expect((await rebuilt.list({ agentId: 'a1', userId: 'u1' })).map((r) => r.id)).toEqual(['kept']);
    });

    it('refuses scope values a tag filter cannot match exactly', async () => {
      const { prefix, indexName } = names();
      const engine = new RediSearchEngine({ client: clients[0], prefix, indexName });
      await engine.init();
      await expect(engine.upsert([rec('x', 'hi', { userId: 'alice,bob' })])).rejects.toSatisfy((e: unknown) => WorkshopError.is(e, 'invalid_argument'));
      await expect(engine.upsert([rec('x', 'hi', { userId: ' alice' })])).rejects.toThrow(/cannot be a search tag/);
      expect(await engine.search({ userId: 'alice,bob' }, 'hi')).toEqual([]);
    });

    it('reads RESP2 replies as well as RESP3 ones', async () => {
      const { prefix, indexName } = names();
      const resp2 = open({ protocol: 2 });
      const engine = new RediSearchEngine({ client: resp2, prefix, indexName, vectorDimensions: 4 });
      await engine.init();
      const scope = { agentId: 'a1', userId: 'u1' };
      await engine.upsert([
        rec('s', 'sushi tonight', { embedding: new Float32Array([1, 0, 0, 0]) }),
        rec('d', 'dog walk', { embedding: new Float32Array([0, 1, 0, 0]) }),
      ]);
      expect((await engine.search(scope, 'sushi')).map((h) => h.record.id)).toEqual(['s']);
      const hybrid = await engine.search(scope, '', { vector: new Float32Array([0.1, 1, 0, 0]) });
      expect(hybrid[0].record.id).toBe('d');
      expect((await engine.list(scope)).map((r) => r.id).sort()).toEqual(['d', 's']);
      expect(await engine.deleteAll(scope)).toBe(2);
      expect((await engine.info()).documents).toBe(0);
    });
  });
}

describe('RediSearchEngine without the search module', () => {
  const client = testClient();

  it('says which setting to change instead of failing on an unknown command', async () => {
    const engine = new RediSearchEngine({ client, prefix: uniquePrefix('rsnone'), indexName: 'memory_idx' });
    const error = await engine.init().catch((e: unknown) => e);
    expect(WorkshopError.is(error, 'config_invalid')).toBe(true);
    expect((error as Error).message).toMatch(/MEMORY_ENGINE=fallback/);
  });

  it('validates its options', () => {
    expect(() => new RediSearchEngine({ client, prefix: 'p', indexName: 'bad name' })).toThrow(/MEMORY_INDEX_NAME/);
    expect(() => new RediSearchEngine({ client, prefix: 'p', indexName: 'i', vectorDimensions: 0 })).toThrow(/vectorDimensions/);
  });
});
