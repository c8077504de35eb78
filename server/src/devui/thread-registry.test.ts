import { describe, expect, it } from 'vitest';
import { testClient, uniquePrefix } from '../../../test/redis';
import { MAX_THREADS_PER_AGENT } from '../contracts/http';
import { InMemoryChatMessageStore } from '../history/in-memory-store';
import type { ChatMessageStore } from '../history/types';
import { threadIndexKey, threadMetaKey } from '../redis/keys';
import { HttpError } from './errors';
import { ThreadRegistry } from './thread-registry';

const redis = testClient();

/** A registry on the real test Redis, histories in memory (the registry only counts and clears them). */
function registry(): { registry: ThreadRegistry; namespace: string; prefix: string } {
  const histories = new Map<string, ChatMessageStore>();
  const history = (prefix: string, threadId: string) => {
    const key = `${prefix}:${threadId}`;
    let store = histories.get(key);
    if (!store) histories.set(key, (store = new InMemoryChatMessageStore()));
    return store;
  };
  const namespace = uniquePrefix('reg');
  return { registry: new ThreadRegistry(redis, history, namespace), namespace, prefix: 'chat_messages:agent:u_1' };
}

/** Every id of a walk through all pages of `limit`, failing on a page that repeats an id. */
async function walk(reg: ThreadRegistry, prefix: string, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await reg.page(prefix, { limit, cursor });
    expect(page.threads.length).toBeLessThanOrEqual(limit);
    ids.push(...page.threads.map((t) => t.id));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
  throw new Error('the walk did not end');
}

describe('ThreadRegistry pages', () => {
  it('walks threads that share a millisecond in the ZSET order, each once, at any page size', async () => {
    const { registry: reg, prefix, namespace } = registry();
    // Three per millisecond, registered out of order: ties are ordered by id, descending.
    const ids = Array.from({ length: 12 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    for (const [i, id] of [...ids].reverse().entries()) await reg.register(prefix, id, undefined, 1_000 + Math.floor(i / 3));
    const expected = await redis.zrevrange(threadIndexKey(prefix, namespace), 0, -1);
    expect(new Set(expected).size).toBe(12);
    for (const limit of [1, 2, 3, 4, 5, 12, 50]) expect(await walk(reg, prefix, limit)).toEqual(expected);
  });

  it('goes on after the thread its cursor names was deleted', async () => {
    const { registry: reg, prefix } = registry();
    for (let i = 0; i < 6; i++) await reg.register(prefix, `t${i}`, undefined, 2_000 + i);
    const first = await reg.page(prefix, { limit: 2 });
    expect(first.threads.map((t) => t.id)).toEqual(['t5', 't4']);
    await reg.remove(prefix, 't4');
    const rest = await reg.page(prefix, { limit: 10, cursor: first.nextCursor });
    expect(rest.threads.map((t) => t.id)).toEqual(['t3', 't2', 't1', 't0']);
    expect(rest.nextCursor).toBeUndefined();
  });

  it('refuses a cursor it did not give', async () => {
    const { registry: reg, prefix } = registry();
    for (const cursor of ['', 'abc', '12', '12:', '12:a b', 'x:t1', `${'9'.repeat(17)}:t1`]) {
      await expect(reg.page(prefix, { cursor }), cursor).rejects.toMatchObject({ code: 'invalid_argument' });
    }
  });
});

describe('ThreadRegistry cap', () => {
  it('lets exactly as many concurrent new threads in as the cap has room for', async () => {
    const { registry: reg, prefix, namespace } = registry();
    await Promise.all(Array.from({ length: MAX_THREADS_PER_AGENT - 5 }, (_, i) => reg.register(prefix, `old_${i}`)));
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => reg.register(prefix, `new_${i}`)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(5);
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected').map((o) => o.reason as HttpError);
    expect(refused).toHaveLength(7);
    for (const err of refused) {
      expect(err).toBeInstanceOf(HttpError);
      expect(err.code).toBe('too_many_threads');
      expect(err.status).toBe(409);
    }
    expect(await redis.zcard(threadIndexKey(prefix, namespace))).toBe(MAX_THREADS_PER_AGENT);
    // A refused thread leaves nothing: no title or creation time in the HASH.
    expect(await redis.hlen(threadMetaKey(prefix, namespace))).toBe(MAX_THREADS_PER_AGENT);
    // Registering a thread that exists is not creating one.
    await expect(reg.register(prefix, 'old_0')).resolves.toBe(false);
  });

  it('makes room from threads whose history expired before refusing', async () => {
    const { prefix, namespace } = registry();
    // Every history is empty: as if its LIST had expired.
    const withHistory = new ThreadRegistry(redis, () => new InMemoryChatMessageStore(), namespace);
    await Promise.all(Array.from({ length: MAX_THREADS_PER_AGENT }, (_, i) => withHistory.register(prefix, `t_${i}`)));
    // Two threads held messages once (`touch` after a turn) and their LISTs are gone now.
    await withHistory.touch(prefix, 't_1', 'hello');
    await withHistory.touch(prefix, 't_2', 'hello');
    await expect(withHistory.register(prefix, 'fresh_1')).resolves.toBe(true);
    await expect(withHistory.register(prefix, 'fresh_2')).resolves.toBe(true);
    await expect(withHistory.register(prefix, 'fresh_3')).rejects.toMatchObject({ code: 'too_many_threads' });
  });
});
