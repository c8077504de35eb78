import { describe, expect, it } from 'vitest';
import { testClient } from '../../../../test/redis';
import { WorkshopError } from '../../errors';
import { PlainRedisEngine, RediSearchEngine, createMemoryEngine } from './index';

describe('createMemoryEngine', () => {
  const client = testClient();
  const base = { client, indexName: 'memory_idx', prefix: 'memory' };

  it('picks the query engine when the server has the search module, else the plain one', () => {
    expect(createMemoryEngine({ ...base, capabilities: { search: true } })).toBeInstanceOf(RediSearchEngine);
    expect(createMemoryEngine({ ...base, capabilities: { search: false } })).toBeInstanceOf(PlainRedisEngine);
    expect(createMemoryEngine({ ...base, capabilities: { search: true }, engine: 'fallback' }).name).toBe('fallback');
    expect(createMemoryEngine({ ...base, capabilities: { search: true }, engine: 'redisearch' }).name).toBe('redisearch');
  });

  it('refuses redisearch on a server without the module, naming MEMORY_ENGINE', () => {
    let error: unknown;
    try {
      createMemoryEngine({ ...base, capabilities: { search: false }, engine: 'redisearch' });
    } catch (e) {
      error = e;
    }
    expect(WorkshopError.is(error, 'config_invalid')).toBe(true);
    expect((error as Error).message).toMatch(/MEMORY_ENGINE/);
    expect(() => createMemoryEngine({ ...base, capabilities: { search: true }, engine: 'elastic' as never })).toThrow(/MEMORY_ENGINE/);
  });
});
