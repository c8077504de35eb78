import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { WorkshopError } from '../errors';
import { freePort, startTestRedis, type TestRedis } from '../../../test/redis-process';
import { testClient, testRedisUrl, uniquePrefix } from '../../../test/redis';
import {
  connectRedis,
  duplicateForSubscriber,
  isRedisReady,
  isRedisUnavailableError,
  parseRedisUrl,
  redactUrl,
  toRedisError,
  type RedisClient,
} from './connection';

const opened: RedisClient[] = [];
afterAll(() => {
  for (const client of opened) client.disconnect();
});

async function connect(url: string, extra: Partial<Parameters<typeof connectRedis>[0]> = {}): Promise<RedisClient> {
  const client = await connectRedis({ url, connectTimeoutMs: 2000, ...extra });
  opened.push(client);
  return client;
}

async function connectError(url: string, extra: Partial<Parameters<typeof connectRedis>[0]> = {}): Promise<WorkshopError> {
  const err = await connect(url, extra).then(
    () => {
      throw new Error(`expected ${redactUrl(url)} to fail`);
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkshopError);
  return err as WorkshopError;
}

describe('redactUrl', () => {
  it('hides the password and keeps everything else', () => {
    expect(redactUrl('redis://alice:s3cret@example.com:6380/2')).toBe('redis://alice:***@example.com:6380/2');
    expect(redactUrl('rediss://:p%40ss@host:6379')).toBe('rediss://:***@host:6379');
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });

  it('hides the password even in a string that is not a valid URL', () => {
    const redacted = redactUrl('redis://bob:hunter2@bad host:99999');
    expect(redacted).not.toContain('hunter2');
    expect(redacted).toContain('bob:***@');
  });
});

describe('parseRedisUrl', () => {
  it('reads host, port, TLS, user, password and database', () => {
    expect(parseRedisUrl('rediss://alice:p%40ss@cache.example.com:6380/3')).toEqual({
      host: 'cache.example.com',
      port: 6380,
      tls: true,
      username: 'alice',
      password: 'p@ss',
      db: 3,
      safeUrl: 'rediss://alice:***@cache.example.com:6380/3',
    });
    expect(parseRedisUrl('redis://[::1]')).toMatchObject({ host: '::1', port: 6379, tls: false, db: 0 });
  });

  it('rejects other schemes and bad database paths, naming REDIS_URL without the password', () => {
    for (const url of ['http://u:topsecret@h:1', 'redis://u:topsecret@h:1/abc', 'not a url topsecret']) {
      let caught: unknown;
      try {
        parseRedisUrl(url);
      } catch (err) {
        caught = err;
      }
      expect(WorkshopError.is(caught, 'config_invalid')).toBe(true);
      expect((caught as Error).message).toContain('REDIS_URL');
      if (url.includes('@')) expect((caught as Error).message).not.toContain('topsecret');
    }
  });
});

describe('connectRedis errors', () => {
  it('names the URL and REDIS_URL when the connection is refused', async () => {
    const port = await freePort();
    const err = await connectError(`redis://127.0.0.1:${port}`);
    expect(err.code).toBe('redis_unavailable');
    expect(err.retryable).toBe(true);
    expect(err.message).toContain(`connection refused at redis://127.0.0.1:${port}`);
    expect(err.message).toContain('REDIS_URL');
    expect(err.message).toContain('docker compose up -d redis');
  });

  it('says that the host was not found', async () => {
    const err = await connectError('redis://no-such-host.invalid:6379');
    expect(err.message).toMatch(/host "no-such-host\.invalid" was not found/);
  });

  it('rejects a malformed URL before connecting', async () => {
    await expect(connectRedis({ url: 'http://localhost:6379' })).rejects.toMatchObject({ code: 'config_invalid' });
  });

  describe('against a server with a password', () => {
    let server: TestRedis;
    const password = 'correct-horse-battery';

    it('starts', async () => {
      server = await startTestRedis(undefined, { args: ['--requirepass', password] });
      expect(server.port).toBeGreaterThan(0);
    });
    afterAll(() => server?.stop());

    it('explains a wrong password without printing it', async () => {
      const err = await connectError(`redis://:wrong-password-xyz@127.0.0.1:${server.port}`);
      expect(err.code).toBe('redis_unavailable');
      expect(err.message).toMatch(/password or ACL user "default" in REDIS_URL was refused/);
      expect(err.message).toContain(`redis://:***@127.0.0.1:${server.port}`);
      expect(err.message).not.toContain('wrong-password-xyz');
    });

    it('explains a wrong ACL user', async () => {
      const err = await connectError(`redis://mallory:${password}@127.0.0.1:${server.port}`);
      expect(err.message).toContain('ACL user "mallory"');
      expect(err.message).not.toContain(password);
    });

    it('says that a password is required when none was given', async () => {
      const err = await connectError(`redis://127.0.0.1:${server.port}`);
      expect(err.message).toMatch(/requires a password — put it in REDIS_URL/);
    });

    it('connects with the right password', async () => {
      const client = await connect(`redis://:${password}@127.0.0.1:${server.port}`);
      expect(await client.ping()).toBe('PONG');
    });
  });

  it('reports a TLS URL pointed at a plain port as a TLS problem', async () => {
    const err = await connectError(testRedisUrl().replace('redis://', 'rediss://'), { connectTimeoutMs: 800 });
    expect(err.message).toMatch(/TLS/);
    expect(err.message).toContain('redis://');
  });
});

describe('connectRedis over TLS', () => {
  let server: TestRedis;
  let tlsPort: number;
  let certDir: string;
  let ca: Buffer;

  beforeAll(async () => {
    // A self-signed certificate for localhost, made with the openssl that ships with Debian.
    certDir = mkdtempSync(join(tmpdir(), 'workshop-tls-'));
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1',
      '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem'),
      '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost',
    ], { stdio: 'ignore' });
    ca = readFileSync(join(certDir, 'cert.pem'));
    tlsPort = await freePort();
    server = await startTestRedis(undefined, {
      args: [
        '--tls-port', String(tlsPort),
        '--tls-cert-file', join(certDir, 'cert.pem'),
        '--tls-key-file', join(certDir, 'key.pem'),
        '--tls-ca-cert-file', join(certDir, 'cert.pem'),
        '--tls-auth-clients', 'no',
      ],
    });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(certDir, { recursive: true, force: true });
  });

  it('connects with rediss:// when the certificate is trusted', async () => {
    const client = await connect(`rediss://localhost:${tlsPort}`, { tls: { ca } });
    expect(await client.ping()).toBe('PONG');
  });

  it('explains an untrusted certificate', async () => {
    const err = await connectError(`rediss://localhost:${tlsPort}`);
    expect(err.message).toContain(`TLS handshake with rediss://localhost:${tlsPort} failed`);
    expect(err.message).toMatch(/self[- ]signed/i);
  });

  it('explains a plain redis:// URL pointed at a TLS port', async () => {
    const err = await connectError(`redis://localhost:${tlsPort}`, { connectTimeoutMs: 800 });
    expect(err.code).toBe('redis_unavailable');
    expect(err.message).toContain('rediss://');
  });
});

