import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Cluster, Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRedis, type TestRedis } from '../../../test/redis-process';
import { testRedisUrl, uniquePrefix } from '../../../test/redis';
import { connectRedis, duplicateForSubscriber, type RedisClient } from './connection';
import { probeRedis } from './probe';

const run = promisify(execFile);

/** A real three-primary Redis Cluster on free ports, built with redis-cli --cluster create. */
describe('connectRedis with cluster: true', () => {
  const nodes: TestRedis[] = [];
  const clients: RedisClient[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 3; i++) {
      nodes.push(await startTestRedis(undefined, { args: ['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf'] }));
    }
    await run('redis-cli', ['--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', '0', '--cluster-yes']);
    for (const node of nodes) {
      const direct = new Redis(node.url);
      for (let i = 0; i < 100 && !/cluster_state:ok/.test(await direct.cluster('INFO')); i++) await new Promise((r) => setTimeout(r, 100));
      direct.disconnect();
    }
  });

  afterAll(async () => {
    for (const client of clients) client.disconnect();
    for (const node of nodes) await node.stop();
  });

  it('spreads keys over the nodes and reports cluster mode', async () => {
    const client = await connectRedis({ url: nodes[0].url, cluster: true, name: 'cluster-test' });
    clients.push(client);
    expect(client).toBeInstanceOf(Cluster);
    const prefix = uniquePrefix('cluster');
    const keys = Array.from({ length: 30 }, (_, i) => `${prefix}:${i}`);
    for (const key of keys) await client.set(key, key);
    for (const key of keys) expect(await client.get(key)).toBe(key);
    // Every primary holds some of them: the client really follows the slot map.
    const perNode = await Promise.all(nodes.map(async (node) => {
      const direct = new Redis(node.url);
      const count = await direct.dbsize();
      direct.disconnect();
      return count;
    }));
    expect(perNode.every((count) => count > 0)).toBe(true);
    expect(await probeRedis(client)).toMatchObject({ cluster: true, search: false });
  });

  it('makes a subscriber that receives cluster-wide publishes', async () => {
    const client = await connectRedis({ url: nodes[1].url, cluster: true });
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
    await expect(connectRedis({ url: `${nodes[0].url}/2`, cluster: true })).rejects.toMatchObject({
      code: 'config_invalid',
      message: expect.stringContaining('only database 0'),
    });
  });
});
