/**
 * Finding a Redis at start (DESIGN §7): REDIS_URL when given; else a Redis on the default
 * local port; else a private redis-server with its data under `<dataDir>/redis`, started once
 * and reused by later starts, shut down cleanly by the last process that used it.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WorkshopError } from '../errors';
import { connectRedis, type RedisClient, type RedisConnectionOptions, type RedisLogger } from './connection';
import { addOwner, liveOwners, LOG_FILE, PID_FILE, readState, removeOwner, withLock, writeState } from './embedded-state';
import { redactUrl } from './redis-url';
import {
  findRedisServer,
  freePort,
  isPortFree,
  isProcessAlive,
  isRedisServerProcess,
  logTail,
  sendShutdown,
  serverProcessId,
  sleep,
  spawnRedisServer,
  waitForExit,
} from './redis-server-process';

/** Where Redis is looked for when REDIS_URL is unset. */
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** Where to look for a Redis, and how to start a private one when none is found. */
export interface ResolveRedisOptions {
  /** REDIS_URL. When set it is the only Redis tried: its errors are reported, nothing else is started. */
  url?: string;
  /** REDIS_CLUSTER: connect to `url` with the cluster client. Default `false`. */
  cluster?: boolean;
  /**
   * REDIS_CLUSTER_NODES: seed nodes of a cluster, after `url`'s host. Set, they mean cluster mode
   * and take the place of `url` when that is unset (then nothing else is tried either). Default: none.
   */
  clusterNodes?: ReadonlyArray<{ host: string; port: number }>;
  /** Tried when `url` is unset. Default `redis://127.0.0.1:6379`. */
  defaultUrl?: string;
  /** REDIS_SERVER_BIN: the redis-server to start (path or name on PATH). Default `redis-server` on PATH. */
  redisServerBin?: string;
  /** WORKSHOP_DATA_DIR: the private server keeps its files in `<dataDir>/redis`. Default `.data` under the working directory. */
  dataDir?: string;
  /** Connection name for `CLIENT LIST`. Default `workshop`. */
  name?: string;
  /** How long connecting to `url` may take. Default `5000`. */
  connectTimeoutMs?: number;
  /** How long the probe of `defaultUrl` may take before we start our own. Default `1000`. */
  defaultProbeTimeoutMs?: number;
  /** How long a starting redis-server may take to answer (loading a big AOF). Default `30000`. */
  startTimeoutMs?: number;
  /** Gets the "started / reused / stopped" lines and connection trouble. Default: nowhere. */
  logger?: RedisLogger;
  /** Other connection settings for the client (timeouts, TLS). */
  connection?: Pick<RedisConnectionOptions, 'commandTimeoutMs' | 'maxReconnectDelayMs' | 'tls'>;
}

/** Details of the private redis-server, when that is what `resolveRedis` picked. */
export interface EmbeddedRedisInfo {
  pid: number;
  port: number;
  /** Absolute directory with the AOF, pidfile, log and state file. */
  dir: string;
  /** True when a server left running by an earlier process was reused. */
  reused: boolean;
}

/** The Redis `resolveRedis` found: its URL, where it came from, a connected client and how to stop it. */
export interface RedisHandle {
  /** The URL connected to (may hold a password: print `safeUrl`). */
  url: string;
  /** `url` with the password replaced by `***`. */
  safeUrl: string;
  /** `env`: REDIS_URL; `default`: a Redis on the default local port; `embedded`: our private redis-server. */
  source: 'env' | 'default' | 'embedded';
  client: RedisClient;
  embedded?: EmbeddedRedisInfo;
  /** Closes the client; for `embedded`, also shuts the server down (SHUTDOWN, waits for exit) unless another process still uses it. Safe to call twice. */
  stop(): Promise<void>;
}

const NOT_FOUND_HELP = [
  'No Redis found. Pick one of:',
  '  1. docker compose up -d redis   (Redis 8 with its query engine, from this project)',
  '  2. apt-get install -y redis-server   (or brew install redis; the workshop then starts a private one in .data/redis)',
  '  3. set REDIS_URL=redis://[user:password@]host:port   (any Redis you already have, e.g. Redis Cloud or Azure Managed Redis)',
].join('\n');

/** `redis://host:port` of a seed node (IPv6 in brackets). */
function nodeUrl(node: { host: string; port: number }): string {
  return `redis://${node.host.includes(':') ? `[${node.host}]` : node.host}:${node.port}`;
}

function notFound(reason: string): WorkshopError {
  return new WorkshopError('redis_not_found', `${reason}\n${NOT_FOUND_HELP}`);
}

