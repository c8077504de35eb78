import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkshopError } from '../errors';
import { freePort } from '../../../test/redis-process';
import { testClient, testRedisUrl, uniquePrefix } from '../../../test/redis';
import { resolveRedis, type RedisHandle } from './embedded';
import { isProcessAlive } from './redis-server-process';

const FIXTURE = fileURLToPath(new URL('./test-fixtures/embedded-child.ts', import.meta.url));

const dirs: string[] = [];
const handles: RedisHandle[] = [];
const children: ChildProcess[] = [];
const serverPids = new Set<number>();

afterAll(async () => {
  for (const handle of handles) await handle.stop().catch(() => undefined);
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  // Never leave a redis-server behind, even when a test failed half way.
  for (const pid of serverPids) if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'workshop-embedded-'));
  dirs.push(dir);
  return dir;
}

/** A default URL where nothing listens, so the launcher has to start its own server. */
async function closedUrl(): Promise<string> {
  return `redis://127.0.0.1:${await freePort()}`;
}

async function resolveTracked(options: Parameters<typeof resolveRedis>[0]): Promise<RedisHandle> {
  const handle = await resolveRedis(options);
  handles.push(handle);
  if (handle.embedded) serverPids.add(handle.embedded.pid);
  return handle;
}

function startChild(dataDir: string, defaultUrl: string): Promise<{ child: ChildProcess; pid: number; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, dataDir, defaultUrl], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        const { pid, port } = JSON.parse(line) as { pid: number; port: number };
        serverPids.add(pid);
        resolve({ child, pid, port });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`child exited with ${code}: ${err}`)));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('resolveRedis with REDIS_URL or the default URL', () => {
  it('uses REDIS_URL and reports its failure without falling back', async () => {
    const dataDir = tempDataDir();
    const url = await closedUrl();
    const err = await resolveRedis({ url, dataDir }).catch((e: unknown) => e);
    expect(WorkshopError.is(err, 'redis_unavailable')).toBe(true);
    expect((err as Error).message).toContain(`connection refused at ${url}`);
    expect(existsSync(join(dataDir, 'redis'))).toBe(false);
  });

  it('uses REDIS_URL when it answers', async () => {
    const handle = await resolveTracked({ url: testRedisUrl(), dataDir: tempDataDir() });
    expect(handle.source).toBe('env');
    expect(await handle.client.ping()).toBe('PONG');
  });

  it('uses a Redis at the default URL and leaves it running on stop', async () => {
    const handle = await resolveTracked({ defaultUrl: testRedisUrl(), dataDir: tempDataDir() });
    expect(handle.source).toBe('default');
    expect(handle.embedded).toBeUndefined();
    await handle.stop();
    await handle.stop();
    expect(await testClient().ping()).toBe('PONG');
  });
});

