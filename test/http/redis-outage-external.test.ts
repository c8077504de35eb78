/**
 * Redis (one the workshop was given with REDIS_URL) stopped for 30 seconds under a running
 * workshop process: see `redis-outage-scenario.ts` for what must hold. Redis keeps its data on
 * disk here (append-only file), so "nothing sent during the outage was stored" is read from the
 * same data afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { startTestRedis, type TestRedis } from '../redis-process';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { proveOutage } from './redis-outage-scenario';

const OUTAGE_MS = 30_000;
const dataDir = mkdtempSync(join(tmpdir(), 'workshop-outage-'));
let redis: TestRedis | undefined;
let server: WorkshopServer | undefined;

afterAll(async () => {
  await server?.stop();
  await redis?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Redis from REDIS_URL stopped for 30 s', () => {
  it('keeps the server up, refuses clearly, stores nothing meanwhile and recovers by itself', { timeout: 120_000 }, async () => {
    const args = ['--dir', dataDir, '--appendonly', 'yes'];
    redis = await startTestRedis(undefined, { args });
    const { port } = redis;
    server = await startWorkshopServer({ redisUrl: redis.url, mode: 'child', demos: ['preferences'] });
    await proveOutage(
      server,
      'preferences',
      {
        down: () => redis!.stop(),
        up: async () => {
          redis = await startTestRedis(undefined, { port, args });
        },
      },
      OUTAGE_MS,
    );
  });
});