/**
 * Finds or starts a Redis and connects to it. Rejects with `redis_unavailable` when REDIS_URL
 * fails, `redis_not_found` (listing the three ways out) when nothing else works.
 */
export async function resolveRedis(options: ResolveRedisOptions = {}): Promise<RedisHandle> {
  const name = options.name ?? 'workshop';
  const common = { name, logger: options.logger, ...options.connection };

  const clusterNodes = options.clusterNodes?.length ? options.clusterNodes : undefined;
  if (options.url || clusterNodes) {
    // Seeds alone: the first one as the URL (no user, password or TLS to carry).
    const url = options.url ?? nodeUrl(clusterNodes![0]);
    const cluster = options.cluster || clusterNodes !== undefined;
    const client = await connectRedis({ ...common, url, cluster, clusterNodes, connectTimeoutMs: options.connectTimeoutMs });
    return clientHandle(url, 'env', client);
  }

  const defaultUrl = options.defaultUrl ?? DEFAULT_REDIS_URL;
  let defaultFailure: string;
  try {
    const client = await connectRedis({ ...common, url: defaultUrl, connectTimeoutMs: options.defaultProbeTimeoutMs ?? 1000 });
    return clientHandle(defaultUrl, 'default', client);
  } catch (err) {
    defaultFailure = err instanceof Error ? err.message : String(err);
    options.logger?.info(`no usable Redis at ${redactUrl(defaultUrl)} (${defaultFailure.split(' — ')[0]}); using a private redis-server`);
  }

  const dir = resolve(options.dataDir ?? '.data', 'redis');
  mkdirSync(dir, { recursive: true });
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const why = `${redactUrl(defaultUrl)} did not answer (${defaultFailure.split(' — ')[0]})`;
  // Registered as a user inside the lock, so a process stopping at this moment cannot shut it down under us.
  const { server, owner } = await withLock(dir, startTimeoutMs + 5000, async () => {
    const running = await reuseOrStart(dir, options.redisServerBin, startTimeoutMs, options.logger, why);
    return { server: running, owner: addOwner(dir) };
  });
  const url = `redis://127.0.0.1:${server.port}`;
  let client: RedisClient;
  try {
    client = await connectRedis({ ...common, url, connectTimeoutMs: options.connectTimeoutMs });
  } catch (err) {
    removeOwner(owner);
    throw err;
  }
  let stopping: Promise<void> | undefined;
  return {
    url,
    safeUrl: url,
    source: 'embedded',
    client,
    embedded: { pid: server.pid, port: server.port, dir, reused: server.reused },
    stop() {
      stopping ??= stopEmbedded(dir, server, client, owner, options.logger);
      return stopping;
    },
  };
}

function clientHandle(url: string, source: 'env' | 'default', client: RedisClient): RedisHandle {
  let stopping: Promise<void> | undefined;
  return {
    url,
    safeUrl: redactUrl(url),
    source,
    client,
    stop() {
      stopping ??= closeClient(client);
      return stopping;
    },
  };
}

async function closeClient(client: RedisClient): Promise<void> {
  try {
    await client.quit();
  } catch {
    // Not connected right now: nothing to say goodbye to.
  }
  client.disconnect();
}

interface RunningServer {
  pid: number;
  port: number;
  reused: boolean;
  /** Set when this process spawned it. */
  child?: ChildProcess;
}

async function reuseOrStart(
  dir: string,
  bin: string | undefined,
  startTimeoutMs: number,
  logger: RedisLogger | undefined,
  /** Why the default URL was not used, for the not-found message. */
  defaultFailure: string,
): Promise<RunningServer> {
  const state = readState(dir);
  if (state?.pid && isProcessAlive(state.pid) && isRedisServerProcess(state.pid) !== false) {
    // Left running by an earlier process (killed with -9, or another demo still running).
    const answeredPid = await waitForAnswer(state.port, Math.min(startTimeoutMs, 10_000));
    if (answeredPid === state.pid) {
      logger?.info(`reusing the private redis-server (pid ${state.pid}) on 127.0.0.1:${state.port}, data in ${dir}`);
      return { pid: state.pid, port: state.port, reused: true };
    }
    throw new WorkshopError(
      'redis_unavailable',
      `the private redis-server from an earlier run (pid ${state.pid}) is still running but does not answer on port ${state.port}; stop it with "kill ${state.pid}" and start again`,
    );
  }

  const found = findRedisServer(bin);
  if (!found) {
    const which = bin ? `REDIS_SERVER_BIN=${bin} is not an executable redis-server` : 'no redis-server binary on the PATH';
    throw notFound(`${defaultFailure}, and ${which}.`);
  }

  // Prefer the port used last time, so bookmarks and redis-cli commands keep working.
  let port = state && (await isPortFree(state.port)) ? state.port : await freePort();
  for (let attempt = 1; ; attempt++) {
    const child = spawnRedisServer({ bin: found, port, dir, pidfile: join(dir, PID_FILE), logfile: join(dir, LOG_FILE) });
    const pid = child.pid;
    const failure = await waitForStart(child, port, join(dir, LOG_FILE), startTimeoutMs);
    if (!failure && pid) {
      writeState(dir, { port, pid, bin: found, startedAt: new Date().toISOString() });
      logger?.info(`started a private redis-server (pid ${pid}) on 127.0.0.1:${port}, data in ${dir}`);
      return { pid, port, reused: false, child };
    }
    if (child.exitCode === null && pid) child.kill('SIGKILL');
    // Another program may take a free port between our check and redis-server binding it.
    if (attempt < 3 && /Address already in use/i.test(failure ?? '')) {
      port = await freePort();
      continue;
    }
    throw notFound(`${defaultFailure}, and ${found} did not start: ${failure ?? 'no process id'}.`);
  }
}

