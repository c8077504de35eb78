import { describe, expect, it, vi } from 'vitest';
import { InMemoryChatMessageStore, InMemoryHistoryBacking } from './in-memory-store';
import { describeChatMessageStoreContract, msg } from './store-contract';

describeChatMessageStoreContract('InMemoryChatMessageStore', () => {
  const backing = new InMemoryHistoryBacking();
  return {
    create: (options) => new InMemoryChatMessageStore({ ...options, backing }),
    resume: (state, options) => InMemoryChatMessageStore.deserialize(state, { ...options, backing }),
    writeRaw: async (store, raw) => backing.pushRaw((store as InMemoryChatMessageStore).key, raw),
  };
});

describe('InMemoryChatMessageStore', () => {
  it('keeps stores without a shared backing apart', async () => {
    const a = new InMemoryChatMessageStore({ threadId: 'same' });
    const b = new InMemoryChatMessageStore({ threadId: 'same' });
    await a.addMessages([msg('a')]);
    expect(await b.count()).toBe(0);
    expect(a.key).toBe('chat_messages:same');
  });

  it('forgets a thread once its TTL has passed, and each append pushes the expiry back', async () => {
    const backing = new InMemoryHistoryBacking();
    const store = new InMemoryChatMessageStore({ backing, ttlSeconds: 1 });
    let now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      await store.addMessages([msg('a')]);
      now += 800;
      await store.addMessages([msg('b')]);
      now += 800;
      expect(await store.count()).toBe(2);
      now += 300;
      expect(await store.count()).toBe(0);
      // the ids went with the thread, so the same message can be stored again
      expect(await store.addMessages([msg('a')])).toHaveLength(1);
    } finally {
      clock.mockRestore();
    }
  });
});
