/**
 * Starts one real redis-server for the whole test run, on a free port, with its data in a
 * temporary directory. Tests read its URL with `inject('redisUrl')` (see test/redis.ts).
 * A missing redis-server fails the run: nothing that needs Redis may be skipped.
 */
import type { TestProject } from 'vitest/node';
import { startTestRedis, type TestRedis } from './redis-process';

let server: TestRedis | undefined;

export async function setup(project: TestProject): Promise<void> {
  server = await startTestRedis();
  project.provide('redisUrl', server.url);
  project.provide('redisSearchUrl', process.env.REDIS_SEARCH_URL ?? '');
}

export async function teardown(): Promise<void> {
  await server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
    redisSearchUrl: string;
  }
}
