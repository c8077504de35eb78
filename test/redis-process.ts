/** A throwaway redis-server process for tests: free port, temp dir, no persistence. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from '../server/src/redis/redis-server-process';

export interface TestRedis {
  url: string;
  port: number;
  dir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export { freePort };

/** Extra settings for one test server. */
export interface TestRedisOptions {
  /** Listen on this port (e.g. to restart a server where a client expects it). Default: a free port. */
  port?: number;
  /** More redis-server arguments, e.g. `['--requirepass', 'secret']`. Default: none. */
  args?: string[];
}

export async function startTestRedis(
  bin = process.env.REDIS_SERVER_BIN ?? 'redis-server',
  options: TestRedisOptions = {},
): Promise<TestRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'workshop-test-redis-'));
  const port = options.port ?? (await freePort());
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', ...(options.args ?? [])];
  const child = spawn(bin, args, {
    stdio: 'ignore',
  });
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (err) =>
      reject(new Error(`cannot start ${bin} for the tests (${err.message}); install it with: apt-get install -y redis-server`)),
    ),
  );
  const url = `redis://127.0.0.1:${port}`;
  await Promise.race([waitForPing(url), spawnError]);
  return {
    url,
    port,
    dir,
    process: child,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPing(url: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    let refusedLogin = false;
    // A server started with --requirepass answers, but only to say it wants a password.
    client.on('error', (err: Error) => {
      if (/^(NOAUTH|WRONGPASS)/.test(err.message)) refusedLogin = true;
    });
    try {
      await client.connect();
      await client.ping();
      client.disconnect();
      return;
    } catch (err) {
      client.disconnect();
      if (refusedLogin) return;
      if (Date.now() > deadline) throw new Error(`redis-server did not answer at ${url}: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
