/**
 * How to reach the workshop's Redis with `redis-cli` (the Redis view's "Connect" line), read from
 * the connected client: host, port, TLS, cluster, database and user, and `--askpass` when a
 * password is needed. The password itself never leaves the client.
 */
import { Cluster } from 'ioredis';
import type { RedisClient } from '../redis/connection';
import type { RedisConnection } from '../contracts/http';

/** Where the client is connected, as `redis-cli` needs it; whether a password is needed, never the password. */
export interface RedisCliTarget {
  host: string;
  port: number;
  tls: boolean;
  cluster: boolean;
  db: number;
  username?: string;
  needsPassword: boolean;
}

/** What the client was made with (a cluster: one of its primaries, which `redis-cli -c` follows to the others). */
export function redisCliTarget(client: RedisClient): RedisCliTarget {
  if (client instanceof Cluster) {
    const node = client.nodes('master')[0]?.options ?? {};
    const options = client.options.redisOptions ?? {};
    return { host: node.host ?? '127.0.0.1', port: node.port ?? 6379, tls: Boolean(options.tls), cluster: true, db: 0, username: options.username, needsPassword: Boolean(options.password) };
  }
  const { options } = client;
  return {
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 6379,
    tls: Boolean(options.tls),
    cluster: false,
    db: options.db ?? 0,
    username: options.username,
    needsPassword: Boolean(options.password),
  };
}

/** redis-cli's own default host: `-h` is left out for it (and for `localhost`). */
const CLI_DEFAULT_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** Loopback addresses: a Redis there is reachable only from the workshop's own machine. */
export function isLoopbackHost(host: string): boolean {
  return CLI_DEFAULT_HOSTS.has(host) || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** A shell word: as it is when it is plain, else in single quotes. */
function shellWord(value: string): string {
  return /^[\w.:@%+=,/-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The `redis-cli` line for a target: `-h` unless it is redis-cli's default host, `-p` always (an
 * embedded server is rarely on 6379), `--tls`, `-c` for a cluster, `-n` for a database other than
 * 0, `--user` and `--askpass` (redis-cli then asks for the password, so it is never shown).
 */
export function redisCliCommand(target: RedisCliTarget): RedisConnection {
  const words = ['redis-cli'];
  if (!CLI_DEFAULT_HOSTS.has(target.host)) words.push('-h', shellWord(target.host));
  words.push('-p', String(target.port));
  if (target.tls) words.push('--tls');
  if (target.cluster) words.push('-c');
  if (target.db !== 0) words.push('-n', String(target.db));
  if (target.username) words.push('--user', shellWord(target.username));
  if (target.needsPassword) words.push('--askpass');
  const { host, port, tls, cluster, db } = target;
  return { host, port, tls, cluster, db, local: isLoopbackHost(host), command: words.join(' ') };
}
