/**
 * Connecting to Redis: standalone or cluster, TLS, ACL user/password, database number.
 *
 * The first connection fails fast with one sentence saying what to fix. After that the client
 * reconnects by itself forever (a Redis restart during a workshop must heal), and commands
 * issued while it is disconnected fail at once instead of queueing, so the API can answer 503.
 */
import { once } from 'node:events';
import type { ConnectionOptions as TlsOptions } from 'node:tls';
import { Cluster, Redis } from 'ioredis';
import { WorkshopError } from '../errors';
import { describeConnectError } from './connect-errors';
import { parseRedisUrl, type RedisTarget } from './redis-url';

export { redactUrl, parseRedisUrl, type RedisTarget } from './redis-url';
export { isRedisUnavailableError, toRedisError } from './connect-errors';

/** Either kind of ioredis client; both run the same commands. */
export type RedisClient = Redis | Cluster;

/** Where connection lost / restored lines go. A pino logger fits. */
export interface RedisLogger {
  info(message: string): void;
  warn(message: string): void;
}

/** How to connect to a Redis, and how patient to be with it. */
export interface RedisConnectionOptions {
  /** `redis://[user:password@]host[:port][/db]`; `rediss://` connects with TLS. */
  url: string;
  /** Use the Redis Cluster client with the URL's host as the seed node (same auth and TLS). Default `false`. */
  cluster?: boolean;
  /**
   * More seed nodes for the cluster client (REDIS_CLUSTER_NODES), tried after the URL's host, with
   * the URL's user, password and TLS. Only read with `cluster: true`. Default: none.
   */
  clusterNodes?: ReadonlyArray<{ host: string; port: number }>;
  /** How long the first connection (TCP, TLS, auth, PING) may take. Default `5000`. */
  connectTimeoutMs?: number;
  /** Connection name shown by `CLIENT LIST`. Default: none. */
  name?: string;
  /** Longest wait for one command's reply before it fails (blocking commands included). Default `2000`. */
  commandTimeoutMs?: number;
  /** Cap of the pause between reconnection attempts after the connection was lost. Default `2000`. */
  maxReconnectDelayMs?: number;
  /** Extra TLS options for `rediss://` (`ca`, `rejectUnauthorized`, ...). Default: Node's defaults, SNI = URL host. */
  tls?: TlsOptions;
  /** Receives one line when the connection is lost and one when it is back. Default: none. */
  logger?: RedisLogger;
}

const DEFAULTS = {
  connectTimeoutMs: 5000,
  commandTimeoutMs: 2000,
  maxReconnectDelayMs: 2000,
};

/** Options each client was made with, so a subscriber connection can be made the same way. */
const madeWith = new WeakMap<RedisClient, RedisConnectionOptions>();

/**
 * Connects and resolves once the server answered PING. Rejects with
 * `WorkshopError('redis_unavailable')` (or `config_invalid` for a malformed URL) otherwise.
 */
export async function connectRedis(options: RedisConnectionOptions): Promise<RedisClient> {
  const target = parseRedisUrl(options.url);
  const client = options.cluster ? await connectCluster(target, options) : await connectStandalone(target, options);
  madeWith.set(client, options);
  return client;
}

/**
 * A second connection made like `client`, for SUBSCRIBE (a subscribed connection cannot run
 * other commands on RESP2 servers). The caller closes it.
 */
export async function duplicateForSubscriber(client: RedisClient): Promise<RedisClient> {
  const options = madeWith.get(client);
  if (options) {
    return connectRedis({ ...options, name: `${options.name ?? 'workshop'}:subscriber` });
  }
  // A client made elsewhere (tests, an injected client): copy its own options.
  const copy = client instanceof Cluster ? client.duplicate() : client.duplicate();
  if (copy.status === 'wait') await copy.connect();
  else if (copy.status !== 'ready') await once(copy, 'ready');
  return copy;
}

/** True while the client can send commands. */
export function isRedisReady(client: RedisClient): boolean {
  return client.status === 'ready';
}

function reconnectDelay(attempt: number, cap: number): number {
  // Exponential from 100 ms, capped, with jitter so many processes do not knock in step.
  return Math.min(cap, 100 * 2 ** Math.max(0, attempt - 1)) + Math.floor(Math.random() * 100);
}

function tlsOptions(target: RedisTarget, options: RedisConnectionOptions): TlsOptions | undefined {
  if (!target.tls) return undefined;
  const isIp = /^[\d.]+$|:/.test(target.host);
  // SNI must be a host name; Node warns when it is given an IP address.
  return { ...(isIp ? {} : { servername: target.host }), ...options.tls };
}

/** Rejects when `promise` has not settled within `ms`. */
async function within<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Logs an outage once when it starts and once when it ends, instead of every failed attempt. */
function watchOutages(client: RedisClient, safeUrl: string, logger: RedisLogger | undefined): void {
  let down = false;
  client.on('error', (err: Error) => {
    if (!down && logger) logger.warn(`Redis at ${safeUrl}: ${err.message}`);
  });
  client.on('reconnecting', () => {
    if (down) return;
    down = true;
    logger?.warn(`lost the connection to Redis at ${safeUrl}; reconnecting by itself (commands fail until it is back)`);
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    logger?.info(`reconnected to Redis at ${safeUrl}`);
  });
}

