/**
 * A room served by several server processes on the same ports (`--workers N` / WORKSHOP_WORKERS),
 * with Node's `cluster` module: the primary process owns the listening sockets and hands each new
 * connection to a worker in turn, so a WebSocket stays on the worker that accepted it. Everything
 * the workers share (identity secret, facilitator token, threads, memories, live events) is in
 * Redis, so which worker answers does not matter to an attendee.
 *
 * The primary serves nothing itself. It resolves Redis once — only one process may start and own
 * the private redis-server — hands its URL to the workers, prints the start banner once every
 * worker listens, restarts a worker that dies (with backoff), and on SIGINT/SIGTERM stops the
 * workers, then Redis.
 */
import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import type { WorkshopConfig } from './config';
import { resolveRedis, stopOnExit, type RedisHandle } from './redis/embedded';

/** Environment the primary sets for each worker (not for people: the primary's own hand-over). */
const WORKER_NUMBER_ENV = 'WORKSHOP_WORKER_NUMBER';
const REDIS_SOURCE_ENV = 'WORKSHOP_WORKER_REDIS_SOURCE';

/** How long a stopping worker may take (its sockets get 1 s, running turns are aborted) before it is killed. */
const STOP_TIMEOUT_MS = 10_000;
/** A worker that stayed up this long counts as healthy again: its next restart waits the shortest delay. */
const HEALTHY_AFTER_MS = 60_000;

/** Messages from a worker to the primary. */
type WorkerReport = { type: 'ready'; banner?: string } | { type: 'failed'; message: string };
/** Messages from the primary to a worker. */
type PrimaryOrder = { type: 'stop' };

/**
 * Delay before restarting a worker that died `failures` times in a row (1 = the first death):
 * 1 s, 2 s, 4 s … capped at 30 s, so a worker that dies at once is not restarted in a tight loop.
 */
export function restartDelayMs(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
}

/** This process's worker number (1..N, kept by a restarted worker), or undefined when not a worker. */
export function workerNumber(env: NodeJS.ProcessEnv = process.env): number | undefined {
  if (!cluster.isWorker) return undefined;
  const value = Number(env[WORKER_NUMBER_ENV]);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** What a worker started: the banner body (lines without the closing "Press Ctrl+C") and how to stop it. */
export interface StartedWorker {
  banner: string;
  stop(): Promise<void>;
}

/**
 * Runs in a worker: connects to the Redis the primary resolved, starts the workshop with
 * `start`, reports ready (worker 1 sends the banner), and stops on the primary's order or a signal.
 * A failed start is reported to the primary, which stops the others and says why.
 */
export async function runWorker(config: WorkshopConfig, logger: Logger, start: (redis: RedisHandle, worker: number) => Promise<StartedWorker>): Promise<void> {
  const worker = workerNumber() ?? 1;
  let redis: RedisHandle | undefined;
  let started: StartedWorker | undefined;
  let stopping: Promise<void> | undefined;
  // Whatever has started by then; an order that comes while starting ends the start as well.
  const stopAll = () => (stopping ??= (async () => {
    await started?.stop();
    await redis?.stop();
  })());
  process.on('message', (order: PrimaryOrder) => {
    if (order?.type === 'stop') void stopAll().finally(() => process.exit(0));
  });
  try {
    // REDIS_URL is the Redis the primary resolved; the banner still names where it came from.
    const resolved = await resolveRedis({ url: config.redis.url, cluster: config.redis.cluster, clusterNodes: config.redis.clusterNodes });
    const source = process.env[REDIS_SOURCE_ENV];
    redis = source === 'embedded' || source === 'default' ? { ...resolved, source } : resolved;
    started = await start(redis, worker);
  } catch (err) {
    await stopAll().catch(() => undefined);
    await report({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
    process.exit(1);
  }
  if (stopping) return;
  const redisLogger = { info: (m: string) => logger.info(m), warn: (m: string) => logger.warn(m) };
  // Ctrl+C in a terminal reaches every process of the group and the primary's order comes too: one stop.
  stopOnExit({ stop: stopAll }, { logger: redisLogger });
  await report({ type: 'ready', banner: worker === 1 ? started.banner : undefined });
}

/** Sends a report to the primary; resolves once it is handed over (so an exit right after cannot drop it). */
function report(message: WorkerReport): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, undefined, undefined, () => resolve());
  });
}

/** What the primary needs: the configuration, a logger, and how the banner ends. */
export interface PrimaryOptions {
  config: WorkshopConfig;
  logger: Logger;
  /** Turns worker 1's banner body and the primary's own lines into the printed banner. */
  finishBanner(body: string, extra: string[]): string;
}

