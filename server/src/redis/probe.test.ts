import { afterAll, describe, expect, inject, it } from 'vitest';
import { testRedisUrl } from '../../../test/redis';
import { connectRedis, type RedisClient } from './connection';
import { probeRedis } from './probe';

const clients: RedisClient[] = [];
afterAll(() => {
  for (const client of clients) client.disconnect();
});

describe('probeRedis', () => {
  it('reports version 7.x, no cluster and no search module on the plain test server', async () => {
    const client = await connectRedis({ url: testRedisUrl() });
    clients.push(client);
    const capabilities = await probeRedis(client);
    expect(capabilities.version).toMatch(/^7\.\d+\.\d+$/);
    expect(capabilities).toEqual({ version: capabilities.version, cluster: false, search: false });
  });

  const searchUrl = inject('redisSearchUrl');
  if (!searchUrl) console.warn('SKIPPED: probeRedis against a server with the search module (set REDIS_SEARCH_URL to run it)');
  it.skipIf(!searchUrl)('finds the search module and its version where it is installed', async () => {
    const client = await connectRedis({ url: searchUrl });
    clients.push(client);
    const capabilities = await probeRedis(client);
    expect(capabilities.search).toBe(true);
    expect(capabilities.searchVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
