/** Low-level helpers for running a private redis-server: finding it, spawning it, waiting for it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, closeSync, constants, existsSync, openSync, readFileSync, statSync, truncateSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { Redis } from 'ioredis';

/** Directories searched after PATH: where package managers put redis-server when PATH lacks them. */
const EXTRA_DIRS = ['/usr/bin', '/usr/sbin', '/usr/local/bin', '/opt/homebrew/bin', '/snap/bin'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The redis-server binary to run: `bin` when given (a path, or a name looked up on PATH),
 * else `redis-server` on PATH. Undefined when there is none.
 */
export function findRedisServer(bin: string | undefined, envPath = process.env.PATH ?? ''): string | undefined {
  const name = bin ?? 'redis-server';
  if (name.includes('/')) return isExecutable(name) ? name : undefined;
  const dirs = [...envPath.split(delimiter).filter(Boolean), ...(bin ? [] : EXTRA_DIRS)];
  return dirs.map((dir) => join(dir, name)).find(isExecutable);
}

/** A port nobody listens on right now, picked by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** True when `port` on 127.0.0.1 can be listened on. */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** True when a process with this id runs (possibly owned by another user); a zombie counts as gone. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // In containers whose PID 1 does not reap orphans, an exited server lingers as a zombie.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/**
 * Whether the process looks like a redis-server. After a reboot a recorded pid can belong to
 * anything; `undefined` where /proc cannot tell (macOS).
 */
export function isRedisServerProcess(pid: number): boolean | undefined {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return /redis-server|valkey-server|redis-check/.test(cmdline);
  } catch {
    return existsSync('/proc/self') ? false : undefined;
  }
}

/** How to start a private redis-server: binary, port, and where its files go. */
export interface SpawnRedisOptions {
  bin: string;
  port: number;
  /** Working directory: AOF, pidfile and log live here. */
  dir: string;
  pidfile: string;
  logfile: string;
}

/** The log is appended to across runs; keep it from growing without bound. */
const MAX_LOG_BYTES = 1_000_000;

/**
 * Starts redis-server detached (its own process group), so the Ctrl+C meant for Node does not
 * kill it mid-write: Node shuts it down with SHUTDOWN instead.
 */
export function spawnRedisServer(options: SpawnRedisOptions): ChildProcess {
  if (existsSync(options.logfile) && statSync(options.logfile).size > MAX_LOG_BYTES) truncateSync(options.logfile, 0);
  const log = openSync(options.logfile, 'a');
  try {
    const child = spawn(
      options.bin,
      [
        '--port', String(options.port),
        '--bind', '127.0.0.1',
        '--dir', options.dir,
        '--appendonly', 'yes',
        // Every write is on disk before Redis answers it, so nothing the workshop acknowledged is
        // lost when this server is killed (kill -9, OOM killer) or the machine loses power. With
        // `everysec` Redis may hold acknowledged writes in its own buffer for up to 2 s while an
        // earlier fsync is slow. Measured on a 2-core VM (Redis 7.0): a turn of the offline model
        // took ~33 ms either way; one client's RPUSH went from ~16 000/s to ~2 700/s (0.37 ms),
        // twenty clients' from ~42 000/s to ~23 000/s — far above a workshop room's few writes a second.
        '--appendfsync', 'always',
        // AOF is the persistence; RDB snapshots on top would only double the disk writes.
        '--save', '',
        '--pidfile', options.pidfile,
        '--daemonize', 'no',
        '--logfile', '',
      ],
      { detached: true, stdio: ['ignore', log, log] },
    );
    child.unref();
    return child;
  } finally {
    closeSync(log);
  }
}

/** The last lines of a log file, for an error message. */
export function logTail(path: string, lines = 5): string {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** A connection for one command to 127.0.0.1:port that neither retries nor queues. */
function oneShotClient(port: number, timeoutMs: number): Redis {
  const client = new Redis({
    host: '127.0.0.1',
    port,
    lazyConnect: true,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
  });
  client.on('error', () => {});
  return client;
}

/** INFO server's `process_id` of the server at 127.0.0.1:port, or undefined when it does not answer. */
export async function serverProcessId(port: number, timeoutMs = 1000): Promise<number | undefined> {
  const client = oneShotClient(port, timeoutMs);
  try {
    await client.connect();
    const info = await client.info('server');
    const match = /process_id:(\d+)/.exec(info);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  } finally {
    client.disconnect();
  }
}

/** Sends SHUTDOWN (which writes the AOF) to 127.0.0.1:port; quiet when nothing answers. */
export async function sendShutdown(port: number, timeoutMs = 2000): Promise<void> {
  const client = oneShotClient(port, timeoutMs);
  try {
    await client.connect();
    // The server closes the connection instead of replying when the shutdown succeeds.
    await client.call('SHUTDOWN').catch(() => undefined);
  } catch {
    // Already gone.
  } finally {
    client.disconnect();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves true once `pid` is gone, false when it is still there after `timeoutMs`. */
export async function waitForExit(pid: number, child: ChildProcess | undefined, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Our own child stays a zombie until Node reaps it, so ask the child object first.
    const gone = child ? child.exitCode !== null || child.signalCode !== null : !isProcessAlive(pid);
    if (gone) return true;
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
}

export { sleep };
