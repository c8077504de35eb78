/**
 * `GET /api/redis`: the Redis view of the UI (the workshop's troubleshooting steps): connection,
 * version, engine, memory used, the index, and the caller's keys in this demo. Keys come from the
 * thread registry and the memory scope, never from a keyspace SCAN.
 */
import { Router } from 'express';
import { toRedisError } from '../../redis/connection';
import { historyKey, threadIndexKey, threadMetaKey } from '../../redis/keys';
import { historyPrefixOf, type PortContext } from '../context';
import { userIdOf } from '../identity';
import { memoryView } from '../memory-view';

interface KeyInfo {
  key: string;
  type: string;
  length?: number;
  ttl?: number;
  /** For memory entries: the kind counted (one entry stands for many HASHes). */
  kind?: string;
}

function infoField(info: string, field: string): string | undefined {
  const match = new RegExp(`^${field}:(.*)$`, 'm').exec(info);
  return match?.[1]?.trim();
}

export function redisViewRoutes(ctx: PortContext): Router {
  const router = Router();
  const { services } = ctx;
  router.get('/api/redis', async (_req, res) => {
    const userId = userIdOf(res);
    const status = await services.status.check();
    let memoryInfo = '';
    try {
      memoryInfo = String(await services.client.info('memory'));
    } catch (err) {
      throw toRedisError(err, 'reading INFO memory');
    }
    const keys: KeyInfo[] = [];
    let index: unknown;
    for (const agent of ctx.agents) {
      const prefix = historyPrefixOf(agent, userId);
      for (const thread of await services.registry.list(prefix)) {
        const key = historyKey(prefix, thread.id);
        const ttl = await services.client.ttl(key);
        keys.push({ key, type: 'list', length: thread.messageCount, ttl: ttl < 0 ? -1 : ttl });
      }
      keys.push({ key: threadIndexKey(prefix, services.namespace), type: 'zset', length: await services.client.zcard(threadIndexKey(prefix, services.namespace)), ttl: -1 });
      keys.push({ key: threadMetaKey(prefix, services.namespace), type: 'hash', length: await services.client.hlen(threadMetaKey(prefix, services.namespace)), ttl: -1 });
      const view = await memoryView(services, agent, userId);
      const records = await view.searchAll({ limit: 10_000 });
      for (const kind of ['fact', 'message', 'tool'] as const) {
        const count = records.filter((r) => r.kind === kind).length;
        if (count > 0) keys.push({ key: `${agent.memory.prefix}:* (${kind})`, type: 'hash', length: count, kind, ttl: -1 });
      }
      index ??= await view.indexInfo();
    }
    const usedMemory = Number(infoField(memoryInfo, 'used_memory'));
    res.json({
      redis: {
        ...status,
        usedMemory: Number.isFinite(usedMemory) ? usedMemory : undefined,
        usedMemoryHuman: infoField(memoryInfo, 'used_memory_human'),
      },
      index,
      keys,
    });
  });
  return router;
}