describe('connectRedis', () => {
  const url = testRedisUrl();
  const other = testClient();

  it('selects the database from the URL path and sets the connection name', async () => {
    const prefix = uniquePrefix('conn');
    const client = await connect(`${url}/5`, { name: prefix });
    await client.set(`${prefix}:k`, 'in db 5');
    expect(await other.get(`${prefix}:k`)).toBeNull();
    await other.select(5);
    expect(await other.get(`${prefix}:k`)).toBe('in db 5');
    await other.select(0);
    const list = String(await other.client('LIST'));
    expect(list).toContain(`name=${prefix}`);
  });

  it('makes a subscriber connection with the same settings', async () => {
    const prefix = uniquePrefix('sub');
    const client = await connect(`${url}/0`, { name: prefix });
    const subscriber = await duplicateForSubscriber(client);
    opened.push(subscriber);
    const received = new Promise<string>((resolve) => subscriber.on('message', (_channel: string, message: string) => resolve(message)));
    await subscriber.subscribe(`${prefix}:events`);
    await client.publish(`${prefix}:events`, 'hello');
    expect(await received).toBe('hello');
    expect(String(await other.client('LIST'))).toContain(`name=${prefix}:subscriber`);
  });
});

describe('reconnection', () => {
  it('fails commands fast while Redis is down and heals when it is back on the same port', async () => {
    let server = await startTestRedis();
    const port = server.port;
    const client = await connect(server.url, { maxReconnectDelayMs: 300 });
    const subscriber = await duplicateForSubscriber(client);
    opened.push(subscriber);
    const messages: string[] = [];
    subscriber.on('message', (_channel: string, message: string) => messages.push(message));
    await subscriber.subscribe('reconnect-events');
    await client.set('k', 'before');

    await server.stop();
    const started = Date.now();
    const during = await client.get('k').then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(isRedisUnavailableError(during)).toBe(true);
    const wrapped = toRedisError(during, 'reading k');
    expect(wrapped.code).toBe('redis_unavailable');
    expect(wrapped.retryable).toBe(true);
    expect(isRedisReady(client)).toBe(false);

    server = await startTestRedis(undefined, { port });
    try {
      const deadline = Date.now() + 10_000;
      while (!isRedisReady(client) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(isRedisReady(client)).toBe(true);
      // The new server has no data: it proves the command reached it, not a cache.
      await client.set('k', 'after');
      expect(await client.get('k')).toBe('after');

      // The subscriber re-subscribes by itself after the reconnect; publish until it hears.
      const direct = new Redis(server.url);
      while (messages.length === 0 && Date.now() < deadline) {
        await direct.publish('reconnect-events', 'back');
        await new Promise((r) => setTimeout(r, 100));
      }
      direct.disconnect();
      expect(messages).toContain('back');
    } finally {
      await server.stop();
    }
  });
});

describe('toRedisError', () => {
  it('keeps command errors apart from outages', () => {
    const err = toRedisError(new Error('ERR wrong number of arguments'), 'HSET');
    expect(err.code).toBe('redis_command_failed');
    expect(err.message).toContain('HSET failed');
  });
});
