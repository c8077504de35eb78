/** The Redis `ToolRecords` against the shared contract, and how its keys are laid out. */
import { describe, expect, it } from 'vitest';
import { describeToolRecordsContract } from '../agents/tools/records-contract';
import { testClient, uniquePrefix } from '../../../test/redis';
import { toolCollectionKey, toolCollectionsKey, toolDataPrefix, toolRecordKey } from './keys';
import { RedisToolRecords } from './tool-records';

const client = testClient();

describeToolRecordsContract('redis', {
  space: () => uniquePrefix('tools'),
  create: (prefix, userId) => new RedisToolRecords({ client, prefix, userId }),
});

describe('RedisToolRecords keys', () => {
  it('keeps one HASH per record and one SET per collection, tagged with the user for one slot', async () => {
    const prefix = toolDataPrefix(uniquePrefix('memory_persistence'));
    const records = new RedisToolRecords({ client, prefix, userId: 'u_1a2b' });
    await records.put('tickets', '12345', { subject: 'Router reboots' }, 0);
    const key = toolRecordKey(prefix, 'u_1a2b', 'tickets', '12345');
    expect(key).toBe(`${prefix}:{u_1a2b}:tickets:12345`);
    expect(await client.type(key)).toBe('hash');
    expect(await client.hgetall(key)).toEqual({ _version: '1', subject: 'Router reboots' });
    expect(await client.smembers(toolCollectionKey(prefix, 'u_1a2b', 'tickets'))).toEqual(['12345']);
    expect(await client.smembers(toolCollectionsKey(prefix, 'u_1a2b'))).toEqual(['tickets']);
    // Cleared, no key of the user is left behind.
    await records.clear();
    expect(await client.exists(key, toolCollectionKey(prefix, 'u_1a2b', 'tickets'), toolCollectionsKey(prefix, 'u_1a2b'))).toBe(0);
  });

  it('lives beside the memory prefix, never under it (the search index reads every HASH there)', () => {
    expect(toolDataPrefix('memory_persistence')).toBe('memory_persistence_tools');
    expect(toolRecordKey(toolDataPrefix('memory_persistence'), 'u', 'tickets', '1').startsWith('memory_persistence:')).toBe(false);
  });

  it('refuses a user id or prefix that is not a key part, and the reserved version field', async () => {
    expect(() => new RedisToolRecords({ client, prefix: 'p', userId: 'u 1' })).toThrow(/userId/);
    expect(() => new RedisToolRecords({ client, prefix: 'p*', userId: 'u1' })).toThrow(/prefix/);
    const records = new RedisToolRecords({ client, prefix: uniquePrefix('tools'), userId: 'u1' });
    await expect(records.put('tickets', '1', { _version: '9' }, 0)).rejects.toThrow(/_version/);
  });

  it('skips an id whose record was deleted by hand', async () => {
    const prefix = uniquePrefix('tools');
    const records = new RedisToolRecords({ client, prefix, userId: 'u1' });
    await records.put('tickets', '1', { a: '1' }, 0);
    await records.put('tickets', '2', { a: '2' }, 0);
    await client.del(toolRecordKey(prefix, 'u1', 'tickets', '1'));
    expect((await records.list('tickets')).map((r) => r.id)).toEqual(['2']);
  });
});
