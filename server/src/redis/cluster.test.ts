import { Cluster, Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestRedisCluster } from '../../../test/redis-cluster';
import { testRedisUrl, uniquePrefix } from '../../../test/redis';
import { connectRedis, duplicateForSubscriber, type RedisClient } from './connection';
import { freePort } from '../../../test/redis-process';
import { resolveRedis } from './embedded';
import { probeRedis } from './probe';

/** A real three-primary Redis Cluster on free ports, built with redis-cli --cluster create. */
describe('connectRedis with cluster: true', () => {
  const cluster = useTestRedisCluster();
  const clients: RedisClient[] = [];

  afterAll(() => {
    for (const client of clients) client.disconnect();
  });

  it('spreads keys over the nodes and reports cluster mode', async () => {
    const client = await connectRedis({ url: cluster.nodes[0].url, cluster: true, name: 'cluster-test' });
    clients.push(client);
    expect(client).toBeInstanceOf(Cluster);
    const prefix = uniquePrefix('cluster');
    const keys = Array.from({ length: 30 }, (_, i) => `${prefix}:${i}`);
    for (const key of keys) await client.set(key, key);
    for (const key of keys) expect(await client.get(key)).toBe(key);
    // Every primary holds some of them: the client really follows the slot map.
    const perNode = await Promise.all(cluster.nodes.map(async (node) => {
      const direct = new Redis(node.url);
      const count = await direct.dbsize();
      direct.disconnect();
      return count;
    }));
    expect(perNode.every((count) => count > 0)).toBe(true);
    expect(await probeRedis(client)).toMatchObject({ cluster: true, search: false });
  });

  it('makes a subscriber that receives cluster-wide publishes', async () => {
    const client = await connectRedis({ url: cluster.nodes[1].url, cluster: true });
    clients.push(client);
    const subscriber = await duplicateForSubscriber(client);
    clients.push(subscriber);
    const received = new Promise<string>((resolve) => subscriber.on('message', (_c: string, m: string) => resolve(m)));
    await subscriber.subscribe('cluster-events');
    await client.publish('cluster-events', 'hi');
    expect(await received).toBe('hi');
  });

  it('refuses cluster mode against a server that is not a cluster', async () => {
    await expect(connectRedis({ url: testRedisUrl(), cluster: true })).rejects.toMatchObject({
      code: 'config_invalid',
      message: expect.stringContaining('unset REDIS_CLUSTER'),
    });
  });

  it('refuses a database number in cluster mode', async () => {
    await expect(connectRedis({ url: `${cluster.nodes[0].url}/2`, cluster: true })).rejects.toMatchObject({
      code: 'config_invalid',
      message: expect.stringContaining('only database 0'),
    });
  });

  it('connects through REDIS_CLUSTER_NODES seeds, past one that does not answer', async () => {
    const dead = await freePort();
    const seeds = [{ host: '127.0.0.1', port: dead }, { host: '127.0.0.1', port: cluster.nodes[2].port }];
    const handle = await resolveRedis({ clusterNodes: seeds, name: 'cluster-seeds' });
    clients.push(handle.client);
    expect(handle.client).toBeInstanceOf(Cluster);
    expect(handle.source).toBe('env');
    expect(await probeRedis(handle.client)).toMatchObject({ cluster: true });
    // With REDIS_URL too: its host is tried first.
    const both = await connectRedis({ url: `redis://127.0.0.1:${dead}`, cluster: true, clusterNodes: [{ host: '127.0.0.1', port: cluster.nodes[0].port }] });
    clients.push(both);
    expect(await both.ping()).toBe('PONG');
  });

  it('names every seed and its reason when none answers', async () => {
    const [a, b] = [await freePort(), await freePort()];
    await expect(resolveRedis({ clusterNodes: [{ host: '127.0.0.1', port: a }, { host: '127.0.0.1', port: b }] })).rejects.toMatchObject({
      code: 'redis_unavailable',
      message: expect.stringMatching(new RegExp(`none of the 2 Redis Cluster seed nodes answered .*127\\.0\\.0\\.1:${a}.*; .*127\\.0\\.0\\.1:${b}`)),
    });
  });
});
