import { describe, expect, it } from 'vitest';
import { testClient, uniquePrefix } from '../../../test/redis';
import { WorkshopError } from '../errors';
import { InMemoryChatMessageStore, InMemoryHistoryBacking } from '../history/in-memory-store';
import { RedisChatMessageStore } from '../history/redis-store';
import { msg } from '../history/store-contract';
import type { ChatMessageStore } from '../history/types';
import { AgentThread, type ChatMessageStoreFactory } from './thread';

const client = testClient();

interface Backend {
  name: string;
  /** A new store on `threadId`, plus the factory that resumes stores over the same storage. */
  make(threadId: string): { store: ChatMessageStore; factory: ChatMessageStoreFactory };
}

const backends: Backend[] = [
  {
    name: 'in memory',
    make(threadId) {
      const backing = new InMemoryHistoryBacking();
      return {
        store: new InMemoryChatMessageStore({ threadId, backing, maxMessages: 20 }),
        factory: (state) => InMemoryChatMessageStore.deserialize(state, { backing }),
      };
    },
  },
  {
    name: 'redis',
    make(threadId) {
      const keyPrefix = uniquePrefix('thread');
      return {
        store: new RedisChatMessageStore({ client, keyPrefix, threadId, maxMessages: 20 }),
        factory: (state) => RedisChatMessageStore.deserialize(state, { client }),
      };
    },
  },
];

for (const backend of backends) {
  describe(`AgentThread over the ${backend.name} store`, () => {
    it('takes its id from the store and reads and writes through it', async () => {
      const { store } = backend.make('support_ticket_12345');
      const thread = new AgentThread(store);
      expect(thread.id).toBe('support_ticket_12345');
      expect(thread.store).toBe(store);
      expect(await thread.addMessages([msg('q'), msg('q')])).toHaveLength(1);
      expect((await thread.listMessages()).map((m) => m.id)).toEqual(['q']);
      expect(await store.count()).toBe(1);
      await store.clear();
    });

    it('serializes to JSON and deserializes to the same conversation', async () => {
      const { store, factory } = backend.make('support_ticket_42');
      const thread = new AgentThread(store);
      await thread.addMessages([msg('q1'), msg('a1', { role: 'assistant' })]);

      const state = JSON.parse(JSON.stringify(thread.serialize()));
      expect(state).toEqual({ threadId: 'support_ticket_42', store: { ...store.serialize(), maxMessages: 20 } });

      const resumed = AgentThread.deserialize(state, factory);
      expect(resumed.id).toBe('support_ticket_42');
      expect(resumed.store).not.toBe(store);
      expect(await resumed.listMessages()).toEqual(await thread.listMessages());
      expect(resumed.serialize()).toEqual(thread.serialize());

      await resumed.addMessages([msg('q2')]);
      expect((await thread.listMessages()).map((m) => m.id)).toEqual(['q1', 'a1', 'q2']);
      await resumed.close();
      await store.clear();
    });

    it('refuses a state it cannot trust', () => {
      const { store, factory } = backend.make('t1');
      const good = new AgentThread(store).serialize();
      const bad: unknown[] = [null, {}, { threadId: 't1' }, { ...good, threadId: 'other' }];
      for (const state of bad) {
        expect(() => AgentThread.deserialize(state, factory)).toThrow(WorkshopError);
      }
      expect(() => AgentThread.deserialize(good, () => backend.make('t2').store)).toThrow(/storeFactory/);
    });
  });
}

describe('AgentThread', () => {
  it('needs a message store', () => {
    expect(() => new AgentThread({} as never)).toThrow(/ChatMessageStore/);
  });
});
