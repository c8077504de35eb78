/**
 * A process whose cached scope another process wrote to catches up from the scope's change log:
 * it reads only the records that changed, never the whole scope again — and when the log cannot
 * tell it (trimmed, gone, written by an older engine) it rebuilds and is still right.
 */
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { testClient, testRedisUrl, uniquePrefix } from '../../../../test/redis';
import type { MemoryRecord } from '../types';
import { CHANGE_LOG_LENGTH } from './plain-change-log';
import { PlainRedisEngine } from './plain-engine';
import { scopeChangesKey, scopeVersionKey } from './plain-store';

const writerClient = testClient();
const scope = { agentId: 'a1', userId: 'u1' };
const userScope = [{ field: 'user_id' as const, value: 'u1' }];

/** A reader on its own connection (another process) that records every command it sends. */
function countingReader(prefix: string): { reader: PlainRedisEngine; sent: string[] } {
  const client = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
  afterAll(() => client.quit().then(() => undefined, () => undefined));
  const sent: string[] = [];
  const original = client.sendCommand.bind(client);
  client.sendCommand = ((command: { name: string }, stream?: unknown) => {
    sent.push(command.name);
    return original(command as never, stream as never);
  }) as typeof client.sendCommand;
  return { reader: new PlainRedisEngine({ client, prefix, vectorDimensions: 4 }), sent };
}

function rec(id: string, content: string, at: number): MemoryRecord {
  return { id, kind: 'fact', content, ...scope, createdAt: at, embedding: Float32Array.from([at % 7, 1, 0, at % 3]) };
}

async function seed(writer: PlainRedisEngine, count: number): Promise<void> {
  const records = Array.from({ length: count }, (_, i) => rec(`r${i}`, `User fact number ${i} about topic${i % 50}`, 1_000 + i));
  for (let i = 0; i < records.length; i += 200) await writer.upsert(records.slice(i, i + 200));
}

describe('the plain engine change log', () => {
  it('brings a stale cached scope up to date by reading only what changed', async () => {
    const prefix = uniquePrefix('chglog');
    const writer = new PlainRedisEngine({ client: writerClient, prefix, vectorDimensions: 4 });
    const { reader, sent } = countingReader(prefix);
    await seed(writer, 500);
    expect((await reader.search(scope, 'topic7', { limit: 50 })).length).toBe(10);

    // Another process adds one record, rewrites one and deletes one.
    await writer.upsert([rec('new', 'User plays the theremin', 9_000), rec('r3', 'User rewrote fact three about theremin music', 9_001)]);
    await writer.delete(scope, 'r4');
    sent.length = 0;
    const hits = await reader.search(scope, 'theremin', { limit: 10 });
    expect(hits.map((h) => h.record.id).sort()).toEqual(['new', 'r3']);
    // The version GET, the log script, and one HGETALL per changed id: no SMEMBERS/SINTER of the scope.
    expect(sent.filter((c) => c === 'hgetall').length).toBe(3);
    expect(sent).not.toContain('smembers');
    expect(sent).not.toContain('sinter');

    const listed = await reader.list(scope, { limit: 1000 });
    expect(listed.length).toBe(500);
    expect(listed[0].id).toBe('r3');
    expect(listed.some((r) => r.id === 'r4')).toBe(false);
    expect((await reader.get(scope, 'r3'))?.content).toContain('theremin');
  });

  it('rebuilds, and is right, when the log no longer reaches back to its version', async () => {
    const prefix = uniquePrefix('chgtrim');
    const writer = new PlainRedisEngine({ client: writerClient, prefix, vectorDimensions: 4 });
    const { reader, sent } = countingReader(prefix);
    await seed(writer, 20);
    await reader.search(scope, 'topic1');
    await seed(writer, CHANGE_LOG_LENGTH + 30);
    expect(await writerClient.llen(scopeChangesKey(prefix, userScope))).toBe(CHANGE_LOG_LENGTH);
    sent.length = 0;
    expect((await reader.list(scope, { limit: 5000 })).length).toBe(CHANGE_LOG_LENGTH + 30);
    expect(sent).toContain('sinter');
  });

  it('rebuilds when the log is gone (a scope written by an older engine)', async () => {
    const prefix = uniquePrefix('chggone');
    const writer = new PlainRedisEngine({ client: writerClient, prefix, vectorDimensions: 4 });
    const { reader } = countingReader(prefix);
    await seed(writer, 30);
    await reader.search(scope, 'topic2');
    await writer.upsert([rec('late', 'User collects stamps', 5_000)]);
    await writerClient.del(scopeChangesKey(prefix, userScope));
    expect((await reader.search(scope, 'stamps')).map((h) => h.record.id)).toEqual(['late']);
  });

  it('keeps the log as long as the counter: every bump refreshes both TTLs, and the log stays trimmed', async () => {
    const prefix = uniquePrefix('chgttl');
    const writer = new PlainRedisEngine({ client: writerClient, prefix });
    await seed(writer, 3);
    const [versionTtl, logTtl] = await Promise.all([writerClient.ttl(scopeVersionKey(prefix, userScope)), writerClient.ttl(scopeChangesKey(prefix, userScope))]);
    expect(logTtl).toBeGreaterThan(0);
    expect(Math.abs(versionTtl - logTtl)).toBeLessThanOrEqual(1);
    // The counter counts exactly the ids the log was given.
    expect(Number(await writerClient.get(scopeVersionKey(prefix, userScope)))).toBe(await writerClient.llen(scopeChangesKey(prefix, userScope)));
  });
});