async function connectStandalone(target: RedisTarget, options: RedisConnectionOptions): Promise<Redis> {
  const connectTimeout = options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs;
  const maxDelay = options.maxReconnectDelayMs ?? DEFAULTS.maxReconnectDelayMs;
  let connected = false;
  let lastError: unknown;
  const client = new Redis({
    host: target.host,
    port: target.port,
    username: target.username,
    password: target.password,
    db: target.db,
    tls: tlsOptions(target, options),
    connectionName: options.name,
    lazyConnect: true,
    connectTimeout,
    commandTimeout: options.commandTimeoutMs ?? DEFAULTS.commandTimeoutMs,
    // Commands sent while disconnected fail at once; in-flight ones fail when the link drops
    // rather than being replayed later, when the caller has already been told they failed.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // No retries until the first success, so a wrong URL fails now with its real reason.
    retryStrategy: (attempt) => (connected ? reconnectDelay(attempt, maxDelay) : null),
  });
  const remember = (err: unknown) => {
    lastError = err;
  };
  client.on('error', remember);
  try {
    await within(
      client.connect().then(() => client.ping()),
      connectTimeout + 1000,
      () => Object.assign(new Error('connect timed out'), { code: 'ETIMEDOUT' }),
    );
  } catch (err) {
    client.disconnect();
    throw describeConnectError(lastError ?? err, target, connectTimeout);
  }
  client.off('error', remember);
  connected = true;
  watchOutages(client, target.safeUrl, options.logger);
  return client;
}

async function connectCluster(target: RedisTarget, options: RedisConnectionOptions): Promise<Cluster> {
  if (target.db !== 0) {
    throw new WorkshopError('config_invalid', `REDIS_URL selects database ${target.db}, but Redis Cluster has only database 0 — remove "/${target.db}" from REDIS_URL or unset REDIS_CLUSTER`);
  }
  // The URL's host first, then REDIS_CLUSTER_NODES, each once.
  const seeds = [{ host: target.host, port: target.port }, ...(options.clusterNodes ?? [])].filter(
    (node, i, all) => all.findIndex((n) => n.host === node.host && n.port === node.port) === i,
  );
  // The cluster client only ever says "None of startup nodes is available"; a plain
  // connection to a seed first gives the real reason (refused, auth, TLS, DNS).
  const seed = await firstAnsweringSeed(target, seeds, options);
  try {
    const info = String(await seed.client.info('cluster'));
    if (!/cluster_enabled:1/.test(info)) {
      throw new WorkshopError('config_invalid', `REDIS_CLUSTER is set, but the Redis at ${seed.safeUrl} is not running in cluster mode — unset REDIS_CLUSTER${options.clusterNodes?.length ? ' and REDIS_CLUSTER_NODES' : ''}`);
    }
  } finally {
    seed.client.disconnect();
  }

  const connectTimeout = options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs;
  const maxDelay = options.maxReconnectDelayMs ?? DEFAULTS.maxReconnectDelayMs;
  let connected = false;
  let lastError: unknown;
  const cluster = new Cluster(seeds, {
    lazyConnect: true,
    enableOfflineQueue: false,
    clusterRetryStrategy: (attempt) => (connected ? reconnectDelay(attempt, maxDelay) : null),
    slotsRefreshTimeout: connectTimeout,
    // Keep host names as given: TLS certificates of managed clusters name hosts, not IPs.
    dnsLookup: (address, callback) => callback(null, address),
    redisOptions: {
      username: target.username,
      password: target.password,
      tls: tlsOptions(target, options),
      connectionName: options.name,
      connectTimeout,
      commandTimeout: options.commandTimeoutMs ?? DEFAULTS.commandTimeoutMs,
      maxRetriesPerRequest: 0,
    },
  });
  const remember = (err: unknown) => {
    lastError = err;
  };
  cluster.on('error', remember);
  cluster.on('node error', remember);
  try {
    await within(
      cluster.connect().then(() => cluster.ping()),
      connectTimeout + 1000,
      () => Object.assign(new Error('cluster connect timed out'), { code: 'ETIMEDOUT' }),
    );
  } catch (err) {
    cluster.disconnect();
    throw describeConnectError(lastError ?? err, target, connectTimeout);
  }
  cluster.off('error', remember);
  cluster.off('node error', remember);
  // Per-node errors during an outage are reported through the cluster's own events.
  cluster.on('node error', () => {});
  connected = true;
  watchOutages(cluster, target.safeUrl, options.logger);
  return cluster;
}

/** The target with another host and port (a cluster seed), for connecting and for messages. */
function seedTarget(target: RedisTarget, node: { host: string; port: number }): RedisTarget {
  if (node.host === target.host && node.port === target.port) return target;
  const url = new URL(target.safeUrl);
  url.hostname = node.host.includes(':') ? `[${node.host}]` : node.host;
  url.port = String(node.port);
  return { ...target, host: node.host, port: node.port, safeUrl: url.toString().replace(/\/$/, '') };
}

/**
 * A plain connection to the first seed that answers. When none does, the error names each seed
 * with its reason (a single seed keeps its own message, as without REDIS_CLUSTER_NODES).
 */
async function firstAnsweringSeed(
  target: RedisTarget,
  seeds: ReadonlyArray<{ host: string; port: number }>,
  options: RedisConnectionOptions,
): Promise<{ client: Redis; safeUrl: string }> {
  const failures: unknown[] = [];
  for (const node of seeds) {
    const seed = seedTarget(target, node);
    try {
      const client = await connectStandalone(seed, { ...options, name: options.name ? `${options.name}:seed` : undefined });
      return { client, safeUrl: seed.safeUrl };
    } catch (err) {
      failures.push(err);
    }
  }
  if (failures.length === 1) throw failures[0];
  const reasons = failures.map((err) => (err instanceof Error ? err.message : String(err)).split(' — ')[0]);
  throw new WorkshopError(
    'redis_unavailable',
    `none of the ${seeds.length} Redis Cluster seed nodes answered (REDIS_URL and REDIS_CLUSTER_NODES): ${reasons.join('; ')} — check the host:port list, or start the cluster`,
    { cause: failures[0] },
  );
}
