/** The yardstick: one Redis PING round trip on loopback, measured in the same run as everything else. */
import type { Redis } from 'ioredis';
import { summarize, timeLoop, type Summary } from './stats';

export async function measurePing(client: Redis, calls = 4000): Promise<Summary> {
  const samples = await timeLoop(() => client.ping(), { warmup: 1000, iterations: calls, budgetMs: 8_000 });
  return summarize(samples);
}
