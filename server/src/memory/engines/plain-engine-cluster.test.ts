/**
 * The plain engine and the chat history on a real three-primary Redis Cluster: the same contract
 * suites as on one server, through the ioredis cluster client (two separate cluster connections
 * for the suite's "two processes").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestRedisCluster } from '../../../../test/redis-cluster';
import { uniquePrefix } from '../../../../test/redis';
import { RedisChatMessageStore } from '../../history/redis-store';
import { describeChatMessageStoreContract, msg } from '../../history/store-contract';
import { connectRedis, type RedisClient } from '../../redis/connection';
import { describeMemoryEngineContract } from './engine-contract';
import { PlainRedisEngine } from './plain-engine';

const cluster = useTestRedisCluster();
const clients: RedisClient[] = [];

beforeAll(async () => {
  // Seeded from different nodes: each connection learns the slot map by itself.
  clients.push(await connectRedis({ url: cluster.nodes[0].url, cluster: true, name: 'plain-cluster-0' }));
  clients.push(await connectRedis({ url: cluster.nodes[1].url, cluster: true, name: 'plain-cluster-1' }));
});
afterAll(() => {
  for (const client of clients) client.disconnect();
});

describeMemoryEngineContract('fallback', ({ prefix, indexName, vectorDimensions, connection }) =>
  new PlainRedisEngine({ client: clients[connection], prefix, indexName, vectorDimensions }),
);

describeChatMessageStoreContract('RedisChatMessageStore on a cluster', () => {
  const keyPrefix = uniquePrefix('hist');
  return {
    create: (options) => new RedisChatMessageStore({ keyPrefix, ...options, client: clients[0] }),
    resume: (state, options) => RedisChatMessageStore.deserialize(state, { ...options, client: clients[1] }),
    writeRaw: async (store, element) => {
      await clients[0].rpush((store as RedisChatMessageStore).key, element);
    },
  };
});

describe('on a cluster', () => {
  it('spreads memory records and histories over the nodes', async () => {
    const prefix = uniquePrefix('spread');
    const engine = new PlainRedisEngine({ client: clients[0], prefix });
    await engine.init();
    const scope = { agentId: 'a1', userId: 'u1' };
    await engine.upsert(Array.from({ length: 30 }, (_, i) => ({ id: `r${i}`, kind: 'message' as const, content: `memory ${i}`, ...scope, createdAt: 1000 + i })));
    // A second connection (another process) reads them all back.
    const other = new PlainRedisEngine({ client: clients[1], prefix });
    await other.init();
    expect(await other.list(scope, { limit: 100 })).toHaveLength(30);
    const perNode = await cluster.keysPerNode(`${prefix}:*`);
    expect(perNode.filter((n) => n > 0).length).toBeGreaterThan(1);

    const histories = Array.from({ length: 12 }, (_, i) => new RedisChatMessageStore({ keyPrefix: prefix, threadId: `t${i}`, client: clients[0] }));
    await Promise.all(histories.map((h, i) => h.addMessages([msg(`m${i}`)])));
    const lists = await cluster.keysPerNode(`${prefix}:t*`);
    expect(lists.filter((n) => n > 0).length).toBeGreaterThan(1);
  });
});