/**
 * Runs in the primary: resolves Redis, forks `config.workers` workers, prints the banner once all
 * listen, then keeps them running until SIGINT/SIGTERM. Rejects (after stopping what it started)
 * when Redis cannot be found or a worker fails to start.
 */
export async function runPrimary(options: PrimaryOptions): Promise<void> {
  const { config, logger } = options;
  const redisLogger = { info: (m: string) => logger.info(m), warn: (m: string) => logger.warn(m) };
  const redis = await resolveRedis({ url: config.redis.url, cluster: config.redis.cluster, clusterNodes: config.redis.clusterNodes, redisServerBin: config.redis.serverBin, dataDir: config.dataDir, logger: redisLogger });
  const slots = new Map<number, { worker?: Worker; failures: number; startedAt: number; timer?: NodeJS.Timeout }>();
  let stopping = false;

  const fork = (n: number): Worker => {
    const worker = cluster.fork({ REDIS_URL: redis.url, [REDIS_SOURCE_ENV]: redis.source, [WORKER_NUMBER_ENV]: String(n) });
    const slot = slots.get(n) ?? { failures: 0, startedAt: 0 };
    slots.set(n, { ...slot, worker, startedAt: Date.now(), timer: undefined });
    return worker;
  };

  const stopWorkers = async () => {
    stopping = true;
    const running: Worker[] = [];
    for (const slot of slots.values()) {
      clearTimeout(slot.timer);
      if (slot.worker && !slot.worker.isDead()) running.push(slot.worker);
    }
    await Promise.all(running.map((w) => stopWorker(w)));
  };

  try {
    const first = await startAll(config.workers, fork);
    const pids = [...slots.values()].map((s) => s.worker?.process.pid).join(', ');
    process.stdout.write(
      options.finishBanner(first, [`  Processes: ${config.workers} workers sharing these ports (pids ${pids}); the turn and socket limits apply per process`]),
    );
  } catch (err) {
    await stopWorkers();
    await redis.stop();
    throw err;
  }

  cluster.on('exit', (worker, code, signal) => {
    const n = [...slots.entries()].find(([, s]) => s.worker === worker)?.[0];
    if (stopping || n === undefined) return;
    const slot = slots.get(n)!;
    const failures = Date.now() - slot.startedAt > HEALTHY_AFTER_MS ? 1 : slot.failures + 1;
    const delay = restartDelayMs(failures);
    logger.warn({ worker: n, pid: worker.process.pid, code, signal }, `worker ${n} (pid ${worker.process.pid}) exited (${signal ?? `code ${code}`}); restarting it in ${delay / 1000} s`);
    slot.failures = failures;
    slot.worker = undefined;
    slot.timer = setTimeout(() => {
      if (stopping) return;
      const replacement = fork(n);
      replacement.on('message', (message: WorkerReport) => {
        if (message?.type === 'ready') logger.warn({ worker: n, pid: replacement.process.pid }, `worker ${n} restarted (pid ${replacement.process.pid})`);
        if (message?.type === 'failed') logger.error({ worker: n }, `worker ${n} could not start again: ${message.message}`);
      });
    }, delay);
  });

  stopOnExit({ stop: () => stopWorkers().then(() => redis.stop()) }, { logger: redisLogger, beforeStop: () => logger.info('stopping the workshop and its workers') });
}

/**
 * Forks workers 1..count and waits until every one listens. Resolves with worker 1's banner body;
 * rejects with the first failure (a worker's own message, or how it exited).
 */
function startAll(count: number, fork: (n: number) => Worker): Promise<string> {
  return new Promise((resolve, reject) => {
    let ready = 0;
    let banner = '';
    let settled = false;
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      reject(new Error(message));
    };
    for (let n = 1; n <= count; n++) {
      const worker = fork(n);
      worker.on('message', (message: WorkerReport) => {
        if (message?.type === 'failed') fail(message.message);
        if (message?.type !== 'ready' || settled) return;
        if (message.banner) banner = message.banner;
        if (++ready === count) {
          settled = true;
          resolve(banner);
        }
      });
      worker.once('exit', (code, signal) => fail(`worker ${n} exited while starting (${signal ?? `code ${code}`})`));
    }
  });
}

/** Asks a worker to stop, and kills it when it has not exited in time. */
async function stopWorker(worker: Worker): Promise<void> {
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  try {
    worker.send({ type: 'stop' } satisfies PrimaryOrder);
  } catch {
    // Its channel is already gone: it is exiting anyway.
  }
  const timer = setTimeout(() => worker.process.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
