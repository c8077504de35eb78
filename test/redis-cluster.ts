/**
 * A real Redis Cluster for tests: three primaries (no replicas) on free ports in temporary
 * directories, joined with `redis-cli --cluster create`, waited on until every node reports
 * `cluster_state:ok`. Built by the tests that need one (it takes about a second), not by the
 * global setup, so the rest of the suite does not pay for it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { startTestRedis, type TestRedis } from './redis-process';

const run = promisify(execFile);

export interface TestRedisCluster {
  /** The primaries, in the order they were started. */
  nodes: TestRedis[];
  /** `redis://127.0.0.1:{port}` of the first node: a seed for the cluster client. */
  url: string;
  /** Every node as `127.0.0.1:{port}`, comma-separated (a `REDIS_CLUSTER_NODES` value). */
  seeds: string;
  /** How many keys each node holds that match `pattern` (and are of `type`, e.g. `hash`, when given). */
  keysPerNode(pattern: string, type?: string): Promise<number[]>;
  /** Stops every node and removes their directories. */
  stop(): Promise<void>;
}

/** Starts a cluster of `size` primaries (at least 3, as `redis-cli --cluster create` wants). */
export async function startTestRedisCluster(size = 3): Promise<TestRedisCluster> {
  const nodes = await Promise.all(
    Array.from({ length: size }, () =>
      startTestRedis(undefined, { args: ['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', '5000'] }),
    ),
  );
  try {
    await run('redis-cli', ['--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', '0', '--cluster-yes']);
    // `create` returns once the slots are assigned; the nodes agree on the slot map a moment later.
    for (const node of nodes) {
      const direct = new Redis(node.url, { maxRetriesPerRequest: 1 });
      try {
        for (let i = 0; i < 200 && !/cluster_state:ok/.test(await direct.cluster('INFO')); i++) await new Promise((r) => setTimeout(r, 50));
      } finally {
        direct.disconnect();
      }
    }
  } catch (err) {
    await Promise.all(nodes.map((n) => n.stop()));
    throw err;
  }
  return {
    nodes,
    url: nodes[0].url,
    seeds: nodes.map((n) => `127.0.0.1:${n.port}`).join(','),
    async keysPerNode(pattern, type) {
      return Promise.all(
        nodes.map(async (node) => {
          const direct = new Redis(node.url, { maxRetriesPerRequest: 1 });
          try {
            let cursor = '0';
            let count = 0;
            do {
              const [next, keys] = type
                ? await direct.scan(cursor, 'MATCH', pattern, 'COUNT', 1000, 'TYPE', type)
                : await direct.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
              cursor = next;
              count += keys.length;
            } while (cursor !== '0');
            return count;
          } finally {
            direct.disconnect();
          }
        }),
      );
    },
    async stop() {
      await Promise.all(nodes.map((n) => n.stop()));
    },
  };
}

/**
 * The cluster of a test file: started before its tests, stopped after them. The returned object
 * stands for the running cluster (read its fields inside tests or hooks registered after this call).
 */
export function useTestRedisCluster(size = 3): TestRedisCluster {
  let started: TestRedisCluster | undefined;
  beforeAll(async () => {
    started = await startTestRedisCluster(size);
  }, 30_000);
  afterAll(async () => {
    await started?.stop();
  });
  return new Proxy({} as TestRedisCluster, {
    get(_target, property) {
      if (!started) throw new Error(`the test cluster is not started yet (read cluster.${String(property)} inside a test or hook)`);
      const value = started[property as keyof TestRedisCluster];
      return typeof value === 'function' ? value.bind(started) : value;
    },
  });
}