/** Waits until the new server answers PING as itself; returns why it did not, or undefined. */
async function waitForStart(child: ChildProcess, port: number, logfile: string, timeoutMs: number): Promise<string | undefined> {
  let spawnError: Error | undefined;
  child.once('error', (err) => {
    spawnError = err;
  });
  const deadline = Date.now() + timeoutMs;
  const log = () => {
    const tail = logTail(logfile).replace(/\n/g, ' | ');
    return tail ? `; its log says: ${tail}` : '';
  };
  for (;;) {
    if (spawnError) return spawnError.message;
    if (child.exitCode !== null || child.signalCode !== null) return `it exited (${child.exitCode ?? child.signalCode})${log()}`;
    if (child.pid && (await serverProcessId(port, 500)) === child.pid) return undefined;
    if (Date.now() > deadline) return `it did not answer within ${timeoutMs} ms${log()}`;
    await sleep(100);
  }
}

/** The pid the server on `port` reports, waiting up to `timeoutMs` (it may be loading its AOF). */
async function waitForAnswer(port: number, timeoutMs: number): Promise<number | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pid = await serverProcessId(port, 1000);
    if (pid !== undefined || Date.now() > deadline) return pid;
    await sleep(200);
  }
}

async function stopEmbedded(dir: string, server: RunningServer, client: RedisClient, owner: string, logger: RedisLogger | undefined): Promise<void> {
  await closeClient(client);
  removeOwner(owner);
  await withLock(dir, 15_000, async () => {
    const others = liveOwners(dir);
    if (others.length > 0) {
      logger?.info(`leaving the private redis-server (pid ${server.pid}) running: ${others.length} other user(s) of it`);
      return;
    }
    // Only shut down the server this handle attached to, not one a later start put there.
    if ((await serverProcessId(server.port, 1000)) === server.pid) await sendShutdown(server.port);
    if (!(await waitForExit(server.pid, server.child, 10_000))) {
      logger?.warn(`the private redis-server (pid ${server.pid}) did not stop after SHUTDOWN; sending SIGTERM`);
      try {
        process.kill(server.pid, 'SIGTERM');
      } catch {
        // It exited in the meantime.
      }
      await waitForExit(server.pid, server.child, 5000);
    }
    const state = readState(dir);
    if (state?.pid === server.pid) writeState(dir, { ...state, pid: undefined });
    logger?.info(`stopped the private redis-server (pid ${server.pid}); its data stays in ${dir}`);
  });
}

/**
 * Stops `handle` on the first SIGINT or SIGTERM, then exits (code 0, or 1 when stopping
 * failed). A second signal while stopping exits at once. `beforeStop` runs first (close HTTP
 * servers, flush logs). Returns a function that removes the handlers again.
 */
export function stopOnExit(
  handle: Pick<RedisHandle, 'stop'>,
  options: {
    /** Runs before the handle is stopped. */
    beforeStop?: () => Promise<void> | void;
    /** Signals to handle. Default `['SIGINT', 'SIGTERM']`. */
    signals?: NodeJS.Signals[];
    /** Call `process.exit` when done. Default `true`. */
    exit?: boolean;
    logger?: RedisLogger;
  } = {},
): () => void {
  const signals = options.signals ?? ['SIGINT', 'SIGTERM'];
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      options.logger?.warn(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    void (async () => {
      let code = 0;
      try {
        await options.beforeStop?.();
        await handle.stop();
      } catch (err) {
        code = 1;
        options.logger?.warn(`stopping after ${signal} failed: ${err instanceof Error ? err.message : String(err)}`);
      }
      if (options.exit !== false) process.exit(code);
    })();
  };
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}
