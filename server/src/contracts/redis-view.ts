/**
 * `GET /api/redis`, the Redis view of the UI (docs/api.md): the connection, how to reach it with
 * `redis-cli`, the memory index, and the caller's own keys and memory records. Re-exported by
 * `http.ts`, the HTTP contract.
 */
import { z } from 'zod';
import { ENGINE_NAMES } from './names';
import { memorySchema, redisStatusSchema } from './ws';

/** One key of the caller in this demo; memory records are counted by kind (`{prefix}:* (kind)`, not a key). */
export const redisKeySchema = z.object({
  key: z.string(),
  type: z.enum(['list', 'zset', 'hash']),
  /** LLEN / ZCARD / HLEN, or the number of memory records of `kind`. */
  length: z.number(),
  /** Seconds; `-1` = no TTL. */
  ttl: z.number(),
  kind: memorySchema.shape.kind.optional(),
});

/** The memory index of this demo. */
export const indexInfoSchema = z.object({
  engine: z.enum(ENGINE_NAMES),
  indexName: z.string(),
  prefix: z.string(),
  /** Records in the whole index: every attendee's. */
  documents: z.number(),
  /** The caller's own records among them (with this port's agents). */
  yourDocuments: z.number(),
});

/** One memory record of the caller: a HASH at `key`, with the start of its text to tell it apart. */
export const redisRecordSchema = z.object({
  id: z.string(),
  key: z.string(),
  kind: memorySchema.shape.kind,
  agentId: z.string(),
  threadId: z.string().optional(),
  /** The record's `content`, cut at `REDIS_RECORD_TEXT_CHARS` characters. */
  text: z.string(),
});

/** How to reach this Redis with `redis-cli`; never holds a password (`--askpass` asks for it). */
export const redisConnectionSchema = z.object({
  host: z.string(),
  port: z.number(),
  tls: z.boolean(),
  cluster: z.boolean(),
  db: z.number(),
  /** The host is a loopback address: `redis-cli` reaches it only on the machine running the workshop. */
  local: z.boolean(),
  /** `redis-cli -p 6379`, `redis-cli -h host -p port --tls --user name --askpass`, … */
  command: z.string(),
});

/** Most memory records `GET /api/redis` lists (the newest); `index.yourDocuments` counts them all. */
export const REDIS_VIEW_RECORDS = 200;

/** Where a record's text is cut in `GET /api/redis`. */
export const REDIS_RECORD_TEXT_CHARS = 160;

/** `GET /api/redis`: absent `usedMemory*` = INFO memory did not say. */
export const redisInfoSchema = z.object({
  redis: redisStatusSchema.extend({ usedMemory: z.number().optional(), usedMemoryHuman: z.string().optional() }),
  connection: redisConnectionSchema,
  index: indexInfoSchema,
  keys: z.array(redisKeySchema),
  records: z.array(redisRecordSchema),
});

export type RedisKeyInfo = z.infer<typeof redisKeySchema>;
export type IndexInfoAnswer = z.infer<typeof indexInfoSchema>;
export type RedisRecordInfo = z.infer<typeof redisRecordSchema>;
export type RedisConnection = z.infer<typeof redisConnectionSchema>;
export type RedisInfo = z.infer<typeof redisInfoSchema>;
