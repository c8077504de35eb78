/**
 * Keys a check (or an example) writes, and how to remove them afterwards. A check runs the
 * attendee's declaration on a scratch copy whose index, memory prefix and history prefix all
 * carry a run id, so it never touches the workshop's own keys and its cleanup finds exactly
 * what it wrote.
 */
import { randomBytes } from 'node:crypto';
import { Cluster } from 'ioredis';
import type { WorkshopRuntime } from '../../../server/src/compose';
import type { DemoDefinition } from '../../../server/src/demo-definition';
import { chooseEngine } from '../../../server/src/memory/engines';
import type { RedisClient } from '../../../server/src/redis/connection';

/** A fresh run id, e.g. `xcheck_1a2b3c4d`: letters, digits and `_`, fine inside any key. */
export function newRunId(label = 'xcheck'): string {
  return `${label}_${randomBytes(4).toString('hex')}`;
}

/**
 * The declaration with its storage moved under the run id (index, memory prefix, history
 * prefix). Everything the attendee chose — agent ids, strategy, limits, tools — is kept: that
 * is what the check is about. Agents that shared an index still share the renamed one.
 */
export function scratchDemo(demo: DemoDefinition, runId: string): DemoDefinition {
  return {
    ...demo,
    agents: demo.agents.map((agent) => ({
      ...agent,
      memory: { ...agent.memory, indexName: `${runId}_${agent.memory.indexName}`, prefix: `${runId}_${agent.memory.prefix}` },
      history: { ...agent.history, keyPrefix: `${runId}_${agent.history.keyPrefix ?? 'chat_messages'}` },
    })),
  };
}

/**
 * Deletes every key matching `pattern` with SCAN (never KEYS, which blocks the server) on
 * every node that holds data. Returns how many keys were deleted. For tools and tests, not
 * for the request path: the workshop itself never scans.
 */
export async function deleteKeysMatching(client: RedisClient, pattern: string): Promise<number> {
  const nodes = client instanceof Cluster ? client.nodes('master') : [client];
  let deleted = 0;
  for (const node of nodes) {
    let cursor = '0';
    do {
      const [next, keys] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      cursor = next;
      // One key per UNLINK: in a cluster the keys of one batch may live in different slots.
      const counts = await Promise.all(keys.map((key) => client.unlink(key)));
      deleted += counts.reduce((a, b) => a + b, 0);
    } while (cursor !== '0');
  }
  return deleted;
}

/**
 * Removes what a run wrote: the search indexes (with the search module an index is a server
 * object, not a key, so it is dropped by name) and then every key containing the run id.
 */
export async function deleteRunKeys(runtime: WorkshopRuntime, client: RedisClient, runId: string, indexNames: string[]): Promise<number> {
  const { options } = runtime;
  if (chooseEngine(options.engine ?? 'auto', options.capabilities) === 'redisearch') {
    for (const indexName of new Set(indexNames)) {
      // Keep the documents here: the SCAN below deletes them with everything else of the run.
      await client.call('FT.DROPINDEX', indexName).catch(() => undefined);
    }
  }
  return deleteKeysMatching(client, `*${runId}*`);
}
