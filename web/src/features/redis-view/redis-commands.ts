/**
 * The commands the Redis view offers to copy, built from what `/api/redis` reports: one per key
 * type, with the key quoted the way `redis-cli` reads it. Pure, tested without a browser.
 */
import type { EngineName, RedisConnection, RedisKeyInfo } from '@protocol';

/**
 * A `redis-cli` argument: as it is unless it holds a space, a quote or a backslash (which
 * redis-cli's line parser would split or read), else in double quotes with `"` and `\` escaped.
 */
export function cliArg(value: string): string {
  return /^[^\s"'\\]+$/.test(value) ? value : `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** Reads every element or field of a key, by its type. */
const READ_COMMANDS: Record<RedisKeyInfo['type'], (key: string) => string> = {
  list: (key) => `LRANGE ${key} 0 -1`,
  zset: (key) => `ZRANGE ${key} 0 -1 WITHSCORES`,
  hash: (key) => `HGETALL ${key}`,
};

/** The command that shows what a key holds: `LRANGE <key> 0 -1`, `ZRANGE … WITHSCORES`, `HGETALL <key>`. */
export function readCommand(type: RedisKeyInfo['type'], key: string): string {
  return READ_COMMANDS[type](cliArg(key));
}

/** What the index itself answers to: `FT.INFO` with the query engine; nothing to ask without it. */
export function indexCommand(engine: EngineName, indexName: string): string | null {
  return engine === 'redisearch' ? `FT.INFO ${cliArg(indexName)}` : null;
}

/** A key cut after each `:`, so it can wrap between its parts instead of mid-word. */
export function keyParts(key: string): string[] {
  return key.split(/(?<=:)/);
}

const LOOPBACK_PAGE_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * Whether `redis-cli` from this browser's machine can reach the Redis: a Redis on a loopback
 * address answers only on the machine running the workshop, which this page may not be.
 */
export function reachableFromHere(connection: Pick<RedisConnection, 'local'>, pageHost: string): boolean {
  return !connection.local || LOOPBACK_PAGE_HOSTS.has(pageHost) || pageHost.startsWith('127.');
}