describe('resolveRedis starting a private redis-server', () => {
  it('starts one, keeps the data in AOF files, and gets it back on the next start', async () => {
    const dataDir = tempDataDir();
    const defaultUrl = await closedUrl();
    const key = uniquePrefix('embedded');

    const first = await resolveTracked({ dataDir, defaultUrl });
    expect(first.source).toBe('embedded');
    expect(first.embedded).toMatchObject({ reused: false, dir: join(dataDir, 'redis') });
    const { pid, port } = first.embedded!;
    expect(first.url).toBe(`redis://127.0.0.1:${port}`);
    expect(readFileSync(join(dataDir, 'redis', 'redis.pid'), 'utf8').trim()).toBe(String(pid));
    expect(await first.client.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
    // Nothing acknowledged may be lost when the server is killed (test/http/redis-outage-embedded.test.ts).
    expect(await first.client.config('GET', 'appendfsync')).toEqual(['appendfsync', 'always']);
    expect(await first.client.config('GET', 'bind')).toEqual(['bind', '127.0.0.1']);
    await first.client.set(key, 'kept across restarts');

    await first.stop();
    await first.stop(); // safe twice
    expect(isProcessAlive(pid)).toBe(false);
    const files = readdirSync(join(dataDir, 'redis'));
    expect(files).toContain('appendonlydir');
    expect(readdirSync(join(dataDir, 'redis', 'appendonlydir')).some((f) => f.endsWith('.aof'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dataDir, 'redis', 'embedded-redis.json'), 'utf8'))).toMatchObject({ port });

    const second = await resolveTracked({ dataDir, defaultUrl });
    expect(second.source).toBe('embedded');
    expect(second.embedded!.reused).toBe(false);
    expect(second.embedded!.pid).not.toBe(pid);
    expect(second.embedded!.port).toBe(port); // the remembered port is preferred
    expect(await second.client.get(key)).toBe('kept across restarts');
    await second.stop();
    expect(isProcessAlive(second.embedded!.pid)).toBe(false);
  });

  it('shares one server between two handles and stops it with the last one', async () => {
    const dataDir = tempDataDir();
    const defaultUrl = await closedUrl();
    const a = await resolveTracked({ dataDir, defaultUrl });
    const b = await resolveTracked({ dataDir, defaultUrl });
    expect(b.embedded).toMatchObject({ pid: a.embedded!.pid, port: a.embedded!.port, reused: true });

    await b.stop();
    expect(isProcessAlive(a.embedded!.pid)).toBe(true);
    expect(await a.client.ping()).toBe('PONG');
    await a.stop();
    expect(isProcessAlive(a.embedded!.pid)).toBe(false);
  });

  it('reuses the server a killed (kill -9) Node process left running', async () => {
    const dataDir = tempDataDir();
    const defaultUrl = await closedUrl();
    const { child, pid, port } = await startChild(dataDir, defaultUrl);
    child.kill('SIGKILL');
    await exitOf(child);
    expect(isProcessAlive(pid)).toBe(true);

    const handle = await resolveTracked({ dataDir, defaultUrl });
    expect(handle.embedded).toMatchObject({ pid, port, reused: true });
    expect(await handle.client.get('child-key')).toBe(String(child.pid));
    await handle.stop();
    expect(isProcessAlive(pid)).toBe(false);
  });

  it('shuts the server down cleanly when the Node process gets SIGINT', async () => {
    const dataDir = tempDataDir();
    const { child, pid } = await startChild(dataDir, await closedUrl());
    child.kill('SIGINT');
    expect(await exitOf(child)).toBe(0);
    expect(isProcessAlive(pid)).toBe(false);
    expect(readFileSync(join(dataDir, 'redis', 'redis.log'), 'utf8')).toMatch(/ready to exit, bye bye/i);
  });

  it('starts only one server when two processes start at once, and the last to stop shuts it down', async () => {
    const dataDir = tempDataDir();
    const defaultUrl = await closedUrl();
    const [a, b] = await Promise.all([startChild(dataDir, defaultUrl), startChild(dataDir, defaultUrl)]);
    expect(b.pid).toBe(a.pid);
    expect(b.port).toBe(a.port);

    a.child.kill('SIGINT');
    expect(await exitOf(a.child)).toBe(0);
    expect(isProcessAlive(a.pid)).toBe(true); // b still uses it
    b.child.kill('SIGINT');
    expect(await exitOf(b.child)).toBe(0);
    expect(isProcessAlive(a.pid)).toBe(false);
  });

  it('lists the three ways out when there is no redis-server binary', async () => {
    const dataDir = tempDataDir();
    const err = await resolveRedis({ dataDir, defaultUrl: await closedUrl(), redisServerBin: '/nonexistent/redis-server' }).catch(
      (e: unknown) => e,
    );
    expect(WorkshopError.is(err, 'redis_not_found')).toBe(true);
    const message = (err as Error).message;
    expect(message).toContain('REDIS_SERVER_BIN=/nonexistent/redis-server is not an executable redis-server');
    expect(message).toContain('docker compose up -d redis');
    expect(message).toContain('apt-get install -y redis-server');
    expect(message).toContain('REDIS_URL');
  });

  it('says why a binary that is not redis-server did not start', async () => {
    const err = await resolveRedis({ dataDir: tempDataDir(), defaultUrl: await closedUrl(), redisServerBin: '/bin/false', startTimeoutMs: 3000 }).catch(
      (e: unknown) => e,
    );
    expect(WorkshopError.is(err, 'redis_not_found')).toBe(true);
    expect((err as Error).message).toMatch(/\/bin\/false did not start: it exited \(1\)/);
  });
});
