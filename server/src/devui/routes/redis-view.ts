/**
 * `GET /api/redis`: the Redis view of the UI (the workshop's troubleshooting steps): connection,
 * version, engine, memory used, the index, and the caller's keys in this demo. Keys come from the
 * thread registry and the memory scope, never from a keyspace SCAN.
 */
import { Router } from 'express';
import { infoField } from '../../redis/info';
import { redisInfoSchema, type IndexInfoAnswer, type RedisKeyInfo } from '../../contracts/http';
import { toRedisError } from '../../redis/connection';
import { threadIndexKey, threadMetaKey } from '../../redis/keys';
import { userHistoryPrefix } from '../../compose';
import type { PortContext } from '../context';
import { userIdOf } from '../identity';
import { send } from '../wire';


/** `GET /api/redis`. */
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
    const keys: RedisKeyInfo[] = [];
    let index: IndexInfoAnswer | undefined;
    for (const agent of ctx.agents) {
      const prefix = userHistoryPrefix(agent, userId);
      const indexKey = threadIndexKey(prefix, services.namespace);
      const metaKey = threadMetaKey(prefix, services.namespace);
      const view = await services.runtime.memoryView(agent, { userId });
      const [threads, records] = await Promise.all([services.registry.list(prefix), view.searchAll({ limit: 10_000 })]);
      // After the listing, which drops expired threads from the index; then one wait for every key, not one per key.
      const [indexLength, metaLength, histories] = await Promise.all([
        services.client.zcard(indexKey),
        services.client.hlen(metaKey),
        Promise.all(threads.map((thread) => services.runtime.historyStore(agent, userId, thread.id).describe())),
      ]);
      for (const history of histories) keys.push({ key: history.key, type: 'list', length: history.length, ttl: history.ttlSeconds });
      keys.push({ key: indexKey, type: 'zset', length: indexLength, ttl: -1 });
      keys.push({ key: metaKey, type: 'hash', length: metaLength, ttl: -1 });
      for (const kind of ['fact', 'message', 'tool'] as const) {
        const count = records.filter((r) => r.kind === kind).length;
        if (count > 0) keys.push({ key: `${agent.memory.prefix}:* (${kind})`, type: 'hash', length: count, kind, ttl: -1 });
      }
      index ??= await view.indexInfo();
    }
    if (!index) throw new Error('a demo port serves at least one agent');
    const usedMemory = Number(infoField(memoryInfo, 'used_memory'));
    send(res, redisInfoSchema, {
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
