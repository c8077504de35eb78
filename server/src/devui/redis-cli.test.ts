/** The Redis view's "Connect with redis-cli" line: what the client was made with, never its password. */
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { isLoopbackHost, redisCliCommand, redisCliTarget, type RedisCliTarget } from './redis-cli';

const local: RedisCliTarget = { host: '127.0.0.1', port: 6390, tls: false, cluster: false, db: 0, needsPassword: false };

describe('redis-cli command', () => {
  it('the embedded server: just its port (redis-cli defaults to 127.0.0.1)', () => {
    expect(redisCliCommand(local)).toEqual({ host: '127.0.0.1', port: 6390, tls: false, cluster: false, db: 0, local: true, command: 'redis-cli -p 6390' });
    expect(redisCliCommand({ ...local, host: 'localhost' }).command).toBe('redis-cli -p 6390');
  });

  it('a configured server: host, port, TLS, cluster, database, user, and --askpass instead of the password', () => {
    const cloud = redisCliCommand({ host: 'redis-123.cloud.example.com', port: 12345, tls: true, cluster: true, db: 0, username: 'default', needsPassword: true });
    expect(cloud.command).toBe('redis-cli -h redis-123.cloud.example.com -p 12345 --tls -c --user default --askpass');
    expect(cloud.local).toBe(false);
    expect(redisCliCommand({ ...local, host: '10.0.0.5', db: 2 }).command).toBe('redis-cli -h 10.0.0.5 -p 6390 -n 2');
    expect(redisCliCommand({ ...local, username: "o'brien" }).command).toBe(`redis-cli -p 6390 --user 'o'\\''brien'`);
  });

  it('tells loopback hosts apart', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1'].every(isLoopbackHost)).toBe(true);
    expect(['10.0.0.5', 'redis', '::ffff:10.0.0.5'].some(isLoopbackHost)).toBe(false);
  });

  it('reads the target from a client, and the password never reaches the answer', () => {
    const client = new Redis({ host: 'redis.internal', port: 6380, username: 'workshop', password: 's3cret-pass', db: 3, tls: {}, lazyConnect: true });
    try {
      const target = redisCliTarget(client);
      expect(target).toEqual({ host: 'redis.internal', port: 6380, tls: true, cluster: false, db: 3, username: 'workshop', needsPassword: true });
      const answer = redisCliCommand(target);
      expect(answer.command).toBe('redis-cli -h redis.internal -p 6380 --tls -n 3 --user workshop --askpass');
      expect(JSON.stringify(answer)).not.toContain('s3cret');
    } finally {
      client.disconnect();
    }
  });
});
