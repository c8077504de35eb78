/** Helpers for tests that talk to the real redis-server started by the global setup. */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { inject, afterAll } from 'vitest';

/** A unique key prefix per test, so test files can share one server and run in parallel. */
export function uniquePrefix(label: string): string {
  return `t_${label}_${randomBytes(4).toString('hex')}`;
}

/** A client to the test server, closed after the file's tests. */
export function testClient(): Redis {
  const client = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
  afterAll(() => client.quit().then(() => undefined, () => undefined));
  return client;
}

export function testRedisUrl(): string {
  return inject('redisUrl');
}
