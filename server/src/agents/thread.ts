/**
 * A conversation thread: its id and the store that holds its messages. The counterpart of
 * Agent Framework's `AgentThread(message_store=...)`; an agent reads and writes the history
 * through `store` and never sees which backend is behind it.
 */
import { z } from 'zod';
import { invalidArgument } from '../errors';
import type { ChatMessage, ChatMessageStore, ChatMessageStoreState } from '../history/types';

/** Plain JSON state of a thread: enough to resume it in another process (no client, no password). */
export interface AgentThreadState {
  threadId: string;
  store: ChatMessageStoreState;
}

/** Recreates the store a serialized thread used, e.g. `(state) => RedisChatMessageStore.deserialize(state, { client })`. */
export type ChatMessageStoreFactory = (state: ChatMessageStoreState) => ChatMessageStore;

const threadStateSchema = z.object({
  threadId: z.string().min(1),
  store: z.object({ threadId: z.string(), keyPrefix: z.string() }).passthrough(),
});

/** A conversation: the store that holds its messages. The counterpart of Agent Framework's `AgentThread`. */
export class AgentThread {
  /** Where the conversation is kept: a Redis store, or the in-memory one in tests. */
  readonly store: ChatMessageStore;

  /** The thread's id is its store's: one thread, one history. */
  constructor(store: ChatMessageStore) {
    if (!store || typeof store.addMessages !== 'function') throw invalidArgument('AgentThread needs a ChatMessageStore');
    this.store = store;
  }

  get id(): string {
    return this.store.threadId;
  }

  /** The conversation so far, oldest first (or only the newest `limit` messages). */
  listMessages(limit?: number): Promise<ChatMessage[]> {
    return this.store.listMessages(limit);
  }

  /** Appends the turn's messages; ids already stored are skipped. Returns the ones added. */
  addMessages(messages: ChatMessage[]): Promise<ChatMessage[]> {
    return this.store.addMessages(messages);
  }

  serialize(): AgentThreadState {
    return { threadId: this.id, store: this.store.serialize() };
  }

  /**
   * Resumes a thread from `serialize()`'s output (usually parsed JSON, hence checked).
   * `storeFactory` picks the backend; it must recreate a store on the same thread.
   */
  static deserialize(state: unknown, storeFactory: ChatMessageStoreFactory): AgentThread {
    const parsed = threadStateSchema.safeParse(state);
    if (!parsed.success) {
      throw invalidArgument('agent thread state must be { threadId, store: { threadId, keyPrefix, ... } } as returned by AgentThread.serialize()');
    }
    const { threadId, store: storeState } = parsed.data;
    if (storeState.threadId !== threadId) {
      throw invalidArgument(`agent thread state is inconsistent: threadId ${JSON.stringify(threadId)} but store.threadId ${JSON.stringify(storeState.threadId)}`);
    }
    const store = storeFactory(storeState as ChatMessageStoreState);
    if (store.threadId !== threadId) {
      throw invalidArgument(`storeFactory made a store for thread ${JSON.stringify(store.threadId)} instead of ${JSON.stringify(threadId)}`);
    }
    return new AgentThread(store);
  }

  /** Releases what the store created itself; an injected Redis client stays open. */
  close(): Promise<void> {
    return this.store.close();
  }
}
