/**
 * `GET /api/redis`: the Redis view of the UI (the workshop's troubleshooting steps): connection,
 * version, engine, memory used, how to connect with `redis-cli`, the index (every attendee's
 * records, and the caller's own), and the caller's keys and memory records in this demo. Keys come
 * from the thread registry and the memory scope, never from a keyspace SCAN.
 */
import { Router } from 'express';
import { infoField } from '../../redis/info';
import {
  REDIS_RECORD_TEXT_CHARS,
  REDIS_VIEW_RECORDS,
  redisInfoSchema,
  type IndexInfoAnswer,
  type RedisKeyInfo,
  type RedisRecordInfo,
} from '../../contracts/http';
import { toRedisError } from '../../redis/connection';
import { memoryKey, threadIndexKey, threadMetaKey } from '../../redis/keys';
import { userHistoryPrefix } from '../../compose';
import type { MemoryRecord } from '../../memory/types';
import type { PortContext } from '../context';
import { userIdOf } from '../identity';
import { redisCliCommand, redisCliTarget } from '../redis-cli';
import { send } from '../wire';

/** A memory record as the Redis view lists it: its HASH key and the start of its text. */
function recordRow(prefix: string, record: MemoryRecord): RedisRecordInfo {
  const text = record.content.length > REDIS_RECORD_TEXT_CHARS ? `${record.content.slice(0, REDIS_RECORD_TEXT_CHARS - 1)}…` : record.content;
  const row: RedisRecordInfo = { id: record.id, key: memoryKey(prefix, record.id), kind: record.kind, agentId: record.agentId ?? '', text };
  if (record.threadId !== undefined) row.threadId = record.threadId;
  return row;
}

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
    const records: RedisRecordInfo[] = [];
    let yourDocuments = 0;
    let index: Omit<IndexInfoAnswer, 'yourDocuments'> | undefined;
    for (const agent of ctx.agents) {
      const prefix = userHistoryPrefix(agent, userId);
      const indexKey = threadIndexKey(prefix, services.namespace);
      const metaKey = threadMetaKey(prefix, services.namespace);
      const view = await services.runtime.memoryView(agent, { userId });
      const [threads, mine] = await Promise.all([services.registry.list(prefix), view.searchAll({ limit: 10_000 })]);
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
        const count = mine.filter((r) => r.kind === kind).length;
        if (count > 0) keys.push({ key: `${agent.memory.prefix}:* (${kind})`, type: 'hash', length: count, kind, ttl: -1 });
      }
      yourDocuments += mine.length;
      for (const record of mine.slice(0, REDIS_VIEW_RECORDS - records.length)) records.push(recordRow(agent.memory.prefix, record));
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
      connection: redisCliCommand(redisCliTarget(services.client)),
      index: { ...index, yourDocuments },
      keys,
      records,
    });
  });
  return router;
}
