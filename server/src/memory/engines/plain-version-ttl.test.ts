/**
 * The plain engine's version counters expire instead of staying forever, and an expired counter
 * that starts again at 1 never makes a cached scope index look current.
 */
import { describe, expect, it } from 'vitest';
import { testClient, uniquePrefix } from '../../../../test/redis';
import type { MemoryRecord } from '../types';
import { PlainRedisEngine, scopeVersionKey } from './plain-engine';
import { DEFAULT_VERSION_TTL_SECONDS } from './plain-store';

const [writerClient, readerClient] = [testClient(), testClient()];
const scope = { agentId: 'a1', userId: 'u1' };
const userScope = (prefix: string) => scopeVersionKey(prefix, [{ field: 'user_id', value: 'u1' }]);

function rec(id: string, content: string): MemoryRecord {
  return { id, kind: 'fact', content, agentId: 'a1', userId: 'u1', createdAt: Date.now() };
}

async function waitUntilGone(key: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await writerClient.exists(key)) === 1) {
    if (Date.now() > deadline) throw new Error(`${key} did not expire`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('plain engine version counters', () => {
  it('refresh a 30-day TTL on every write, so counters of abandoned scopes go by themselves', async () => {
    const prefix = uniquePrefix('verttl');
    const engine = new PlainRedisEngine({ client: writerClient, prefix });
    await engine.upsert([rec('r1', 'User likes tea')]);
    const first = await writerClient.ttl(userScope(prefix));
    expect(first).toBeGreaterThan(DEFAULT_VERSION_TTL_SECONDS - 60);
    expect(first).toBeLessThanOrEqual(DEFAULT_VERSION_TTL_SECONDS);
    await writerClient.expire(userScope(prefix), 60);
    await engine.delete(scope, 'r1');
    expect(await writerClient.ttl(userScope(prefix))).toBeGreaterThan(DEFAULT_VERSION_TTL_SECONDS - 60);
    expect(Number(await writerClient.get(userScope(prefix)))).toBe(2);
  });

  it('an expired counter that comes round to the cached version again does not serve the stale index', async () => {
    const prefix = uniquePrefix('verreuse');
    const versionTtlSeconds = 1;
    const writer = new PlainRedisEngine({ client: writerClient, prefix, versionTtlSeconds });
    const reader = new PlainRedisEngine({ client: readerClient, prefix, versionTtlSeconds });
    await writer.upsert([rec('r1', 'User likes tea')]);
    await writer.upsert([rec('r2', 'User likes cake')]);
    expect((await reader.list(scope)).map((r) => r.id).sort()).toEqual(['r1', 'r2']);
    expect(await readerClient.get(userScope(prefix))).toBe('2');

    // A month without writes, in one second: the counter expires; two writes bring it back to 2.
    await waitUntilGone(userScope(prefix));
    await writer.delete(scope, 'r1');
    await writer.upsert([rec('r3', 'User likes coffee')]);
    expect(await readerClient.get(userScope(prefix))).toBe('2');

    expect((await reader.list(scope)).map((r) => r.id).sort()).toEqual(['r2', 'r3']);
    expect((await reader.search(scope, 'tea')).map((h) => h.record.id)).toEqual([]);
  });

  it('are refused a TTL that is not a positive whole number of seconds', () => {
    for (const versionTtlSeconds of [0, -1, 1.5, Number.NaN]) {
      expect(() => new PlainRedisEngine({ client: writerClient, prefix: 't_bad_ttl', versionTtlSeconds })).toThrow(/versionTtlSeconds/);
    }
  });
});
